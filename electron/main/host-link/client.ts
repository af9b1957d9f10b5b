// A desk's line to the center's host (the LAN issue): each call goes over HTTPS to `POST /api/<method>` with the
// pinned certificate, the desk's session cookie and the write's idempotency key; the host's change notices come back
// over `GET /api/events`. No Electron here: the desktop app's main process, the load test and the tests use it alike.
import { Agent, request, type RequestOptions } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { fail, type Result } from '../../../shared/api/envelope';
import { SESSION_COOKIE } from '../../web/request-guards';
import { isCertificateChanged, pinnedTls, type HostPin } from './pin';

/** A desk's session with the host: its cookie's token, kept in the main process (never in the page). */
export interface HostSession {
  token: string | null;
}

/** A host that does not answer the connection in this time is taken to be away. */
const CONNECT_TIMEOUT_MS = 5_000;
/** A call whose connection says nothing for this long is given up (a long import's commit stays well within it). */
const IDLE_TIMEOUT_MS = 120_000;
/** The change stream, once dropped, is opened again after this, then a little longer each time up to STREAM_RETRY_MAX_MS. */
const STREAM_RETRY_MS = 1_000;
const STREAM_RETRY_MAX_MS = 5_000;

const unreachable = (detail: string): Result<never> => fail('internal', `The host cannot be reached: ${detail}`, { reason: 'network' });
const certificateChanged = (): Result<never> =>
  fail('forbidden', "The host's certificate is not the one this desk confirmed", { reason: 'host.certificateChanged' });

/** The session token a response's Set-Cookie gives, null when it clears it, undefined when it says nothing of it. */
export function tokenFromSetCookie(header: string[] | string | undefined): string | null | undefined {
  for (const cookie of Array.isArray(header) ? header : header ? [header] : []) {
    const [pair = '', ...attributes] = cookie.split(';');
    const [name, ...value] = pair.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    const cleared = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
    const text = value.join('=');
    if (cleared || text === '') return null;
    try {
      return decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  return undefined;
}

/** One server-sent event's name and data; comments and `retry:` lines say nothing to the desk. */
export function parseEventBlock(block: string): { event: string; data: string } | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return data.length > 0 ? { event, data: data.join('\n') } : null;
}

export class HostClient {
  private readonly agent: Agent;

  constructor(readonly pin: HostPin) {
    // Kept-alive connections: a desk calls every few seconds, and a TLS handshake costs more than the call.
    this.agent = new Agent({ keepAlive: true, maxSockets: 16, ...pinnedTls(pin) });
  }

  private options(path: string, method: 'GET' | 'POST', session: HostSession, headers: Record<string, string | number>): RequestOptions {
    return {
      host: this.pin.name.replace(/^\[(.*)\]$/, '$1'),
      port: this.pin.port,
      path,
      method,
      agent: this.agent,
      headers: { ...headers, ...(session.token !== null && { Cookie: `${SESSION_COOKIE}=${encodeURIComponent(session.token)}` }) },
    };
  }

  /**
   * Sends one call and answers the host's envelope. When the host cannot be reached the answer is a `network` failure
   * (the renderer sends the call again with the same key); another certificate than the pinned one is refused.
   */
  call(session: HostSession, method: string, input: unknown, idempotencyKey?: string): Promise<Result<unknown>> {
    const body = Buffer.from(JSON.stringify(input ?? {}), 'utf8');
    const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'Content-Length': body.length };
    if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
    return new Promise((resolve) => {
      let settled = false;
      const settle = (result: Result<unknown>) => {
        if (settled) return;
        settled = true;
        clearTimeout(connectTimer);
        resolve(result);
      };
      const outgoing = request(this.options(`/api/${encodeURIComponent(method)}`, 'POST', session, headers), (response) => {
        readAll(response).then(
          (text) => {
            const token = tokenFromSetCookie(response.headers['set-cookie']);
            if (token !== undefined) session.token = token;
            try {
              settle(JSON.parse(text) as Result<unknown>);
            } catch {
              settle(fail('internal', `The host answered ${response.statusCode} with no envelope`, { reason: 'host.badAnswer' }));
            }
          },
          (error: Error) => settle(unreachable(error.message)),
        );
      });
      const connectTimer = setTimeout(() => {
        if (outgoing.socket?.connecting !== false) outgoing.destroy(new Error('no answer to the connection'));
      }, CONNECT_TIMEOUT_MS);
      outgoing.setTimeout(IDLE_TIMEOUT_MS, () => outgoing.destroy(new Error('the host stopped answering')));
      outgoing.on('error', (error) => settle(isCertificateChanged(error) ? certificateChanged() : unreachable(error.message)));
      outgoing.end(body);
    });
  }

  /**
   * Listens to the host's events for this session (change notices, the session's end) until stopped, the session
   * signs out, or the host ends it. A dropped stream is opened again by itself: the host may be restarting.
   */
  listen(session: HostSession, onEvent: (event: string, data: unknown) => void): () => void {
    let stopped = false;
    let current: ReturnType<typeof request> | null = null;
    let retryMs = STREAM_RETRY_MS;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const again = () => {
      current = null;
      if (stopped || session.token === null) return;
      timer = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, STREAM_RETRY_MAX_MS);
    };
    const open = () => {
      timer = null;
      if (stopped || session.token === null) return;
      let ended = false;
      const dropped = () => {
        if (ended) return;
        ended = true;
        again();
      };
      const outgoing = request(this.options('/api/events', 'GET', session, { Accept: 'text/event-stream' }), (response) => {
        if (response.statusCode !== 200) {
          // Not signed in (any more): nothing to listen to until the desk signs in again.
          response.resume();
          current = null;
          return;
        }
        retryMs = STREAM_RETRY_MS;
        response.setEncoding('utf8');
        let buffered = '';
        response.on('data', (chunk: string) => {
          buffered += chunk;
          let end: number;
          while ((end = buffered.indexOf('\n\n')) >= 0) {
            const block = parseEventBlock(buffered.slice(0, end));
            buffered = buffered.slice(end + 2);
            if (!block) continue;
            try {
              onEvent(block.event, JSON.parse(block.data));
            } catch {
              // A notice that does not read is dropped, as the browser's listener drops it.
            }
          }
        });
        response.on('end', dropped);
        response.on('error', dropped);
      });
      outgoing.on('error', dropped);
      outgoing.end();
      current = outgoing;
    };
    open();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      current?.destroy();
    };
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}

function readAll(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
    response.on('aborted', () => reject(new Error('the answer was cut off')));
  });
}
