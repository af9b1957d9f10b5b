// The app:// handler with Electron's session replaced by a stand-in, over a real folder of files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));
const { serveRenderer } = await import('./app-protocol');

type ProtocolHandler = (request: { method: string; url: string }) => Promise<Response>;

describe('the app:// protocol', () => {
  let root: string;
  let rendererDir: string;
  let handle: ProtocolHandler;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'aftersales-protocol-'));
    rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>售后服务台</title>');
    writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'not for the page');
    const session = { protocol: { handle: (_scheme: string, handler: ProtocolHandler) => (handle = handler) } };
    serveRenderer(session as never, rendererDir);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const get = (url: string) => handle({ method: 'GET', url });

  it('serves the page and its assets with the CSP', async () => {
    const page = await get('app://desk/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('售后服务台');
    const script = await get('app://desk/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html and missing assets with 404', async () => {
    expect(await (await get('app://desk/admin/backups')).text()).toContain('<title>售后服务台');
    expect((await get('app://desk/assets/missing.js')).status).toBe(404);
  });

  it('does not hand out files beside the renderer folder', async () => {
    for (const url of ['app://desk/../secret.txt', 'app://desk/%2e%2e/secret.txt', 'app://desk/assets/..%2f..%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status === 403 || response.status === 404 || !(await response.text()).includes('not for the page'), url).toBe(true);
    }
    expect((await get('app://desk/..%2fsecret.txt')).status).toBe(403);
    expect((await handle({ method: 'POST', url: 'app://desk/' })).status).toBe(405);
  });
});
