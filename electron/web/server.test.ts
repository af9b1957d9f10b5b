import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, HTTP_STATUS, type Result } from '../../shared/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, createTestBackend, makeTempDir, USER_PASSWORD, type TestBackend } from '../backend/testing/fixture';
import { SESSION_COOKIE } from './request-guards';
import { createWebServer } from './server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: the path is sent exactly as given (no URL normalisation), unlike fetch. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let t: TestBackend;
let server: Server;
let port: number;
let root: string;
let rendererDir: string;

beforeAll(async () => {
  t = await createTestBackend();
  await t.createUser(['agent'], 'wangfang');
  root = makeTempDir('aftersales-web-');
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>售后服务台</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log("app")');
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET: outside the renderer folder');
  server = createWebServer({ backend: t.backend, rendererDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  t.close();
  rmSync(root, { recursive: true, force: true });
});

async function api(method: string, input: unknown, headers: Record<string, string> = {}) {
  const reply = await send(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
  return { ...reply, envelope: JSON.parse(reply.body) as Result<unknown> };
}

function cookieFrom(reply: Reply): string {
  const setCookie = reply.headers['set-cookie'];
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!first) throw new Error('no Set-Cookie header');
  return first.split(';')[0]!;
}

async function signIn(username: string, password: string): Promise<string> {
  const reply = await api('auth.login', { username, password });
  expect(reply.status).toBe(200);
  return cookieFrom(reply);
}

describe('POST /api/<method>', () => {
  it('signs in with an HttpOnly, SameSite=Strict session cookie, and signing out clears it', async () => {
    const login = await api('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.envelope).toMatchObject({ ok: true, value: { username: 'admin', roles: ['admin'] } });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{20,}; `));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    // The token is only in the cookie, never in the body the page's scripts can read.
    expect(login.body).not.toContain(cookieFrom(login).split('=')[1]!);

    const cookie = cookieFrom(login);
    const me = await api('auth.me', {}, { Cookie: cookie });
    expect(me.status).toBe(200);
    expect(me.envelope).toMatchObject({ ok: true, value: { username: 'admin' } });
    expect(me.headers['set-cookie']).toBeUndefined();
    expect(me.headers['cache-control']).toBe('no-store');

    const logout = await api('auth.logout', {}, { Cookie: cookie });
    expect(logout.status).toBe(200);
    const cleared = String(logout.headers['set-cookie']);
    expect(cleared).toMatch(new RegExp(`^${SESSION_COOKIE}=; `));
    expect(cleared).toContain('Max-Age=0');
    expect(cleared).toContain('HttpOnly');

    const afterLogout = await api('auth.me', {}, { Cookie: cookie });
    expect(afterLogout.status).toBe(401);
  });

  it('maps each error code to its HTTP status', async () => {
    const admin = await signIn('admin', ADMIN_PASSWORD);
    const agent = await signIn('wangfang', USER_PASSWORD);
    const department = await api('departments.create', { name: 'HTTP 测试部门', kind: 'department' }, { Cookie: admin });
    const { id, version } = (department.envelope as { ok: true; value: { id: number; version: number } }).value;
    await api('departments.update', { id, version, nameEn: 'first' }, { Cookie: admin });

    const cases: Array<[string, unknown, Record<string, string>, string]> = [
      ['departments.create', { name: '' }, { Cookie: admin }, 'validation'],
      ['no.such.method', {}, { Cookie: admin }, 'validation'],
      ['auth.me', {}, {}, 'unauthenticated'],
      ['users.list', {}, { Cookie: agent }, 'forbidden'],
      ['departments.update', { id: 99999, version: 0, nameEn: 'x' }, { Cookie: admin }, 'not_found'],
      ['departments.update', { id, version, nameEn: 'stale' }, { Cookie: admin }, 'conflict'],
      ['auth.setup', { centerName: '第二个', username: 'second', displayName: '第二', password: 'second-pass' }, {}, 'invalid_state'],
    ];
    const seen = new Set<string>();
    for (const [method, input, headers, code] of cases) {
      const reply = await api(method, input, headers);
      expect(reply.envelope, `${method}`).toMatchObject({ ok: false, error: { code } });
      expect(reply.status, `${method} → ${code}`).toBe(HTTP_STATUS[code as keyof typeof HTTP_STATUS]);
      seen.add(code);
    }
    expect([...seen].sort()).toEqual(ERROR_CODES.filter((c) => c !== 'internal').sort());
    expect(HTTP_STATUS).toEqual({ validation: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409, invalid_state: 409, internal: 500 });
  });

  it('answers 500 with the internal code, and no details, when the back end fails', async () => {
    const broken = await createTestBackend();
    const brokenServer = createWebServer({ backend: broken.backend, rendererDir: null });
    await new Promise<void>((resolve) => brokenServer.listen(0, '127.0.0.1', resolve));
    const brokenPort = (brokenServer.address() as AddressInfo).port;
    broken.backend.close(); // the database is gone under the server
    const reply = await send(brokenPort, { method: 'POST', path: '/api/auth.status', body: '{}' });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(reply.body).not.toMatch(/closed|stack|at /);
    await new Promise<void>((resolve) => brokenServer.close(() => resolve()));
    broken.close();
  });

  it('refuses a POST from another origin before it reaches the back end; same origin and no Origin are served', async () => {
    const cookie = await signIn('admin', ADMIN_PASSWORD);
    const evil = await api('departments.create', { name: '跨站创建的部门', kind: 'department' }, { Cookie: cookie, Origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.envelope).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'crossOrigin' } });
    const crossSite = await api('departments.create', { name: '跨站创建的部门', kind: 'department' }, { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const lookalike = await api('auth.me', {}, { Cookie: cookie, Origin: `http://127.0.0.1:${port}.evil.example` });
    expect(lookalike.status).toBe(403);
    const list = await api('departments.list', {}, { Cookie: cookie });
    expect(JSON.stringify(list.envelope)).not.toContain('跨站创建的部门');

    const sameOrigin = await api('auth.me', {}, { Cookie: cookie, Origin: `http://127.0.0.1:${port}` });
    expect(sameOrigin.status).toBe(200);
    const noOrigin = await api('auth.me', {}, { Cookie: cookie });
    expect(noOrigin.status).toBe(200);
  });

  it('answers 400 validation to a body that is not JSON, and to other methods than POST', async () => {
    const malformed = await api('auth.login', '{"username": "admin", "password": ');
    expect(malformed.status).toBe(400);
    expect(malformed.envelope).toMatchObject({ ok: false, error: { code: 'validation', reason: 'malformedJson' } });
    const get = await send(port, { path: '/api/auth.status' });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    // An empty body counts as {}.
    const empty = await send(port, { method: 'POST', path: '/api/auth.status' });
    expect(empty.status).toBe(200);
  });

  it('answers a malformed percent-encoding in the method name with 400 and keeps serving', async () => {
    const reply = await send(port, { method: 'POST', path: '/api/auth.%E0%A4%A', body: '{}' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await send(port, { method: 'POST', path: '/api/auth.status', body: '{}' })).status).toBe(200);
  });

  it('throttles failed sign-ins per account and address: 20 a minute at one account, then that account waits', async () => {
    const throttled = createWebServer({ backend: t.backend, rendererDir: null });
    await new Promise<void>((resolve) => throttled.listen(0, '127.0.0.1', resolve));
    const throttledPort = (throttled.address() as AddressInfo).port;
    const login = (username: string, password: string) =>
      send(throttledPort, { method: 'POST', path: '/api/auth.login', body: JSON.stringify({ username, password }) });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const reply = await login('nobody-here', `wrong-pass-${i}`);
      statuses.push(reply.status);
      if (i === 20) expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'unauthenticated', reason: 'auth.tooManyAttempts' } });
    }
    expect(statuses).toEqual(Array(21).fill(401));
    // The same name in other letters is the same account.
    expect(JSON.parse((await login(' NOBODY-here ', 'wrong-pass')).body)).toMatchObject({ error: { reason: 'auth.tooManyAttempts' } });
    await new Promise<void>((resolve) => throttled.close(() => resolve()));
  });

  it("never refuses a correct password because of another account's failures from the same address", async () => {
    const desk = createWebServer({ backend: t.backend, rendererDir: null });
    await new Promise<void>((resolve) => desk.listen(0, '127.0.0.1', resolve));
    const deskPort = (desk.address() as AddressInfo).port;
    for (let i = 0; i < 25; i += 1) {
      await send(deskPort, { method: 'POST', path: '/api/auth.login', body: JSON.stringify({ username: `guess${i % 3}`, password: 'wrong-pass' }) });
    }
    const right = await send(deskPort, { method: 'POST', path: '/api/auth.login', body: JSON.stringify({ username: 'wangfang', password: USER_PASSWORD }) });
    expect(right.status).toBe(200);
    await new Promise<void>((resolve) => desk.close(() => resolve()));
  });

  it('counts only failed sign-ins: colleagues signing in one after another from one address are not throttled', async () => {
    const desk = createWebServer({ backend: t.backend, rendererDir: null });
    await new Promise<void>((resolve) => desk.listen(0, '127.0.0.1', resolve));
    const deskPort = (desk.address() as AddressInfo).port;
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const reply = await send(deskPort, { method: 'POST', path: '/api/auth.login', body: JSON.stringify({ username: ADMIN_USERNAME, password: ADMIN_PASSWORD }) });
      statuses.push(reply.status);
    }
    expect(statuses).toEqual(Array(25).fill(200));
    await new Promise<void>((resolve) => desk.close(() => resolve()));
  });

  it('checks at most two passwords at once for one address; other calls are not held up', async () => {
    let running = 0;
    let most = 0;
    const slowBackend = {
      ...t.backend,
      invoke: async (_session: unknown, method: string) => {
        if (method !== 'auth.login') return { ok: true, value: {} };
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 30));
        running -= 1;
        return { ok: false, error: { code: 'unauthenticated', message: 'wrong' } };
      },
    } as unknown as TestBackend['backend'];
    const desk = createWebServer({ backend: slowBackend, rendererDir: null });
    await new Promise<void>((resolve) => desk.listen(0, '127.0.0.1', resolve));
    const deskPort = (desk.address() as AddressInfo).port;
    const logins = Array.from({ length: 8 }, (_, i) =>
      send(deskPort, { method: 'POST', path: '/api/auth.login', body: JSON.stringify({ username: `user${i}`, password: 'x' }) }),
    );
    const status = await send(deskPort, { method: 'POST', path: '/api/auth.status', body: '{}' });
    expect(status.status).toBe(200);
    expect(running).toBeGreaterThan(0); // answered while sign-ins were still being checked
    expect((await Promise.all(logins)).map((r) => r.status)).toEqual(Array(8).fill(401));
    expect(most).toBe(2);
    await new Promise<void>((resolve) => desk.close(() => resolve()));
  });

  it('treats a malformed session cookie as no session (401), not as a server error', async () => {
    for (const cookie of [`${SESSION_COOKIE}=%E0%A4%A`, `${SESSION_COOKIE}=%`, `${SESSION_COOKIE}=%ZZ; other=1`]) {
      const reply = await api('auth.me', {}, { Cookie: cookie });
      expect(reply.status, cookie).toBe(401);
      expect(reply.envelope).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
    expect((await api('auth.status', {}, { Cookie: `${SESSION_COOKIE}=%E0%A4%A` })).status).toBe(200);
  });

  it('answers a body over the limit with 400 tooLarge after reading it, not with a connection reset', async () => {
    const big = 'x'.repeat(33 * 1024 * 1024);
    const reply = await send(port, { method: 'POST', path: '/api/auth.status', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'validation', reason: 'tooLarge' } });
    expect(reply.headers.connection).toBe('close');
    expect((await api('auth.status', {})).status).toBe(200);
  });
});

