// Planned maintenance: plans of a customer, a site or a unit; the dedicated maintainer; the inspections made when plans
// are due (one per plan and due date, to the site's maintainer else the customer's, else a draft), and the plan moving on.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../testing/fixture';
import { fieldWorkSetup } from '../work-orders/setup.test-helpers';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

const DAY = 86_400_000;

async function setup() {
  const s = await fieldWorkSetup();
  opened.push(s.t);
  const planner = await s.t.signInAs(['supervisor']);
  return { ...s, planner };
}

describe('planned maintenance', () => {
  it('makes one inspection per due plan, to the maintainer or as a draft, due at the end of its day; moves the plan on; never twice', async () => {
    const s = await setup();
    const { t, planner } = s;
    // 2026-11-20 at the center (Asia/Shanghai): the fixture's clock.
    const due = await t.expectOk(planner, 'maintenance.createPlan', { customerId: s.customerId, siteId: s.siteId, intervalDays: 30, nextDueDate: '2026-11-20', notes: '检查 UPS 电池' });
    const missed = await t.expectOk(planner, 'maintenance.createPlan', { customerId: s.customerId, equipmentId: s.equipmentId, intervalDays: 7, nextDueDate: '2026-10-30' });
    const later = await t.expectOk(planner, 'maintenance.createPlan', { customerId: s.customerId, intervalDays: 90, nextDueDate: '2026-11-21' });
    const stopped = await t.expectOk(planner, 'maintenance.createPlan', { customerId: s.customerId, intervalDays: 90, nextDueDate: '2026-11-01' });
    await t.expectOk(planner, 'maintenance.updatePlan', { id: stopped.id, version: stopped.version, active: false });
    await t.expectOk(planner, 'maintenance.setMaintainer', { customerId: s.customerId, siteId: s.siteId, maintainerId: s.techId });
    expect(due).toMatchObject({ maintainerId: null, siteName: '一号机房', nextDueDate: '2026-11-20', active: true });

    const { created } = await t.expectOk(planner, 'maintenance.createDue', {});
    expect(created.map((w) => [w.kind, w.state, w.technicians.map((p) => p.id)])).toEqual([
      // The unit's plan: its site's maintainer.
      ['inspection', 'dispatched', [s.techId]],
      ['inspection', 'dispatched', [s.techId]],
    ]);
    const [missedOrder, dueOrder] = created;
    expect(dueOrder).toMatchObject({ customerId: s.customerId, siteName: '一号机房', subject: '日常巡检', late: false, dueAt: Date.UTC(2026, 10, 20, 16) - 1 });
    expect(missedOrder).toMatchObject({ equipmentId: s.equipmentId, late: true, dueAt: Date.UTC(2026, 9, 30, 16) - 1 });
    const plans = await t.expectOk(planner, 'maintenance.plans', { customerId: s.customerId });
    const byId = new Map(plans.map((p) => [p.id, p]));
    expect(byId.get(due.id)).toMatchObject({ nextDueDate: '2026-12-20', lastWorkOrder: { id: dueOrder!.id, state: 'dispatched' } });
    // Three weeks missed: one inspection, late, and the next visit after today.
    expect(byId.get(missed.id)!.nextDueDate).toBe('2026-11-27');
    expect(byId.get(later.id)).toMatchObject({ nextDueDate: '2026-11-21', lastWorkOrder: null });
    expect(byId.get(stopped.id)).toMatchObject({ nextDueDate: '2026-11-01', active: false, lastWorkOrder: null });
    expect((await t.expectOk(planner, 'maintenance.createDue', {})).created).toEqual([]);

    // The maintainer's list and the dispatcher's board show them; the missed one is late.
    const mine = await t.expectOk(s.tech, 'workOrders.mine', {});
    expect(mine.earlier.map((w) => w.id)).toEqual([missedOrder!.id]);
    expect(mine.today.map((w) => w.id)).toEqual([dueOrder!.id]);
    const board = await t.expectOk(s.dispatcher, 'workOrders.board', { kind: 'inspection' });
    expect(board.items.map((w) => [w.id, w.late])).toEqual([
      [missedOrder!.id, true],
      [dueOrder!.id, false],
    ]);
    const page = await t.expectOk(s.tech, 'workOrders.get', { id: dueOrder!.id });
    expect(page).toMatchObject({ planId: due.id, requestId: null, description: '日常巡检\n检查 UPS 电池' });

    // Next day: the plan without a maintainer makes a draft for the dispatcher.
    t.clock.advance(DAY);
    const next = await t.expectOk(await t.signInAs(['supervisor']), 'maintenance.createDue', {});
    expect(next.created.map((w) => [w.state, w.technicians])).toEqual([['draft', []]]);
    const dispatcher = await t.signInAs(['seat_manager']);
    const draft = await t.expectOk(dispatcher, 'workOrders.get', { id: next.created[0]!.id });
    expect(await t.call(dispatcher, 'workOrders.dispatch', { id: draft.id, version: draft.version })).toMatchObject({ ok: false, error: { reason: 'workOrders.noTechnician' } });
  });

  it('names the maintainers of a customer and its sites; refuses one not a technician, a site or unit of another customer', async () => {
    const s = await setup();
    const { t, planner } = s;
    const agent = await t.signInAs(['agent']);
    const other = await t.expectOk(agent, 'customers.create', { name: '苏州工业园区管委会', kind: 'organization', contacts: [{ name: '钱工', phones: ['0512-6666 8888'] }], sites: [{ name: '主楼' }] });
    const otherSite = (await t.expectOk(agent, 'customers.get', { id: other.id })).sites[0]!.id;
    await t.expectOk(planner, 'maintenance.setMaintainer', { customerId: s.customerId, maintainerId: s.otherTechId });
    await t.expectOk(planner, 'maintenance.setMaintainer', { customerId: s.customerId, siteId: s.siteId, maintainerId: s.techId });
    const me = await t.expectOk(agent, 'auth.me', {});
    const field = (path: string, key: string) => ({ ok: false, error: { code: 'validation', details: { fields: [expect.objectContaining({ path, key })] } } });
    expect(await t.call(planner, 'maintenance.setMaintainer', { customerId: s.customerId, maintainerId: me.id })).toMatchObject(field('maintainerId', 'maintenance.notTechnician'));
    expect(await t.call(planner, 'maintenance.setMaintainer', { customerId: s.customerId, siteId: otherSite, maintainerId: s.techId })).toMatchObject(field('siteId', 'maintenance.siteOfOtherCustomer'));
    expect(await t.call(planner, 'maintenance.createPlan', { customerId: other.id, equipmentId: s.equipmentId, intervalDays: 30, nextDueDate: '2026-12-01' })).toMatchObject(
      field('equipmentId', 'validation.equipmentOfOtherCustomer'),
    );
    expect(await t.call(s.tech, 'maintenance.setMaintainer', { customerId: s.customerId, maintainerId: null })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const plan = await t.expectOk(planner, 'maintenance.createPlan', { customerId: s.customerId, intervalDays: 60, nextDueDate: '2026-12-01' });
    expect(plan).toMatchObject({ maintainerId: s.otherTechId, siteId: null });
    const page = await t.expectOk(s.tech, 'maintenance.forCustomer', { customerId: s.customerId });
    expect(page).toMatchObject({ maintainerId: s.otherTechId, sites: [{ siteId: s.siteId, siteName: '一号机房', maintainerId: s.techId }], plans: [{ id: plan.id }] });
    const stale = await t.call(planner, 'maintenance.updatePlan', { id: plan.id, version: plan.version + 1, intervalDays: 30 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
