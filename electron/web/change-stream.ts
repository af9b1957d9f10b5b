// `GET /api/events`: the change notices of other desks' writes (shared/live.ts) as server-sent events, for a signed-in
// browser. A notice of the listener's own write is not sent (its page refreshed already). A session the host ends
// (an administrator, a restore) is told so and the stream ends; one that ends otherwise is found at the heartbeat.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../backend';
import type { SessionContext } from '../backend/features/auth/sessions';
import { CHANGE_EVENT, SIGNED_OUT_EVENT, type ChangeNotice, type SignedOutNotice } from '../../shared/live';

/** A comment line every so often keeps proxies and idle timers from closing a quiet stream, and checks the session. */
const HEARTBEAT_MS = 20_000;

export async function streamChanges(
  backend: Backend,
  session: SessionContext,
  request: IncomingMessage,
  response: ServerResponse,
  refuse: (status: number, body: unknown) => void,
): Promise<void> {
  const me = await backend.invoke(session, 'auth.me', {});
  if (!me.ok) {
    refuse(401, me);
    return;
  }
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  // The first bytes tell the browser the stream is open (EventSource fires `open`); retry after a second when it drops.
  response.write('retry: 1000\n: connected\n\n');
  const onChanged = (notice: ChangeNotice, writer: SessionContext) => {
    if (response.writableEnded || (writer.token !== null && writer.token === session.token)) return;
    response.write(`event: ${CHANGE_EVENT}\ndata: ${JSON.stringify(notice)}\n\n`);
  };
  backend.events.on('changed', onChanged);
  const onSignedOut = (notice: SignedOutNotice, ids: readonly string[] | null) => {
    if (!backend.services.sessions.isAmong(session, ids)) return;
    stop();
    response.end(`event: ${SIGNED_OUT_EVENT}\ndata: ${JSON.stringify(notice)}\n\n`);
  };
  backend.events.on('signedOut', onSignedOut);
  const heartbeat = setInterval(() => {
    void backend.invoke(session, 'auth.me', {}).then((still) => {
      if (response.writableEnded) return;
      if (still.ok) response.write(': still here\n\n');
      else response.end();
    });
  }, HEARTBEAT_MS);
  const stop = () => {
    clearInterval(heartbeat);
    backend.events.off('changed', onChanged);
    backend.events.off('signedOut', onSignedOut);
  };
  request.on('close', stop);
  response.on('close', stop);
}