describe('host names (DNS rebinding)', () => {
  it('refuses a request naming another host before any handler runs, even with a matching Origin', async () => {
    const fresh = await createTestBackend({ setup: false });
    const freshServer = createWebServer({ backend: fresh.backend, rendererDir });
    await new Promise<void>((resolve) => freshServer.listen(0, '127.0.0.1', resolve));
    const freshPort = (freshServer.address() as AddressInfo).port;
    const evil = { Host: `evil.example:${freshPort}`, Origin: `http://evil.example:${freshPort}`, 'Content-Type': 'application/json' };
    const setup = await send(freshPort, {
      method: 'POST',
      path: '/api/auth.setup',
      headers: evil,
      body: JSON.stringify({ centerName: '冒名中心', username: 'intruder', displayName: '冒名者', password: 'intruder-pass' }),
    });
    expect(setup.status).toBe(403);
    expect(JSON.parse(setup.body)).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'unknownHost' } });
    expect(await fresh.expectOk(fresh.backend.newSession(), 'auth.status', {})).toMatchObject({ setupRequired: true });
    // Nor the page itself, nor a sign-in on an installed desk.
    expect((await send(freshPort, { path: '/', headers: { Host: `evil.example:${freshPort}` } })).status).toBe(403);
    const login = await send(port, {
      method: 'POST',
      path: '/api/auth.login',
      headers: { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(403);
    expect(login.headers['set-cookie']).toBeUndefined();
    // Another port, no Host, or a look-alike are refused too.
    for (const host of [`127.0.0.1:${port + 1}`, `127.0.0.1.evil.example:${port}`, `localhost.:${port}`, `127.0.0.1:${port}@evil`]) {
      expect((await send(port, { method: 'POST', path: '/api/auth.status', headers: { Host: host }, body: '{}' })).status, host).toBe(403);
    }
    const noHost = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end('POST /api/auth.status HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}'));
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
    });
    expect(noHost).toMatch(/^HTTP\/1\.[01] 403/);
    await new Promise<void>((resolve) => freshServer.close(() => resolve()));
    fresh.close();
  });

  it("answers this computer's own names: 127.0.0.1, localhost and [::1] with the port served", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      const reply = await send(port, { method: 'POST', path: '/api/auth.status', headers: { Host: host, Origin: `http://${host}` }, body: '{}' });
      expect(reply.status, host).toBe(200);
    }
  });
});

