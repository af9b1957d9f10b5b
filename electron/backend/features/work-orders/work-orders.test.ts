// A work order's life on a real database: made from a fault report, dispatched, the visit recorded by a technician on
// it (and no one else), the parts through the ledger, the request's times and deadlines, the service log and the
// repair archive.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../testing/fixture';
import { fieldWorkSetup, type FieldWorkSetup } from './setup.test-helpers';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function setup() {
  const s = await fieldWorkSetup();
  opened.push(s.t);
  return s;
}

const conduct = { tidyDress: true, companyBadge: true, shoeCovers: true, siteCleaned: false };
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A work order of the setup's fault report, dispatched to the setup's technician. */
async function dispatched(s: FieldWorkSetup, extra: { plannedParts?: Array<{ partId: number; quantity: number }> } = {}) {
  const created = await s.t.expectOk(s.dispatcher, 'workOrders.create', { requestId: s.request.id, technicianIds: [s.techId], ...extra });
  return s.t.expectOk(s.dispatcher, 'workOrders.dispatch', { id: created.id, version: created.version });
}

function requestRow(s: FieldWorkSetup) {
  const side = s.t.openSideConnection();
  try {
    return side.prepare('SELECT state, arrived_at, first_response_at, solved_at, next_due_kind, next_due_at FROM requests WHERE id = ?').get(s.request.id) as {
      state: string;
      arrived_at: number | null;
      first_response_at: number | null;
      solved_at: number | null;
      next_due_kind: string | null;
      next_due_at: number | null;
    };
  } finally {
    side.close();
  }
}

