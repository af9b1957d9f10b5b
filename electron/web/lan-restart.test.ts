// The host killed with `kill -9` in the middle of three desks' stream of writes, and started again on the same data
// folder and port (the LAN issue): every write a desk had answered is there, none twice; a write the host made whose
// answer was lost before the kill, sent again with its key after it, is answered with the same record; and the desks
// go on by themselves (signing in again, their change streams open again). The host is a process of its own over real
// TLS on 127.0.0.1 only.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ChangeNotice } from '../../shared/live';
import { DATABASE_FILE_NAME } from '../backend/data-dir';
import { USER_PASSWORD, createTestBackend, makeTempDir } from '../backend/testing/fixture';
import { HostClient } from '../main/host-link/client';
import { remoteDeskHost, type DeskHost } from '../main/host-link/desk-host';
import { pinFromProbe, probeHost } from '../main/host-link/pin';
import { startHostProcess, type HostProcess } from './load/host-process';
import { readBack } from './load/readback';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Desk {
  name: string;
  username: string;
  host: DeskHost;
  session: { token: string | null };
  signIns: number;
  /** Change notices of other desks' calls logged, by writer, with when they were heard. */
  heard: Array<{ from: string; at: number }>;
}

describe('the host killed during a stream of writes', () => {
  const hosts: HostProcess[] = [];
  afterAll(async () => {
    for (const host of hosts) await host.kill();
  });

  it('keeps every acknowledged write once, and the desks carry on by themselves when it is back', async () => {
    const dataDir = makeTempDir('aftersales-kill-host-');
    const t = await createTestBackend({ dataDir });
    const users = [];
    for (let i = 1; i <= 3; i++) users.push(await t.createUser(['agent'], `kill.desk${i}`));
    const agent = await t.signIn(users[0]!.username);
    const customer = await t.expectOk(agent, 'customers.create', { name: '上海华通科技有限公司', kind: 'organization', contacts: [{ name: '王经理', phones: ['021-6288-5000'] }] });
    t.backend.close();

    const first = await startHostProcess({ dataDir, port: 0 });
    hosts.push(first);
    const pin = pinFromProbe(await probeHost({ name: '127.0.0.1', port: first.port }), first.fingerprint);

    const desks: Desk[] = users.map((user) => {
      const desk: Desk = { name: user.displayName, username: user.username, host: remoteDeskHost(new HostClient(pin)), session: { token: null }, signIns: 0, heard: [] };
      desk.host.onEvent((event, payload, isFor) => {
        const notice = payload as ChangeNotice;
        if (event === 'changed' && isFor(desk.session) && notice.method === 'requests.create' && notice.byName) desk.heard.push({ from: notice.byName, at: performance.now() });
      });
      return desk;
    });
    let stopping = false;
    /** The test failed: the desks give up resending. */
    let abandoned = false;
    const signIn = async (desk: Desk) => {
      while (!abandoned) {
        const answer = await desk.host.invoke(desk.session, 'auth.login', { username: desk.username, password: USER_PASSWORD });
        if (answer.ok) break;
        if (answer.ok === false && answer.error.reason !== 'network') throw new Error(`${desk.username} could not sign in: ${answer.error.message}`);
        await sleep(100);
      }
      desk.signIns += 1;
    };

    const acknowledged: Array<{ kind: 'request'; tag: string; id: number | null; at: number }> = [];
    const sent = new Set<string>();
    const errors: string[] = [];
    let resends = 0;
    /** While set, every answer is lost on its way to the desk (the host made the write; the desk sees a network failure). */
    let answersLost = false;
    /** The creates whose answer was lost, with the id the host had given. */
    const lost = new Map<string, number>();
    const stream = async (desk: Desk, n: number) => {
      for (let seq = 1; !stopping; seq++) {
        const tag = `KT-${n}-${seq}`;
        const key = randomUUID();
        sent.add(tag);
        const input = { callerPhone: '021-6288-5000', customerId: customer.id, kind: 'fault', channel: 'hotline', priority: 'general', subject: `录像机无法开机 [${tag}]` };
        for (;;) {
          if (abandoned) return;
          const answer = await desk.host.invoke(desk.session, 'requests.create', input, { idempotencyKey: key });
          if (answer.ok && answersLost) {
            lost.set(tag, (answer.value as { id: number }).id);
            resends += 1;
            await sleep(100);
            continue;
          }
          if (answer.ok) {
            acknowledged.push({ kind: 'request', tag, id: (answer.value as { id: number }).id, at: performance.now() });
            break;
          }
          resends += 1;
          if (answer.error.reason === 'network') await sleep(100);
          else if (answer.error.code === 'unauthenticated') await signIn(desk);
          else if (answer.error.reason === 'idempotency.alreadySaved') {
            // Made before the kill, its answer not kept: there, and not to be made again.
            acknowledged.push({ kind: 'request', tag, id: null, at: performance.now() });
            break;
          } else {
            errors.push(`${desk.username} ${tag}: ${answer.error.code} ${answer.error.message}`);
            break;
          }
        }
        await sleep(20);
      }
    };

    try {
      for (const desk of desks) await signIn(desk);
      const writing = Promise.all(desks.map((desk, i) => stream(desk, i + 1)));
      await sleep(2_000);
      // The answers stop reaching the desks: each desk's write is made on the host and sent again with its key, until
      // the host is killed with those writes made and unanswered.
      answersLost = true;
      await vi.waitUntil(() => [1, 2, 3].every((n) => [...lost.keys()].some((tag) => tag.startsWith(`KT-${n}-`))), { timeout: 10_000, interval: 20 });
      const beforeKill = acknowledged.length;
      await first.kill();
      answersLost = false;
      const second = await startHostProcess({ dataDir, port: first.port });
      hosts.push(second);
      expect(second.fingerprint).toBe(first.fingerprint);

      // Every desk signs in again by itself; then all three write on for a while, each hearing the others.
      await vi.waitUntil(() => desks.every((d) => d.signIns >= 2), { timeout: 15_000, interval: 50 });
      const allBack = performance.now();
      await vi.waitUntil(() => desks.every((_, i) => acknowledged.filter((a) => a.tag.startsWith(`KT-${i + 1}-`) && a.at > allBack + 1_000).length >= 3), { timeout: 10_000, interval: 50 });
      stopping = true;
      await writing;
      await second.stop();

      expect(errors).toEqual([]);
      expect(beforeKill).toBeGreaterThan(10);
      expect(resends).toBeGreaterThanOrEqual(3);
      expect(acknowledged.length).toBe(sent.size);
      const back = readBack(join(dataDir, DATABASE_FILE_NAME), 'KT', acknowledged, []);
      expect(back).toMatchObject({ lost: [], duplicated: [], otherId: [], unexpected: [] });
      expect(back.rows).toBe(sent.size);
      // Each write made and unanswered before the kill was answered after it with the record the host had made.
      expect(lost.size).toBeGreaterThanOrEqual(3);
      for (const [tag, id] of lost) expect(acknowledged.find((a) => a.tag === tag)?.id, tag).toBe(id);

      for (const desk of desks) {
        for (const other of desks.filter((d) => d !== desk)) {
          expect(desk.heard.filter((h) => h.from === other.name && h.at > allBack + 500).length, `${desk.name} hears ${other.name}`).toBeGreaterThan(0);
        }
      }
    } finally {
      stopping = true;
      abandoned = true;
      for (const desk of desks) desk.host.close();
    }
  }, 60_000);
});

