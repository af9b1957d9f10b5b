// The browser transport: POST /api/<method> into the same invoke as the Electron window, and the built renderer.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Backend } from '../backend';
import { HTTP_STATUS, fail, type Result } from '../../shared/api/envelope';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { KeyedLimit } from '../backend/lib/keyed-limit';
import { streamChanges } from './change-stream';
import { callerAddress, type AddressRanges } from './network';
import { hostAllowed, LOCAL_HOST_NAMES, originAllowed, readCookie, SESSION_COOKIE } from './request-guards';
import { LoginThrottle, usernameOf } from './throttle';

const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** How much of a too-large body is read and dropped before the connection is simply closed. */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;
const SIGN_INS_AT_ONCE_PER_ADDRESS = 2;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface WebServerOptions {
  backend: Backend;
  /** The built renderer (vite's output); null serves the API only. */
  rendererDir: string | null;
  /** Host names served besides this computer's own (127.0.0.1, localhost, [::1]): the host's network addresses. */
  hostNames?: readonly string[];
  /** Serve HTTPS with this certificate (the center's host on the network); without it, plain HTTP on loopback. */
  tls?: { cert: string; key: string };
  /** The addresses requests may come from; any other is refused before anything is read. Without it, any. */
  allowedRanges?: AddressRanges;
}

