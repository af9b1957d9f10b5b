// What other desks change shows here without a reload (the LAN issue): the host's change notices (shared/live.ts) come
// over server-sent events in the browser, as an app event in the desktop app, and each refreshes the reads the
// contract says that write changed (shared/api/changes.ts), a few notices together.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, changedBy, isMethodName, type ReadMethodName } from '../../../shared/api';
import { CHANGE_EVENT, type ChangeNotice } from '../../../shared/live';
import { isDesktop, onAppEvent } from './api';

/** Notices that come within this time of each other refresh once. */
const GATHER_MS = 150;

function isChangeNotice(value: unknown): value is ChangeNotice {
  if (typeof value !== 'object' || value === null) return false;
  const method = (value as { method?: unknown }).method;
  return typeof method === 'string' && isMethodName(method) && api[method].kind === 'write';
}

/** Subscribes to the host's change notices; returns the function that unsubscribes. */
function listen(take: (notice: unknown) => void): () => void {
  if (isDesktop()) return onAppEvent(CHANGE_EVENT, take);
  if (typeof EventSource === 'undefined') return () => {};
  // The browser reconnects by itself when the stream drops (the server asks for a retry after a second).
  const source = new EventSource('/api/events');
  source.addEventListener(CHANGE_EVENT, (event) => {
    try {
      take(JSON.parse((event as MessageEvent<string>).data));
    } catch {
      // A notice that does not read is dropped: the next one, or the user's own action, refreshes the screen.
    }
  });
  return () => source.close();
}

/** Keeps the screens of a signed-in desk up to date with the other desks' writes. */
export function useLiveChanges(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const pending = new Set<ReadMethodName>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer = null;
      for (const read of pending) void queryClient.invalidateQueries({ queryKey: [read] });
      pending.clear();
    };
    const stop = listen((notice) => {
      if (!isChangeNotice(notice)) return;
      for (const read of changedBy(notice.method)) pending.add(read);
      timer ??= setTimeout(refresh, GATHER_MS);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [queryClient]);
}
