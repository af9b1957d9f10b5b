// A work order's life on a real database: made from a fault report, dispatched, the visit recorded by a technician on
// it (and no one else), the parts through the ledger, the request's times and deadlines, the service log and the
// repair archive.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../testing/fixture';
import { fieldWorkSetup } from './setup.test-helpers';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function setup() {
  const s = await fieldWorkSetup();
  opened.push(s.t);
  return s;
}


describe('a work order from a fault report', () => {
  it('carries the customer, site, unit and fault over, is numbered PG-, and is dispatched and arrived', async () => {
    const s = await setup();
    const { t } = s;
    const created = await t.expectOk(s.dispatcher, 'workOrders.create', { requestId: s.request.id, technicianIds: [s.techId] });
    expect(created).toMatchObject({
      number: expect.stringMatching(/^PG-\d{8}-0001$/),
      state: 'draft',
      kind: 'repair',
      customerId: s.customerId,
      equipmentId: s.equipmentId,
      siteName: '一号机房',
      nature: '硬件',
      category: '录像设备',
      location: '一号机房机柜 A3',
      description: '一号机房的录像机断电后无法开机。',
      dueAt: s.request.deadlines.onSiteBy,
      technicians: [{ id: s.techId }],
    });
    expect(created.dayAt).toBe(s.request.deadlines.onSiteBy);
    const dispatched = await t.expectOk(s.dispatcher, 'workOrders.dispatch', { id: created.id, version: created.version });
    expect(dispatched.state).toBe('dispatched');
    t.clock.advance(3_600_000);
    const arrived = await t.expectOk(s.tech, 'workOrders.arrive', { id: created.id, version: dispatched.version });
    expect(arrived).toMatchObject({ state: 'on_site', arrivedAt: t.clock.now() });
    const page = await t.expectOk(s.tech, 'requests.get', { id: s.request.id });
    expect(page.request.arrivedAt).toBe(t.clock.now());
    expect(page.log.map((line) => line.kind)).toEqual(expect.arrayContaining(['workOrder.create', 'workOrder.dispatch', 'workOrder.arrive']));
    expect((await t.expectOk(s.tech, 'workOrders.get', { id: created.id })).state).toBe('on_site');
  });
});
