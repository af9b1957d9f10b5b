// Change notices over the browser transport (the LAN issue): a desk listening on GET /api/events hears of another
// desk's write within a second, not of its own, and only while signed in.
import { get, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ADMIN_USERNAME, createTestBackend, USER_PASSWORD, type TestBackend } from '../backend/testing/fixture';
import type { ChangeNotice } from '../../shared/live';
import { createWebServer } from './server';

let t: TestBackend;
let server: Server;
let port: number;

beforeAll(async () => {
  t = await createTestBackend();
  await t.createUser(['agent'], 'first');
  await t.createUser(['agent'], 'second');
  server = createWebServer({ backend: t.backend, rendererDir: null });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  t.close();
});

function post(path: string, body: unknown, cookie = ''): Promise<{ status: number; cookie: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { 'Content-Type': 'application/json', ...(cookie && { Cookie: cookie }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie'] ?? '').split(';')[0]!, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const signIn = async (username: string, password = USER_PASSWORD) => (await post('/api/auth.login', { username, password })).cookie;

/** Opens the stream; `notices` fills as events arrive. */
function listen(cookie: string): Promise<{ response: IncomingMessage; notices: Array<ChangeNotice & { receivedAt: number }> }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/api/events', headers: { Cookie: cookie, Accept: 'text/event-stream' } }, (response) => {
      const notices: Array<ChangeNotice & { receivedAt: number }> = [];
      let buffer = '';
      response.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: changed$/m.test(block) && data) notices.push({ ...(JSON.parse(data) as ChangeNotice), receivedAt: Date.now() });
        }
      });
      resolve({ response, notices });
    }).on('error', reject);
  });
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('change notices', () => {
  it('reach the other desk within a second, name the write and who made it, and skip the writer’s own desk', async () => {
    const first = await signIn('first');
    const second = await signIn('second');
    const watching = await listen(first);
    const writer = await listen(second);
    expect(watching.response.statusCode).toBe(200);
    expect(watching.response.headers['content-type']).toContain('text/event-stream');

    const sentAt = Date.now();
    const created = await post('/api/customers.create', { name: '镇江实时通知有限公司', kind: 'organization', contacts: [] }, second);
    expect(created.status).toBe(200);
    await until(() => watching.notices.length > 0);
    expect(watching.notices).toEqual([expect.objectContaining({ method: 'customers.create', byName: expect.any(String) })]);
    expect(watching.notices[0]!.receivedAt - sentAt).toBeLessThan(1000);
    // A refused write changes nothing and is not announced; the writer's own stream hears nothing of its write.
    expect((await post('/api/customers.create', { name: '', kind: 'organization', contacts: [] }, second)).status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(watching.notices).toHaveLength(1);
    expect(writer.notices).toEqual([]);
    watching.response.destroy();
    writer.response.destroy();
  });

  it('name the record a write changed in place, at its new version, and none for a record created', async () => {
    const first = await signIn('first');
    const second = await signIn('second');
    const watching = await listen(first);
    const created = JSON.parse((await post('/api/customers.create', { name: '丹阳通知记录有限公司', kind: 'organization', contacts: [] }, second)).body) as {
      value: { id: number; version: number };
    };
    const { id, version } = created.value;
    expect((await post('/api/customers.update', { id, version, notes: '改过一次' }, second)).status).toBe(200);
    await until(() => watching.notices.length >= 2);
    expect(watching.notices.map((notice) => [notice.method, notice.record])).toEqual([
      ['customers.create', null],
      ['customers.update', { kind: 'customer', id, version: version + 1 }],
    ]);
    watching.response.destroy();
  });

  it('tell a desk its session was ended by the administrator, and every desk that a restore signed them out', async () => {
    const first = await signIn('first');
    const second = await signIn('second');
    const admin = await signIn(ADMIN_USERNAME, ADMIN_PASSWORD);
    const streams = [await listen(first), await listen(second)];
    const signedOut = streams.map((stream) => {
      let text = '';
      stream.response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      return new Promise<string>((resolve) => stream.response.on('end', () => resolve(text)));
    });
    const { value } = JSON.parse((await post('/api/sessions.list', {}, admin)).body) as { value: { items: Array<{ id: string; username: string }> } };
    // The first test's sessions of the same user are still open: end them all.
    for (const desk of value.items.filter((d) => d.username === 'second')) {
      expect((await post('/api/sessions.end', { id: desk.id }, admin)).status).toBe(200);
    }
    expect(await signedOut[1]).toMatch(/event: signedOut\ndata: \{"reason":"ended"\}/);

    const backup = JSON.parse((await post('/api/backup.create', {}, admin)).body) as { value: { id: string } };
    expect((await post('/api/backup.restore', { id: backup.value.id }, admin)).status).toBe(200);
    expect(await signedOut[0]).toMatch(/event: signedOut\ndata: \{"reason":"restored"\}/);
  });

  it('are refused to a caller who is not signed in', async () => {
    const stream = await listen('aftersales_session=forged');
    expect(stream.response.statusCode).toBe(401);
    stream.response.destroy();
  });
});