describe('static files', () => {
  it('serves the renderer with a content security policy, and index.html for client-side routes', async () => {
    const index = await send(port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('售后服务台');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(index.headers['content-security-policy'])).toContain("default-src 'self'");
    // Only our own print preview may frame the console.
    expect(index.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(index.headers['content-security-policy'])).toContain("frame-ancestors 'self'");

    const asset = await send(port, { path: '/assets/app-1234.js' });
    expect(asset.body).toBe('console.log("app")');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');

    const route = await send(port, { path: '/admin/users?tab=roles' });
    expect(route.status).toBe(200);
    expect(route.body).toContain('<div id="root">');
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/....//secret.txt',
    '/%00/../secret.txt',
    '//etc/passwd',
  ])('never serves a file outside the renderer folder: %s', async (path) => {
    const reply = await send(port, { path });
    expect(reply.body).not.toContain('TOP SECRET');
    expect(reply.body).not.toMatch(/root:.*:0:0:/);
    if (reply.status === 200) expect(reply.body).toContain('<div id="root">');
  });

  it('answers a malformed percent-encoding in a path without stopping the server', async () => {
    const reply = await send(port, { path: '/%E0%A4%A' });
    expect([200, 400]).toContain(reply.status);
    expect(reply.body).not.toContain('TOP SECRET');
    expect((await send(port, { path: '/' })).status).toBe(200);
  });

  it('serves assets when the renderer folder is given with a trailing slash', async () => {
    const slashed = createWebServer({ backend: t.backend, rendererDir: `${rendererDir}/` });
    await new Promise<void>((resolve) => slashed.listen(0, '127.0.0.1', resolve));
    const slashedPort = (slashed.address() as AddressInfo).port;
    const asset = await send(slashedPort, { path: '/assets/app-1234.js' });
    expect(asset.body).toBe('console.log("app")');
    const escape = await send(slashedPort, { path: '/../secret.txt' });
    expect(escape.body).not.toContain('TOP SECRET');
    await new Promise<void>((resolve) => slashed.close(() => resolve()));
  });

  it('refuses other methods than GET and HEAD outside /api', async () => {
    const reply = await send(port, { method: 'POST', path: '/index.html', body: 'x' });
    expect(reply.status).toBe(405);
  });
});