function sessionCookie(token: string | null, secure: boolean): string {
  const base = `${SESSION_COOKIE}=${token ? encodeURIComponent(token) : ''}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  return token ? base : `${base}; Max-Age=0`;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

/** Reads a JSON body of at most MAX_BODY_BYTES. A larger one is read on and dropped (up to a bound), so the client gets
 * the 400 that says so instead of a connection reset while it is still sending. */
function readBody(request: IncomingMessage): Promise<{ text: string } | { tooLarge: true; drained: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(request.headers['content-length'] ?? 0);
    let tooLarge = declared > MAX_BODY_BYTES;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else if (size > MAX_BODY_BYTES + MAX_DISCARDED_BYTES) {
        request.pause();
        resolve({ tooLarge: true, drained: false });
      }
    });
    request.on('end', () => resolve(tooLarge ? { tooLarge: true, drained: true } : { text: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', reject);
  });
}

interface ApiContext {
  backend: Backend;
  /** Served over HTTPS: origins are https://, the session cookie is Secure. */
  secure: boolean;
  throttle: LoginThrottle;
  /** Password checks at once per client address; the back end checks one at a time per account. */
  signInsPerAddress: KeyedLimit;
}

async function handleApi(context: ApiContext, method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(response, 405, fail('validation', 'Use POST'), { Allow: 'POST' });
    return;
  }
  if (!originAllowed(request, context.secure ? 'https' : 'http')) {
    sendJson(response, 403, fail('forbidden', 'Requests from other sites are refused', { reason: 'crossOrigin' }));
    return;
  }
  const body = await readBody(request);
  if ('tooLarge' in body) {
    sendJson(response, 400, fail('validation', 'The request is too large', { reason: 'tooLarge' }), { Connection: 'close' });
    if (!body.drained) response.on('finish', () => request.socket.destroy());
    return;
  }
  let input: unknown;
  try {
    input = body.text.trim() === '' ? {} : JSON.parse(body.text);
  } catch {
    sendJson(response, 400, fail('validation', 'The body is not JSON', { reason: 'malformedJson' }));
    return;
  }
  const session = { token: readCookie(request, SESSION_COOKIE), address: callerAddress(request) };
  const tokenBefore = session.token;
  const key = request.headers['idempotency-key'];
  const callOptions = { idempotencyKey: typeof key === 'string' ? key : undefined };
  let result: Result<unknown>;
  if (method === 'auth.login') {
    const client = request.socket.remoteAddress ?? 'unknown';
    const username = usernameOf(input);
    if (!context.throttle.allow(client, username)) {
      sendJson(response, 401, fail('unauthenticated', 'Too many sign-in attempts; wait a minute', { reason: 'auth.tooManyAttempts' }));
      return;
    }
    result = await context.signInsPerAddress.run(client, () => context.backend.invoke(session, method, input, callOptions));
    if (!result.ok && result.error.code === 'unauthenticated') context.throttle.failed(client, username);
  } else {
    result = await context.backend.invoke(session, method, input, callOptions);
  }
  const headers: Record<string, string> = {};
  if (session.token !== tokenBefore) headers['Set-Cookie'] = sessionCookie(session.token, context.secure);
  sendJson(response, result.ok ? 200 : HTTP_STATUS[result.error.code], result, headers);
}

/** decodeURIComponent that answers null for a malformed escape (`%E0%A4%A`) instead of throwing. */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function serveStatic(rendererDir: string | null, url: string, response: ServerResponse): void {
  const securityHeaders = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // SAMEORIGIN, not DENY: the print preview frames a print route of the same page (see shared/security.ts).
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'no-referrer',
  };
  if (!rendererDir || !existsSync(join(rendererDir, 'index.html'))) {
    response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
    response.end('The user interface is not built. Run `npm run build:renderer`, then reload.\n界面尚未构建：请运行 npm run build:renderer 后刷新。\n');
    return;
  }
  // A malformed escape names no file; it gets index.html like any unknown route.
  const path = decodePath(url.split('?')[0] ?? '/') ?? '/';
  const candidate = normalize(join(rendererDir, path));
  const inside = candidate === rendererDir || candidate.startsWith(rendererDir + sep);
  const isFile = inside && existsSync(candidate) && statSync(candidate).isFile();
  // Client-side routes (/admin/users) all get index.html; assets are served as they are.
  const file = isFile ? candidate : join(rendererDir, 'index.html');
  const immutable = isFile && candidate.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...securityHeaders,
  });
  createReadStream(file).pipe(response);
}

export function createWebServer(options: WebServerOptions): Server {
  const context: ApiContext = {
    backend: options.backend,
    secure: options.tls !== undefined,
    throttle: new LoginThrottle(),
    signInsPerAddress: new KeyedLimit(SIGN_INS_AT_ONCE_PER_ADDRESS),
  };
  const hostNames = [...LOCAL_HOST_NAMES, ...(options.hostNames ?? [])].map((name) => name.toLowerCase());
  // resolve(), not normalize(): with a trailing slash kept, every asset would look outside the folder.
  const rendererDir = options.rendererDir ? resolve(options.rendererDir) : null;
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (options.allowedRanges && !options.allowedRanges.includes(request.socket.remoteAddress)) {
      // First of all: a caller outside the center's network learns nothing else of this server.
      sendJson(response, 403, fail('forbidden', 'Requests from this address are not allowed', { reason: 'addressNotAllowed' }), { Connection: 'close' });
      request.resume();
      return;
    }
    if (!hostAllowed(request, hostNames, options.tls ? 443 : 80)) {
      // Before anything else: a page of another name reaching this port is a rebinding attack or a mistake.
      sendJson(response, 403, fail('forbidden', 'This host name is not served here', { reason: 'unknownHost' }), { Connection: 'close' });
      request.resume();
      return;
    }
    const url = request.url ?? '/';
    if (url === '/api/events' && request.method === 'GET') {
      const session = { token: readCookie(request, SESSION_COOKIE), address: callerAddress(request) };
      streamChanges(context.backend, session, request, response, (status, body) => sendJson(response, status, body)).catch((error: unknown) => {
        console.error('[web] change stream failed:', error);
        if (!response.headersSent) sendJson(response, 500, fail('internal', 'The server could not answer'));
        else response.end();
      });
      return;
    }
    if (url.startsWith('/api/')) {
      // A malformed escape must not throw here: outside the promise it would be uncaught and stop the server.
      const method = decodePath(url.slice('/api/'.length).split('?')[0] ?? '') ?? '';
      handleApi(context, method, request, response).catch((error: unknown) => {
        console.error('[web] request failed:', error);
        if (!response.headersSent) sendJson(response, 500, fail('internal', 'The server could not answer'));
        else response.end();
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    serveStatic(rendererDir, url, response);
  };
  const server = options.tls ? createTlsServer({ cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' }, handle) : createServer(handle);
  // Node closes an idle kept-alive connection after 5 s; a client that reuses it at that moment gets a reset (seen in
  // the end-to-end run: a call after a 5-second print). A desk's page calls every few seconds: keep them a minute.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  return server;
}
