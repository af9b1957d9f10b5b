// What a desk window works on (the LAN issue): this computer's own back end, or the center's host over HTTPS. The IPC
// bridge sees only this, so the renderer, its CSP and the preload are the same either way.
import type { Backend } from '../../backend';
import type { SessionContext } from '../../backend/features/auth/sessions';
import type { Result } from '../../../shared/api/envelope';
import type { AppEventName } from '../../../shared/ipc';
import { CHANGE_EVENT, SIGNED_OUT_EVENT, type ChangeNotice, type SignedOutNotice } from '../../../shared/live';
import type { HostClient } from './client';

/** An event for desk windows, and which of their sessions it is for. */
export type DeskEventListener = (event: AppEventName, payload: unknown, isFor: (session: SessionContext) => boolean) => void;

export interface DeskHost {
  /** A new window's session, not signed in. */
  newSession(): SessionContext;
  invoke(session: SessionContext, method: string, input: unknown, options?: { idempotencyKey?: string | undefined }): Promise<Result<unknown>>;
  /** The window closed: its session ends. */
  closeSession(session: SessionContext): void;
  /** What the host tells desks (another desk's change, a session ended, the integrity check); returns the unsubscribe. */
  onEvent(listener: DeskEventListener): () => void;
  close(): void;
}

/** The desktop app on its own database: the back end in this process. */
export function localDeskHost(backend: Backend): DeskHost {
  return {
    newSession: () => backend.newSession(),
    invoke: (session, method, input, options = {}) => backend.invoke(session, method, input, options),
    closeSession: (session) => void backend.services.sessions.close(session),
    onEvent(listener) {
      const integrity = (report: unknown) => listener('integrity', report, () => true);
      // Another window's write: every desk but the writer's reads again what it changed.
      const changed = (notice: ChangeNotice, writer: SessionContext) => listener(CHANGE_EVENT, notice, (session) => session !== writer);
      // A session the host ended (a restore ends them all): its window is told at once.
      const signedOut = (notice: SignedOutNotice, ids: readonly string[] | null) =>
        listener(SIGNED_OUT_EVENT, notice, (session) => backend.services.sessions.isAmong(session, ids));
      backend.events.on('integrity', integrity);
      backend.events.on('changed', changed);
      backend.events.on('signedOut', signedOut);
      return () => {
        backend.events.off('integrity', integrity);
        backend.events.off('changed', changed);
        backend.events.off('signedOut', signedOut);
      };
    },
    close: () => backend.close(),
  };
}

const FORWARDED_EVENTS: readonly AppEventName[] = [CHANGE_EVENT, SIGNED_OUT_EVENT];

/**
 * The desktop app as a desk of the center's host: every call goes over HTTPS (HostClient), each window with its own
 * session on the host, and each signed-in window listens to the host's events with its own session (the host leaves
 * out the notices of a desk's own writes).
 */
export function remoteDeskHost(client: HostClient): DeskHost {
  const listeners = new Set<DeskEventListener>();
  const streams = new Map<SessionContext, { token: string; stop: () => void }>();

  /** Listens with the session's current token: opened at sign-in, dropped at sign-out. */
  const follow = (session: SessionContext) => {
    const stream = streams.get(session);
    if (stream && stream.token === session.token) return;
    stream?.stop();
    streams.delete(session);
    if (session.token === null) return;
    const stop = client.listen(session, (event, payload) => {
      if (!FORWARDED_EVENTS.includes(event as AppEventName)) return;
      for (const listener of listeners) listener(event as AppEventName, payload, (other) => other === session);
    });
    streams.set(session, { token: session.token, stop });
  };

  return {
    newSession: () => ({ token: null }),
    async invoke(session, method, input, options = {}) {
      const result = await client.call(session, method, input, options.idempotencyKey);
      follow(session);
      return result;
    },
    closeSession(session) {
      streams.get(session)?.stop();
      streams.delete(session);
      // The host ends the session too, so a closed window leaves no session behind to be used.
      if (session.token !== null) void client.call(session, 'auth.logout', {});
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      for (const stream of streams.values()) stream.stop();
      streams.clear();
      client.close();
    },
  };
}
