// The app:// scheme: the built renderer served from disk (or from inside the asar) with the CSP on every answer.
import { readFile, stat } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { contentTypeOf, resolveRendererRequest, SECURITY_HEADERS } from './renderer-files';
import { APP_SCHEME } from './trust';

/** Must run before the app is ready: app:// behaves like https (standard origin, secure context, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: { ...SECURITY_HEADERS } });
}

/** Answers app:// requests of one session from `rendererDir`. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const target = resolveRendererRequest(rendererDir, request.url);
    if (target.kind === 'refused') return refuse(target.status);
    let file = target.path;
    if (!(await isFile(file))) {
      if (target.fallback === null || !(await isFile(target.fallback))) return refuse(404);
      file = target.fallback;
    }
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache', ...SECURITY_HEADERS },
    });
  });
}
