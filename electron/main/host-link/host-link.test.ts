// A desk on the center's host (the LAN issue), without Electron: the main process's HTTPS line to a real host over TLS
// on loopback (127.0.0.1 only), with the pinned certificate, the session kept here, idempotency keys and the host's
// notices; the desk's own methods that probe, pin and serve. The pure parts first.
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/api/envelope';
import type { DeskConnection, HostingState, HostProbeView } from '../../../shared/ipc';
import { ADMIN_PASSWORD, ADMIN_USERNAME, USER_PASSWORD, createTestBackend, makeTempDir, type TestBackend } from '../../backend/testing/fixture';
import { startLanHost, type LanHost } from '../../web/lan-host';
import { HostClient, parseEventBlock, tokenFromSetCookie, type HostSession } from './client';
import { localDeskHost, remoteDeskHost } from './desk-host';
import { deskMethods } from './desk-methods';
import { readDeskSettings } from './desk-settings';
import { hosting } from './hosting';
import { isCertificateChanged, normalizeFingerprint, parseHostAddress, pinFromProbe, probeHost, sameFingerprint, type HostPin } from './pin';

const FINGERPRINT = 'ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89';

describe('what a user types for the host', () => {
  it('reads an address with or without a port or https://, and refuses plain HTTP and what is no address', () => {
    expect(parseHostAddress(' 192.168.1.20 ')).toEqual({ name: '192.168.1.20', port: 4780 });
    expect(parseHostAddress('https://FrontDesk:4790/')).toEqual({ name: 'frontdesk', port: 4790 });
    expect(parseHostAddress('[fd00::5]:4781')).toEqual({ name: '[fd00::5]', port: 4781 });
    for (const bad of ['http://192.168.1.20:4780', 'desk host', '192.168.1.20:99999', '192.168.1.20:', 'https://a/b', '']) {
      expect(() => parseHostAddress(bad), bad).toThrow();
    }
  });

  it('reads a fingerprint as the host prints it, in any case, with or without colons or its label', () => {
    const upper = FINGERPRINT.toUpperCase();
    expect(normalizeFingerprint(FINGERPRINT)).toBe(upper);
    expect(normalizeFingerprint(`SHA-256 fingerprint ${upper.replaceAll(':', ' ')}`)).toBe(upper);
    expect(normalizeFingerprint(upper.replaceAll(':', ''))).toBe(upper);
    expect(() => normalizeFingerprint(upper.slice(0, -3))).toThrow();
    expect(() => normalizeFingerprint(upper.replace('AB', 'XY'))).toThrow();
    expect(sameFingerprint(FINGERPRINT, upper)).toBe(true);
    expect(sameFingerprint(FINGERPRINT, upper.replace(/89$/, '88'))).toBe(false);
    expect(sameFingerprint('nonsense', 'nonsense')).toBe(false);
  });

  it('tells a changed certificate from a host that is away', () => {
    expect(isCertificateChanged({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' })).toBe(true);
    expect(isCertificateChanged(new Error("The host's certificate is not the pinned one (AA)"))).toBe(true);
    expect(isCertificateChanged({ code: 'ECONNREFUSED' })).toBe(false);
  });
});

describe('what the host answers, read', () => {
  it('takes the session token from Set-Cookie, cleared or absent', () => {
    expect(tokenFromSetCookie(['aftersales_session=abc%3D; Path=/; HttpOnly; SameSite=Strict; Secure'])).toBe('abc=');
    expect(tokenFromSetCookie('aftersales_session=; Path=/; HttpOnly; Max-Age=0')).toBeNull();
    expect(tokenFromSetCookie(['other=1'])).toBeUndefined();
    expect(tokenFromSetCookie(undefined)).toBeUndefined();
  });

  it('reads a server-sent event and skips comments', () => {
    expect(parseEventBlock('event: changed\ndata: {"a":1}')).toEqual({ event: 'changed', data: '{"a":1}' });
    expect(parseEventBlock('retry: 1000\n: connected')).toBeNull();
  });
});

describe('a desk on the host over TLS', () => {
  let t: TestBackend;
  let lan: LanHost;
  let pin: HostPin;
  const clients: HostClient[] = [];
  const client = (with_ = pin) => {
    const made = new HostClient(with_);
    clients.push(made);
    return made;
  };
  const signedIn = async (line: HostClient): Promise<HostSession> => {
    const session: HostSession = { token: null };
    const login = await line.call(session, 'auth.login', { username: ADMIN_USERNAME, password: ADMIN_PASSWORD });
    expect(login.ok).toBe(true);
    return session;
  };

  beforeAll(async () => {
    t = await createTestBackend();
    lan = await startLanHost({ backend: t.backend, dataDir: t.dataDir, rendererDir: null, port: 0, listenOn: '127.0.0.1', allow: ['127.0.0.0/8'] });
    const probe = await probeHost({ name: '127.0.0.1', port: lan.port });
    expect(probe.fingerprint).toBe(lan.certificate.fingerprint);
    pin = pinFromProbe(probe, probe.fingerprint.toLowerCase());
  });
  afterAll(async () => {
    for (const made of clients) made.close();
    await lan.close();
    t.close();
  });

  it('refuses to pin a fingerprint other than the one the host shows', async () => {
    const probe = await probeHost({ name: '127.0.0.1', port: lan.port });
    expect(() => pinFromProbe(probe, FINGERPRINT)).toThrow();
  });

  it('signs in, keeps the session in the main process and calls with it', async () => {
    const line = client();
    const session = await signedIn(line);
    expect(session.token).toMatch(/.{20,}/);
    const me = (await line.call(session, 'auth.me', {})) as Result<{ username: string }>;
    expect(me.ok && me.value.username).toBe(ADMIN_USERNAME);
    await line.call(session, 'auth.logout', {});
    expect(session.token).toBeNull();
    expect((await line.call(session, 'auth.me', {})).ok).toBe(false);
  });

  it('makes a write sent twice with one key once', async () => {
    const line = client();
    const session = await signedIn(line);
    const input = { name: `重发部门 ${Date.now()}`, nameEn: 'Resent department', kind: 'department' };
    const first = (await line.call(session, 'departments.create', input, 'key-resent-0000001')) as Result<{ id: number }>;
    const again = (await line.call(session, 'departments.create', input, 'key-resent-0000001')) as Result<{ id: number }>;
    expect(first.ok && again.ok && first.value.id === again.value.id).toBe(true);
    const list = (await line.call(session, 'departments.list', { includeInactive: true })) as Result<{ items: Array<{ name: string }> }>;
    expect(list.ok && list.value.items.filter((d) => d.name === input.name)).toHaveLength(1);
  });

  it('refuses a host showing another certificate, before a byte of the call is sent', async () => {
    const other = await startLanHost({ backend: t.backend, dataDir: makeTempDir('aftersales-other-host-'), rendererDir: null, port: 0, listenOn: '127.0.0.1', allow: ['127.0.0.0/8'] });
    const seen = vi.fn();
    other.server.on('request', seen);
    try {
      const line = client({ ...pin, port: other.port });
      const answer = await line.call({ token: null }, 'auth.status', {});
      expect(answer.ok === false && answer.error.reason).toBe('host.certificateChanged');
      expect(seen).not.toHaveBeenCalled();
    } finally {
      await other.close();
    }
  });

  it('answers a network failure when the host is away, for the page to send it again', async () => {
    const closed = createTcpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const answer = await client({ ...pin, port }).call({ token: null }, 'auth.status', {});
    expect(answer.ok === false && answer.error.reason).toBe('network');
  });

  it("passes another window's change to this window, not the writer's own, and the session's end to that window only", async () => {
    const desk = remoteDeskHost(client());
    const heard: Array<{ event: string; toWriter: boolean; toReader: boolean }> = [];
    // Sign-ins are writes too (the desks' list changes): only the department's notice and the session's end count here.
    desk.onEvent((event, payload, isFor) => {
      const method = (payload as { method?: string }).method;
      if (event === 'signedOut' || method === 'departments.create') heard.push({ event, toWriter: isFor(writer), toReader: isFor(reader) });
    });
    const writer = desk.newSession();
    const reader = desk.newSession();
    const agent = await t.createUser(['agent']);
    const listenersBefore = t.backend.events.listenerCount('changed');
    expect((await desk.invoke(writer, 'auth.login', { username: ADMIN_USERNAME, password: ADMIN_PASSWORD })).ok).toBe(true);
    expect((await desk.invoke(reader, 'auth.login', { username: agent.username, password: USER_PASSWORD })).ok).toBe(true);
    // The streams open on sign-in; wait until both listen on the host.
    await vi.waitUntil(() => t.backend.events.listenerCount('changed') === listenersBefore + 2, { timeout: 5_000 });
    const made = await desk.invoke(writer, 'departments.create', { name: `实时部门 ${Date.now()}`, nameEn: 'Live department', kind: 'department' }, { idempotencyKey: 'key-live-00000001' });
    expect(made.ok).toBe(true);
    await vi.waitUntil(() => heard.some((h) => h.event === 'changed'), { timeout: 5_000 });
    expect(heard.filter((h) => h.event === 'changed')).toEqual([{ event: 'changed', toWriter: false, toReader: true }]);

    // The host's administrator ends the reader's session: that window alone is told.
    const sessions = await t.expectOk(t.admin, 'sessions.list', {});
    const readerSession = sessions.items.find((s) => s.userId === agent.id);
    expect(readerSession).toBeDefined();
    await t.expectOk(t.admin, 'sessions.end', { id: readerSession!.id });
    await vi.waitUntil(() => heard.some((h) => h.event === 'signedOut'), { timeout: 5_000 });
    expect(heard.filter((h) => h.event === 'signedOut')).toEqual([{ event: 'signedOut', toWriter: false, toReader: true }]);
    desk.close();
  });
});

describe("the desk's own methods", () => {
  let t: TestBackend;
  let lan: LanHost;

  beforeAll(async () => {
    t = await createTestBackend();
    lan = await startLanHost({ backend: t.backend, dataDir: t.dataDir, rendererDir: null, port: 0, listenOn: '127.0.0.1', allow: ['127.0.0.0/8'] });
  });
  afterAll(async () => {
    await lan.close();
    t.close();
  });

  it('probe the host, refuse a fingerprint not compared right, pin the right one and restart on it', async () => {
    const dataDir = makeTempDir('aftersales-desk-');
    const restart = vi.fn();
    {
      const answer = deskMethods({ dataDir, host: localDeskHost(t.backend), hosting: null, restart });
      const session = t.backend.newSession();
      const address = `https://127.0.0.1:${lan.port}`;
      const probe = (await answer(session, 'desk.probeHost', { address })) as Result<HostProbeView>;
      expect(probe.ok && probe.value.fingerprint).toBe(lan.certificate.fingerprint);

      const wrong = await answer(session, 'desk.connectToHost', { address, fingerprint: FINGERPRINT });
      expect(wrong.ok === false && wrong.error.details?.fields?.[0]).toMatchObject({ path: 'fingerprint', key: 'desk.fingerprintMismatch' });
      const badAddress = await answer(session, 'desk.probeHost', { address: 'http://127.0.0.1:1' });
      expect(badAddress.ok === false && badAddress.error.details?.fields?.[0]).toMatchObject({ path: 'address', key: 'desk.addressInvalid' });
      expect(existsSync(join(dataDir, 'desk.json'))).toBe(false);

      const pinned = await answer(session, 'desk.connectToHost', { address, fingerprint: lan.certificate.fingerprint.replaceAll(':', '').toLowerCase() });
      expect(pinned.ok).toBe(true);
      expect(readDeskSettings(dataDir).host).toMatchObject({ name: '127.0.0.1', port: lan.port, fingerprint: lan.certificate.fingerprint });
      expect(JSON.parse(readFileSync(join(dataDir, 'desk.json'), 'utf8')).host.certificate).toContain('BEGIN CERTIFICATE');
      await vi.waitUntil(() => restart.mock.calls.length > 0, { timeout: 2_000 });
      expect(restart).toHaveBeenCalledTimes(1);
      const connection = (await answer(session, 'desk.connection', {})) as Result<DeskConnection>;
      expect(connection.ok && connection.value).toMatchObject({ mode: 'host', host: { origin: `https://127.0.0.1:${lan.port}` } });
    }
  });

  it('serve the center only for an administrator, remembered, and say why when the port is taken', async () => {
    const dataDir = makeTempDir('aftersales-desk-host-');
    const serving = hosting({ backend: t.backend, dataDir, rendererDir: null, listenOn: '127.0.0.1' });
    const answer = deskMethods({ dataDir, host: localDeskHost(t.backend), hosting: serving, restart: () => {} });
    try {
      const agent = await t.signInAs(['agent']);
      const refused = await answer(agent, 'desk.setHosting', { serving: true, port: 0 + 47_931 });
      expect(refused.ok === false && refused.error.code).toBe('forbidden');
      const lowPort = await answer(t.admin, 'desk.setHosting', { serving: true, port: 80 });
      expect(lowPort.ok === false && lowPort.error.details?.fields?.[0]).toMatchObject({ path: 'port', key: 'desk.portRange' });

      const taken = (await answer(t.admin, 'desk.setHosting', { serving: true, port: lan.port })) as Result<HostingState>;
      expect(taken.ok && taken.value).toMatchObject({ serving: false, problem: expect.stringMatching(/EADDRINUSE/) });

      const on = (await answer(t.admin, 'desk.setHosting', { serving: true, port: 47_931 })) as Result<HostingState>;
      expect(on.ok && on.value).toMatchObject({ serving: true, port: 47_931, problem: null });
      expect(on.ok && on.value.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(readDeskSettings(dataDir).hosting).toEqual({ serving: true, port: 47_931 });
      const probe = await probeHost({ name: '127.0.0.1', port: 47_931 });
      expect(probe.fingerprint).toBe(on.ok && on.value.fingerprint);

      const off = (await answer(t.admin, 'desk.setHosting', { serving: false })) as Result<HostingState>;
      expect(off.ok && off.value.serving).toBe(false);
      expect(readDeskSettings(dataDir).hosting).toEqual({ serving: false, port: 47_931 });
      await expect(probeHost({ name: '127.0.0.1', port: 47_931 }, 1_000)).rejects.toThrow();
    } finally {
      await serving.close();
    }
  });
});
