// The load of a whole center, shortened for the suite (the 10-minute figures are `npm run bench -- --only lan`): 30
// desks, each its own user and HTTPS line, on one host over real TLS on loopback (127.0.0.1 only), with the bench's mix
// at a quicker pace. Nothing may fail, every acknowledged create must be there once, every notice must reach every
// other desk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../backend/testing/fixture';
import type { HostClient } from '../main/host-link/client';
import { pinFromProbe, probeHost } from '../main/host-link/pin';
import { startLanHost, type LanHost } from './lan-host';
import { DESK_PASSWORD, prepareCenter, type CenterPlan } from './load/center';
import { httpsDeskLine, runDeskMix, type DeskLine } from './load/desk-mix';
import { readBack } from './load/readback';

const DESKS = 30;
const RUN_MS = 15_000;

describe('thirty desks on one host over TLS', () => {
  let t: TestBackend;
  let lan: LanHost;
  let plan: CenterPlan;
  const clients: HostClient[] = [];

  beforeAll(async () => {
    t = await createTestBackend();
    plan = await prepareCenter(t.backend, t.admin, { desks: DESKS, customers: 60, pastRequests: 60, partsPerStoreDesk: 5 });
    lan = await startLanHost({ backend: t.backend, dataDir: t.dataDir, rendererDir: null, port: 0, listenOn: '127.0.0.1', allow: ['127.0.0.0/8'] });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await lan?.close();
    t?.close();
  });

  it('work the mix with no error, every acknowledged create there once, every notice heard by every other desk', async () => {
    const probe = await probeHost({ name: '127.0.0.1', port: lan.port });
    const pin = pinFromProbe(probe, lan.certificate.fingerprint);
    const lines: DeskLine[] = plan.desks.map(() => {
      const { line, client } = httpsDeskLine(pin);
      clients.push(client);
      return line;
    });
    const result = await runDeskMix(
      { plan, lines, durationMs: RUN_MS, tagPrefix: 'LT', listen: true, thinkMs: { min: 500, max: 2_000 }, boardEveryMs: 5_000 },
      DESK_PASSWORD,
    );

    expect(result.errors).toEqual([]);
    // Every part of the mix ran: each desk kind's actions, and the complaint forms went along their route.
    for (const action of ['hotline.logCall', 'hotline.searchCustomers', 'hotline.searchRequests', 'hotline.complaintWork', 'hotline.board', 'complaintOffice.complaintWork', 'store.stockMovement', 'store.board']) {
      expect(result.actions[action] ?? 0, action).toBeGreaterThan(0);
    }
    for (const method of ['requests.create', 'complaints.create', 'complaints.review', 'complaints.route', 'stock.issue', 'requests.board', 'complaints.due']) {
      expect(result.timings.get(method)?.length ?? 0, method).toBeGreaterThan(0);
    }

    const kinds = new Set(result.acknowledged.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['complaint', 'movement', 'request']);
    const back = readBack(t.backend.databaseFile, 'LT', result.acknowledged, result.unanswered);
    expect(back).toMatchObject({ lost: [], duplicated: [], otherId: [], unexpected: [] });
    expect(back.rows).toBe(result.acknowledged.length);

    expect(result.notices).not.toBeNull();
    const notices = result.notices!;
    expect(notices.expected).toBeGreaterThan(DESKS * 10);
    expect({ missing: notices.missing, mismatched: notices.mismatched, delivered: notices.delivered }).toEqual({
      missing: 0,
      mismatched: 0,
      delivered: notices.expected,
    });
  }, 90_000);
});
