// What other desks change shows here without a reload (the LAN issue): the host's change notices (shared/live.ts) come
// over server-sent events in the browser, as an app event in the desktop app, and each refreshes the reads the
// contract says that write changed (shared/api/changes.ts), a few notices together. The host also says when it ended
// this desk's session.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, changedBy, isMethodName, type ReadMethodName } from '../../../shared/api';
import { CHANGE_EVENT, SIGNED_OUT_EVENT, type ChangeNotice, type SignedOutNotice } from '../../../shared/live';
import { isDesktop, onAppEvent } from './api';

/** Notices that come within this time of each other refresh once. */
const GATHER_MS = 150;

/** Who else hears each notice as it comes (a form editing the record it names: lib/changedElsewhere.ts). */
const noticeListeners = new Set<(notice: ChangeNotice) => void>();

/** Hears every change notice of other desks while this desk is signed in; returns the function that stops. */
export function onChangeNotice(listener: (notice: ChangeNotice) => void): () => void {
  noticeListeners.add(listener);
  return () => {
    noticeListeners.delete(listener);
  };
}

function isChangeNotice(value: unknown): value is ChangeNotice {
  if (typeof value !== 'object' || value === null) return false;
  const method = (value as { method?: unknown }).method;
  return typeof method === 'string' && isMethodName(method) && api[method].kind === 'write';
}

const isSignedOutNotice = (value: unknown): value is SignedOutNotice =>
  typeof value === 'object' && value !== null && ['ended', 'restored', 'stopped'].includes((value as { reason?: unknown }).reason as string);

interface HostListeners {
  changed: (notice: unknown) => void;
  signedOut: (notice: unknown) => void;
}

/** Subscribes to the host's events; returns the function that unsubscribes. */
function listen(take: HostListeners): () => void {
  if (isDesktop()) {
    const off = [onAppEvent(CHANGE_EVENT, take.changed), onAppEvent(SIGNED_OUT_EVENT, take.signedOut)];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }
  if (typeof EventSource === 'undefined') return () => {};
  // The browser reconnects by itself when the stream drops (the server asks for a retry after a second).
  const source = new EventSource('/api/events');
  const on = (name: string, listener: (notice: unknown) => void) =>
    source.addEventListener(name, (event) => {
      try {
        listener(JSON.parse((event as MessageEvent<string>).data));
      } catch {
        // A notice that does not read is dropped: the next one, or the user's own action, refreshes the screen.
      }
    });
  on(CHANGE_EVENT, take.changed);
  on(SIGNED_OUT_EVENT, (notice) => {
    // The stream ends with this notice: no reconnecting to a session that is over.
    source.close();
    take.signedOut(notice);
  });
  return () => source.close();
}

/** Keeps the screens of a signed-in desk up to date with the other desks' writes; `onSignedOut` when the host ends it. */
export function useLiveChanges(onSignedOut: (reason: SignedOutNotice['reason']) => void): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const pending = new Set<ReadMethodName>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer = null;
      for (const read of pending) void queryClient.invalidateQueries({ queryKey: [read] });
      pending.clear();
    };
    const stop = listen({
      changed: (notice) => {
        if (!isChangeNotice(notice)) return;
        for (const listener of noticeListeners) listener(notice);
        for (const read of changedBy(notice.method)) pending.add(read);
        timer ??= setTimeout(refresh, GATHER_MS);
      },
      signedOut: (notice) => {
        if (isSignedOutNotice(notice)) onSignedOut(notice.reason);
      },
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [queryClient, onSignedOut]);
}
