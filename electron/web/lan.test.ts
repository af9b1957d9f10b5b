// The center's host on the network (the LAN issue), over real TLS on loopback: the certificate kept and renewed, the
// pinned fingerprint, Secure cookies, and each refusal with its code. Traffic goes to 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, createTestBackend, makeTempDir, type TestBackend } from '../backend/testing/fixture';
import { HostClient, type HostSession } from '../main/host-link/client';
import { pinFromProbe, probeHost } from '../main/host-link/pin';
import { hostCertificate, type HostCertificate } from './host-certificate';
import { AddressRanges, defaultAllowedRanges } from './network';
import { createWebServer } from './server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An HTTPS request to 127.0.0.1 that trusts exactly the certificate with this fingerprint, as a desk that pinned it. */
function sendPinned(
  port: number,
  fingerprint: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('socket', (socket) => {
      socket.on('secureConnect', () => {
        const presented = (socket as TLSSocket).getPeerX509Certificate()?.fingerprint256;
        if (presented !== fingerprint) req.destroy(new Error(`certificate changed: ${presented ?? 'none'}`));
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('the host certificate', () => {
  it('is made on the first start, kept while it runs, and renewed a month before it expires', async () => {
    const dataDir = makeTempDir('aftersales-tls-');
    const names = { dnsNames: ['localhost', 'desk-host'], addresses: ['127.0.0.1', '192.168.1.20'] };
    const first = await hostCertificate(dataDir, names, new Date('2026-12-06T00:00:00Z'));
    const parsed = new X509Certificate(first.cert);
    expect(parsed.fingerprint256).toBe(first.fingerprint);
    expect(parsed.subjectAltName).toContain('IP Address:192.168.1.20');
    expect(parsed.subjectAltName).toContain('DNS:desk-host');
    expect(parsed.checkPrivateKey(createPrivateKey(first.key))).toBe(true);

    const again = await hostCertificate(dataDir, names, new Date('2027-06-01T00:00:00Z'));
    expect(again.fingerprint).toBe(first.fingerprint);
    // 825 days on, less than a month before it ends: a new one, with another fingerprint for desks to confirm.
    const renewed = await hostCertificate(dataDir, names, new Date(first.validTo.getTime() - 10 * 24 * 60 * 60 * 1000));
    expect(renewed.fingerprint).not.toBe(first.fingerprint);
    expect(renewed.validTo.getTime()).toBeGreaterThan(first.validTo.getTime());
  });
});

describe('address ranges', () => {
  it('allow what they name, IPv4 callers on dual-stack sockets included, and refuse a range that is none', () => {
    const ranges = new AddressRanges(['127.0.0.0/8', '192.168.1.0/24', '10.1.2.3', 'fd00::/8']);
    expect(ranges.includes('192.168.1.77')).toBe(true);
    expect(ranges.includes('::ffff:192.168.1.77')).toBe(true);
    expect(ranges.includes('10.1.2.3')).toBe(true);
    expect(ranges.includes('10.1.2.4')).toBe(false);
    expect(ranges.includes('192.168.2.1')).toBe(false);
    expect(ranges.includes('fd12::1')).toBe(true);
    expect(ranges.includes(undefined)).toBe(false);
    expect(() => new AddressRanges(['192.168.1.0/33'])).toThrow('192.168.1.0/33');
    expect(() => new AddressRanges(['the office'])).toThrow('the office');
    expect(defaultAllowedRanges([{ address: '192.168.1.20', family: 'IPv4', cidr: '192.168.1.20/24' }])).toEqual([
      '127.0.0.0/8',
      '::1/128',
      '192.168.1.20/24',
    ]);
  });
});

describe('the host over HTTPS', () => {
  let t: TestBackend;
  let certificate: HostCertificate;
  const servers: Server[] = [];

  async function serve(ranges: string[]): Promise<number> {
    const server = createWebServer({ backend: t.backend, rendererDir: null, tls: certificate, allowedRanges: new AddressRanges(ranges) }) as unknown as Server;
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  beforeAll(async () => {
    t = await createTestBackend();
    certificate = await hostCertificate(makeTempDir('aftersales-tls-'), { dnsNames: ['localhost'], addresses: ['127.0.0.1'] });
  });
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    t.close();
  });

  it('signs in over TLS with the pinned certificate and sets a Secure, HttpOnly, SameSite=Strict cookie', async () => {
    const port = await serve(['127.0.0.0/8']);
    const login = await sendPinned(port, certificate.fingerprint, {
      method: 'POST',
      path: '/api/auth.login',
      headers: { 'Content-Type': 'application/json', Origin: `https://127.0.0.1:${port}` },
      body: JSON.stringify({ username: ADMIN_USERNAME, password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/; HttpOnly; SameSite=Strict; Secure/);
    const me = await sendPinned(port, certificate.fingerprint, {
      method: 'POST',
      path: '/api/auth.me',
      headers: { 'Content-Type': 'application/json', Cookie: cookie.split(';')[0]! },
      body: '{}',
    });
    expect((JSON.parse(me.body) as Result<{ username: string } | null>).ok).toBe(true);
    // A desk that pinned another certificate refuses this one.
    await expect(sendPinned(port, 'AA:BB', { path: '/' })).rejects.toThrow('certificate changed');
  });

  it('refuses plain HTTP, a caller outside the allowed ranges, another site’s Origin and another Host', async () => {
    const port = await serve(['127.0.0.0/8']);
    await expect(
      new Promise((resolve, reject) => httpRequest({ host: '127.0.0.1', port, path: '/', agent: false }, resolve).on('error', reject).end()),
    ).rejects.toThrow();

    const outside = await serve(['10.0.0.0/8', '192.168.0.0/16']);
    const refused = await sendPinned(outside, certificate.fingerprint, { method: 'POST', path: '/api/auth.me', body: '{}' });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'addressNotAllowed' } });

    const crossSite = await sendPinned(port, certificate.fingerprint, {
      method: 'POST',
      path: '/api/auth.me',
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body)).toMatchObject({ error: { reason: 'crossOrigin' } });

    const otherHost = await sendPinned(port, certificate.fingerprint, { path: '/', headers: { Host: `desk.evil.example:${port}` } });
    expect(otherHost.status).toBe(403);
    expect(JSON.parse(otherHost.body)).toMatchObject({ error: { reason: 'unknownHost' } });
  });
});

describe('npm run serve -- --lan', () => {
  it('prints the HTTPS address of each network address and the fingerprint of the certificate it made', async () => {
    const dataDir = makeTempDir('aftersales-lan-cli-');
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/cli.ts', '--lan', '--listen-on', '127.0.0.1', '--port', '0', '--data-dir', dataDir, '--password-cost', '10'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        const timer = setTimeout(() => reject(new Error(`no fingerprint printed:\n${text}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (/Desks may connect from/.test(text)) {
            clearTimeout(timer);
            resolve(text);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${text}`)));
      });
      expect(output).toMatch(/^Aftersales Desk is serving on https:\/\/127\.0\.0\.1:\d+$/m);
      const fingerprint = /^SHA-256 fingerprint ([0-9A-F:]{95})$/m.exec(output)?.[1];
      const kept = await hostCertificate(dataDir, { dnsNames: [], addresses: [] });
      expect(fingerprint).toBe(kept.fingerprint);
      expect(output).toContain('127.0.0.0/8');

      // Stopped (an upgrade, a restart), it tells a listening desk first: that desk is signed out, saying why.
      const port = Number(/https:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
      const line = new HostClient(pinFromProbe(await probeHost({ name: '127.0.0.1', port }), fingerprint!));
      const desk: HostSession = { token: null };
      const setUp = await line.call(desk, 'auth.setup', { centerName: '华东售后服务中心', username: 'admin', displayName: '王建国', password: 'admin-pass-2026' });
      expect(setUp.ok).toBe(true);
      const heard: unknown[] = [];
      const stopListening = line.listen(desk, (event, data) => heard.push({ event, data }));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      stopListening();
      line.close();
      expect(heard).toContainEqual({ event: 'signedOut', data: { reason: 'stopped' } });
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
