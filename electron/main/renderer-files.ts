// Which file of the built renderer an app:// request means, and the headers it is served with.
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { APP_HOST } from './trust';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export type RendererRequest =
  | { kind: 'file'; path: string; fallback: string | null }
  | { kind: 'refused'; status: 400 | 403 | 404 };

/**
 * Maps `app://desk/<path>` to a file under `rendererDir`. A path that escapes the folder (`..`, encoded or not,
 * or a drive/absolute path) is refused; a path without an extension is a client-side route, so index.html
 * answers it when no such file exists (`fallback`).
 */
export function resolveRendererRequest(rendererDir: string, requestUrl: string): RendererRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.host !== APP_HOST) return { kind: 'refused', status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'refused', status: 403 };
  const root = resolve(rendererDir);
  const candidate = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  const inside = relative(root, candidate);
  if (inside.startsWith('..') || isAbsolute(inside)) return { kind: 'refused', status: 403 };
  const index = resolve(root, 'index.html');
  if (inside === '') return { kind: 'file', path: index, fallback: null };
  const isRoute = extname(candidate) === '';
  return { kind: 'file', path: candidate, fallback: isRoute ? index : null };
}
