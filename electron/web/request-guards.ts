// What a request must show before any handler sees it: a Host this server answers to, an Origin of that same host, and
// a session cookie that reads. A page on evil.example that resolves to 127.0.0.1 (DNS rebinding) sends its own name
// as the Host and as the Origin, so checking the Origin against the Host alone let it in.
import type { IncomingMessage } from 'node:http';

/** The cookie a desk's session travels in, set by the web server and sent back by a desk of the desktop app. */
export const SESSION_COOKIE = 'aftersales_session';

/** The names the host serves on this computer; a network host adds its configured names (the LAN issue). */
export const LOCAL_HOST_NAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** The Host header split into name and port, lower-cased; null when it is missing or not of that shape. */
export function parseHostHeader(host: string | undefined): { name: string; port: number | null } | null {
  if (!host) return null;
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!match) return null;
  return { name: match[1]!.toLowerCase(), port: match[2] === undefined ? null : Number(match[2]) };
}

/** The request names one of the host's own names and the port it was received on (a Host without one: the scheme's). */
export function hostAllowed(request: IncomingMessage, names: readonly string[], defaultPort = 80): boolean {
  const host = parseHostHeader(request.headers.host);
  if (!host) return false;
  const port = request.socket.localPort;
  return names.includes(host.name) && (host.port === null ? port === defaultPort : host.port === port);
}

/** Same origin only: a POST from a page on another origin (a drive-by form or script) is refused. */
export function originAllowed(request: IncomingMessage, scheme: 'http' | 'https' = 'http'): boolean {
  const origin = request.headers.origin;
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;
  if (origin === undefined) return true;
  return origin === `${scheme}://${request.headers.host ?? ''}`;
}

/** A cookie's value; null when absent or when its percent-encoding is malformed (a forged cookie is no session). */
export function readCookie(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null;
    }
  }
  return null;
}