async function timelineKinds(s: FieldWorkSetup) {
  const { items } = await s.t.expectOk(s.dispatcher, 'customers.timeline', { equipmentId: s.equipmentId, limit: 100 });
  return items.filter((e) => e.kind.startsWith('workOrder.')).reverse();
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
    const told = t.clock.now() + 2 * 3_600_000;
    const edited = await t.expectOk(s.dispatcher, 'workOrders.update', { id: created.id, version: created.version, expectedAt: told, cause: '电源老化', technicianIds: [s.techId, s.otherTechId] });
    expect(edited).toMatchObject({ expectedAt: told, dayAt: told, cause: '电源老化' });
    expect(edited.technicians.map((p) => p.id).sort()).toEqual([s.techId, s.otherTechId].sort());
    const sent = await t.expectOk(s.dispatcher, 'workOrders.dispatch', { id: created.id, version: edited.version });
    expect(sent).toMatchObject({ state: 'dispatched', dispatchedAt: t.clock.now() });
    expect(requestRow(s).next_due_kind).toBe('respond');
    t.clock.advance(3_600_000);
    const arrived = await t.expectOk(s.tech, 'workOrders.arrive', { id: created.id, version: sent.version });
    expect(arrived).toMatchObject({ state: 'on_site', arrivedAt: t.clock.now() });
    // The request's arrival and first response follow, and its next deadline is the solution's.
    expect(requestRow(s)).toMatchObject({ arrived_at: t.clock.now(), first_response_at: t.clock.now(), next_due_kind: 'solve', next_due_at: s.request.deadlines.solveBy });
    const page = await t.expectOk(s.tech, 'requests.get', { id: s.request.id });
    expect(page.log.map((line) => line.kind)).toEqual(['created', 'workOrder.create', 'workOrder.update', 'workOrder.dispatch', 'workOrder.arrive']);
    expect(page.log.at(-1)!.details).toMatchObject({ workOrderId: created.id, number: created.number, at: t.clock.now(), requestArrival: true });
    expect((await timelineKinds(s)).map((e) => e.kind)).toEqual(['workOrder.created', 'workOrder.dispatched', 'workOrder.arrived']);
  });

  it('is refused from a request that is not a fault report, to someone not a technician, with parts unknown or in parts of a unit', async () => {
    const s = await setup();
    const { t } = s;
    const agent = await t.signInAs(['agent']);
    const consultation = await t.expectOk(agent, 'requests.create', { callerPhone: '021-6288 5000', kind: 'consultation', channel: 'hotline', priority: 'general', subject: '咨询保修期', description: '' });
    const field = (path: string, key: string) => ({ ok: false, error: { code: 'validation', reason: key, details: { fields: [expect.objectContaining({ path, key })] } } });
    expect(await t.call(s.dispatcher, 'workOrders.create', { requestId: consultation.id, technicianIds: [s.techId] })).toMatchObject(field('requestId', 'workOrders.notFaultReport'));
    const me = await t.expectOk(agent, 'auth.me', {});
    expect(await t.call(s.dispatcher, 'workOrders.create', { requestId: s.request.id, technicianIds: [me.id] })).toMatchObject(field('technicianIds', 'workOrders.notTechnician'));
    expect(await t.call(s.dispatcher, 'workOrders.create', { requestId: s.request.id, technicianIds: [s.techId], plannedParts: [{ partId: 99999, quantity: 1 }] })).toMatchObject(
      field('plannedParts.0.partId', 'validation.unknownPart'),
    );
    expect(
      await t.call(s.dispatcher, 'workOrders.create', { requestId: s.request.id, technicianIds: [s.techId], plannedParts: [{ partId: s.cableId, quantity: 2 }, { partId: s.partId, quantity: 1.5 }] }),
    ).toMatchObject(field('plannedParts.1.quantity', 'validation.quantity.unitDecimals'));
    expect(await t.call(s.tech, 'workOrders.create', { requestId: s.request.id, technicianIds: [s.techId] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await t.expectOk(s.dispatcher, 'workOrders.forRequest', { requestId: s.request.id })).length).toBe(0);
  });

  it('refuses a step its state does not allow, a stale version, and a technician not on it', async () => {
    const s = await setup();
    const { t } = s;
    const created = await t.expectOk(s.dispatcher, 'workOrders.create', { requestId: s.request.id, technicianIds: [s.techId] });
    expect(await t.call(s.tech, 'workOrders.arrive', { id: created.id, version: created.version })).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'workOrders.notNow' } });
    const sent = await t.expectOk(s.dispatcher, 'workOrders.dispatch', { id: created.id, version: created.version });
    expect(await t.call(s.dispatcher, 'workOrders.cancel', { id: created.id, version: created.version, reason: '重复' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.call(s.otherTech, 'workOrders.arrive', { id: created.id, version: sent.version })).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'workOrders.notYours' } });
    expect(await t.call(s.dispatcher, 'workOrders.arrive', { id: created.id, version: sent.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(s.tech, 'workOrders.arrive', { id: created.id, version: sent.version, at: t.clock.now() + 3_600_000 })).toMatchObject({
      ok: false,
      error: { details: { fields: [{ path: 'at', key: 'validation.inFuture' }] } },
    });
    expect((await t.expectOk(s.tech, 'workOrders.get', { id: created.id })).state).toBe('dispatched');
    const cancelled = await t.expectOk(s.dispatcher, 'workOrders.cancel', { id: created.id, version: sent.version, reason: '客户已自行排除' });
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: '客户已自行排除' });
    expect(await t.call(s.dispatcher, 'workOrders.update', { id: created.id, version: cancelled.version, tools: '万用表' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect((await timelineKinds(s)).map((e) => e.kind)).toEqual(['workOrder.created', 'workOrder.dispatched', 'workOrder.cancelled']);
  });

  it('parts issued and returned are movements of the ledger with the work order as source; a return beyond the issued is refused naming the line', async () => {
    const s = await setup();
    const { t } = s;
    const sent = await dispatched(s, { plannedParts: [{ partId: s.partId, quantity: 2 }] });
    expect(sent.plannedParts).toMatchObject([{ partId: s.partId, quantity: 2, onHand: 5, code: 'DY-12V2A', discontinued: false, substitutes: [] }]);
    const onSite = await t.expectOk(s.tech, 'workOrders.arrive', { id: sent.id, version: sent.version });
    const issued = await t.expectOk(s.tech, 'workOrders.recordParts', {
      id: sent.id,
      version: onSite.version,
      lines: [
        { partId: s.partId, kind: 'issue', quantity: 2 },
        { partId: s.cableId, kind: 'issue', quantity: 12.5 },
      ],
    });
    const tooMany = await t.call(s.tech, 'workOrders.recordParts', { id: sent.id, version: issued.version, lines: [{ partId: s.cableId, kind: 'return', quantity: 1 }, { partId: s.partId, kind: 'return', quantity: 3 }] });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'workOrders.returnMoreThanIssued', details: { fields: [{ path: 'lines.1.quantity', params: { asked: '3', issued: '2' } }] } } });
    const short = await t.call(s.tech, 'workOrders.recordParts', { id: sent.id, version: issued.version, lines: [{ partId: s.partId, kind: 'issue', quantity: 4 }] });
    expect(short).toMatchObject({ ok: false, error: { reason: 'stock.notEnough', details: { fields: [{ path: 'lines.0.quantity' }] } } });
    const returned = await t.expectOk(s.tech, 'workOrders.recordParts', { id: sent.id, version: issued.version, lines: [{ partId: s.partId, kind: 'return', quantity: 1 }] });
    expect(returned.partMovements.map((m) => [m.code, m.kind, m.quantity])).toEqual([
      ['DY-12V2A', 'issue', 2],
      ['DL-RVV', 'issue', 12.5],
      ['DY-12V2A', 'return', 1],
    ]);
    expect(returned.partsUsed.map((u) => [u.code, u.used, u.valueFen])).toEqual([
      ['DY-12V2A', 1, 1800],
      ['DL-RVV', 12.5, 6500],
    ]);
    // The store's ledger names the work order as the source of each movement.
    const clerk = await t.signInAs(['inventory_clerk']);
    const part = await t.expectOk(clerk, 'parts.get', { id: s.partId });
    expect(part.part.onHand).toBe(4);
    expect(part.movements.filter((m) => m.kind !== 'receipt').map((m) => m.source)).toEqual([
      { kind: 'work_order', id: sent.id, number: sent.number },
      { kind: 'work_order', id: sent.id, number: sent.number },
    ]);
    const side = t.openSideConnection();
    const sources = side.prepare("SELECT kind, quantity, source_kind, source_id, source_number FROM stock_movements WHERE part_id = ? AND kind <> 'receipt' ORDER BY id").all(s.partId);
    const audits = side.prepare("SELECT count(*) FROM audit_log WHERE method = 'workOrders.recordParts' AND entity = 'stock_movement'").pluck().get();
    side.close();
    expect(sources).toEqual([
      { kind: 'issue', quantity: -2000, source_kind: 'work_order', source_id: sent.id, source_number: sent.number },
      { kind: 'return', quantity: 1000, source_kind: 'work_order', source_id: sent.id, source_number: sent.number },
    ]);
    expect(audits).toBe(3);
    const recorded = (await timelineKinds(s)).filter((e) => e.kind === 'workOrder.partsRecorded');
    expect(recorded.map((e) => (e.details.parts as Array<{ code: string; kind: string; quantity: number }>).map((p) => `${p.code} ${p.kind} ${p.quantity}`))).toEqual([
      ['DY-12V2A issue 2', 'DL-RVV issue 12.5'],
      ['DY-12V2A return 1'],
    ]);
  });

  it('completed as solved solves the request (on to the customer’s confirmation where it is in progress), then the customer signs off', async () => {
    const s = await setup();
    const { t } = s;
    const agent = await t.signInAs(['agent']);
    const departments = (await t.expectOk(t.admin, 'departments.list', {})).items;
    let request = await t.expectOk(agent, 'requests.transition', { id: s.request.id, version: s.request.version, action: 'analyse', nature: '硬件故障', departmentId: departments[0]!.id });
    request = await t.expectOk(agent, 'requests.transition', { id: s.request.id, version: request.version, action: 'plan', solution: '更换电源', plannedBy: t.clock.now() + 86_400_000 });
    await t.expectOk(agent, 'requests.transition', { id: s.request.id, version: request.version, action: 'start' });
    const sent = await dispatched(s);
    t.clock.advance(600_000);
    const onSite = await t.expectOk(s.tech, 'workOrders.arrive', { id: sent.id, version: sent.version });
    expect(await t.call(s.tech, 'workOrders.complete', { id: sent.id, version: onSite.version, measures: '更换电源', outcome: 'solved', conduct, completedAt: onSite.arrivedAt! - 1 })).toMatchObject({
      ok: false,
      error: { details: { fields: [{ path: 'completedAt', key: 'workOrders.beforeArrival' }] } },
    });
    t.clock.advance(1_800_000);
    const done = await t.expectOk(s.tech, 'workOrders.complete', { id: sent.id, version: onSite.version, measures: '更换电源适配器，试运行正常', outcome: 'solved', conduct });
    expect(done).toMatchObject({ state: 'completed', completedAt: t.clock.now(), outcome: 'solved', conduct, measures: '更换电源适配器，试运行正常' });
    expect(requestRow(s)).toMatchObject({ state: 'awaiting_confirmation', solved_at: t.clock.now(), next_due_kind: null });
    const signed = await t.expectOk(s.tech, 'workOrders.signOff', { id: sent.id, version: done.version, signedName: '王经理', signature: PNG });
    expect(signed).toMatchObject({ state: 'signed_off', signedName: '王经理', signedAt: t.clock.now(), signature: PNG });
    const log = (await t.expectOk(agent, 'requests.get', { id: s.request.id })).log.map((line) => line.kind);
    // The request's own resolve line comes first: the work order's line says what it did to the request.
    expect(log.slice(-4)).toEqual(['workOrder.arrive', 'state.resolve', 'workOrder.complete', 'workOrder.signOff']);
    const events = await timelineKinds(s);
    expect(events.map((e) => e.kind)).toEqual(['workOrder.created', 'workOrder.dispatched', 'workOrder.arrived', 'workOrder.completed', 'workOrder.signedOff']);
    expect(events[3]!.details).toMatchObject({ workOrderId: sent.id, number: sent.number, outcome: 'solved' });
    const side = t.openSideConnection();
    const audited = side.prepare("SELECT method FROM audit_log WHERE entity = 'work_order' AND entity_id = ? ORDER BY id").pluck().all(String(sent.id));
    side.close();
    expect(audited).toEqual(['workOrders.create', 'workOrders.dispatch', 'workOrders.arrive', 'workOrders.complete', 'workOrders.signOff']);
  });

  it('a visit that needs the factory leaves the request unsolved; a request just accepted keeps its state when a visit solves it', async () => {
    const s = await setup();
    const { t } = s;
    const first = await dispatched(s);
    const onSite = await t.expectOk(s.tech, 'workOrders.arrive', { id: first.id, version: first.version });
    await t.expectOk(s.tech, 'workOrders.complete', { id: first.id, version: onSite.version, measures: '主板损坏，返厂', outcome: 'factory_repair', conduct });
    expect(requestRow(s)).toMatchObject({ state: 'accepted', solved_at: null, next_due_kind: 'solve' });
    const second = await dispatched(s);
    const again = await t.expectOk(s.tech, 'workOrders.arrive', { id: second.id, version: second.version });
    await t.expectOk(s.tech, 'workOrders.complete', { id: second.id, version: again.version, measures: '更换主板', outcome: 'solved', conduct });
    expect(requestRow(s)).toMatchObject({ state: 'accepted', solved_at: t.clock.now(), next_due_kind: null });
    expect((await t.expectOk(s.tech, 'workOrders.forRequest', { requestId: s.request.id })).map((w) => w.id)).toEqual([first.id, second.id]);
  });
});
