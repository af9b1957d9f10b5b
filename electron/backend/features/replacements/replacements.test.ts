// Replacement notices through invoke, on real SQLite: lent from a work order (its request, customer and unit carried
// over) with a loan-out movement; through the factory and the test back in, the spare returned by a loan-back movement,
// recovered; or the repair failed, a scrap record of the unit opened from the notice, approved and disposed (the unit
// scrapped), the spare the formal replacement, closed. Every step leaves its audit row, timeline event and service-log
// line; refused where the workflow does not allow it, on a stale version, for a role that may not, without the stock.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

let t: TestBackend;
let side: Database.Database;
let clerk: SessionContext;
let technician: SessionContext;
let manager: SessionContext;
let keeper: SessionContext;
let board: { id: number };
let customerId: number;
let requestId: number;
let workOrderId: number;
let unitSeq = 0;

async function newUnit(): Promise<{ id: number; serialNumber: string; version: number }> {
  unitSeq += 1;
  return t.expectOk(keeper, 'equipment.create', { customerId, model: 'DS-9664N-I8', serialNumber: `TH-UNIT-${unitSeq}` });
}

const onHand = (partId: number) => (side.prepare('SELECT on_hand FROM part_stock WHERE part_id = ?').pluck().get(partId) as number) / 1000;
const lifecycle = (id: number) => side.prepare('SELECT lifecycle FROM equipment WHERE id = ?').pluck().get(id) as string;
const timeline = (equipmentId: number) => side.prepare('SELECT kind FROM timeline_events WHERE equipment_id = ? ORDER BY id').pluck().all(equipmentId) as string[];

beforeAll(async () => {
  t = await createTestBackend();
  side = t.openSideConnection();
  clerk = await t.signInAs(['inventory_clerk']);
  technician = await t.signInAs(['technician']);
  manager = await t.signInAs(['dept_manager']);
  keeper = await t.signInAs(['agent', 'supervisor']);
  board = await t.expectOk(clerk, 'parts.create', { code: 'ZKB-01', name: '主控板', unit: '块', unitCostFen: 120_000 });
  await t.expectOk(clerk, 'stock.receive', { partId: board.id, quantity: 3, unitCostFen: 120_000 });
  const customer = await t.expectOk(keeper, 'customers.create', { name: '宁波港务集团', kind: 'organization', contacts: [{ name: '陈工', phones: ['13800138000'] }] });
  customerId = customer.id;
  const request = await t.expectOk(keeper, 'requests.create', {
    callerPhone: '13800138000',
    customerId,
    kind: 'fault',
    channel: 'hotline',
    priority: 'urgent',
    subject: '录像机无法开机',
    description: '主控板故障',
  });
  requestId = request.id;
  // The work order as its own back end stores it (dispatched): the notice reads only its row.
  const now = t.clock.now();
  workOrderId = Number(
    side
      .prepare(`INSERT INTO work_orders (number, kind, state, request_id, customer_id, day_at, created_at, updated_at) VALUES ('PG-20261120-0001', 'repair', 'dispatched', ?, ?, ?, ?, ?)`)
      .run(requestId, customerId, now, now, now).lastInsertRowid,
  );
});
afterAll(() => {
  side.close();
  t.close();
});

describe('a replacement notice', () => {
  it('lends a spare from a work order, follows the unit to the factory and back, returns the spare and is recovered', async () => {
    const unit = await newUnit();
    let n = await t.expectOk(clerk, 'replacements.create', {
      workOrderId,
      equipmentId: unit.id,
      reason: '主控板烧毁',
      sparePartId: board.id,
      spareSerial: 'BK-001',
      installedAt: t.clock.now() - 10 * 86_400_000,
    });
    expect(n.number).toMatch(/^TH-20261120-\d{4}$/);
    expect(n).toMatchObject({
      state: 'spare_installed',
      customerId,
      requestId,
      workOrderNumber: 'PG-20261120-0001',
      faultySerial: unit.serialNumber,
      spareQuantity: 1,
      spareUnit: '块',
      where: 'at_customer_replaced',
      installedAt: t.clock.now() - 10 * 86_400_000,
    });
    expect(onHand(board.id)).toBe(2);

    n = await t.expectOk(clerk, 'replacements.sendToFactory', { id: n.id, version: n.version, factory: '海康威视杭州工厂' });
    expect(n).toMatchObject({ state: 'at_factory', factory: '海康威视杭州工厂', where: 'at_factory' });
    expect(lifecycle(unit.id)).toBe('at_factory');
    const open = await t.expectOk(clerk, 'replacements.list', { openOnly: true });
    expect(open.items.find((item) => item.id === n.id)).toMatchObject({ ageDays: 10, where: 'at_factory' });

    n = await t.expectOk(technician, 'replacements.passTest', { id: n.id, version: n.version, result: '通电72小时无异常', tester: '王工', testedOn: '2026-11-30' });
    expect(n).toMatchObject({ state: 'tested', testResult: '通电72小时无异常', tester: '王工', testedOn: '2026-11-30', where: 'back_from_factory' });
    n = await t.expectOk(technician, 'replacements.reinstall', { id: n.id, version: n.version });
    expect(n).toMatchObject({ state: 'reinstalled', loanBackMovementId: expect.any(Number) });
    expect(lifecycle(unit.id)).toBe('in_service');
    expect(onHand(board.id)).toBe(3);
    n = await t.expectOk(clerk, 'replacements.recover', { id: n.id, version: n.version, remarks: '随派工单收回' });
    expect(n).toMatchObject({ state: 'recovered', recoveredAt: t.clock.now(), remarks: '随派工单收回', where: null });
    expect((await t.expectOk(clerk, 'replacements.list', { openOnly: true })).items.map((item) => item.id)).not.toContain(n.id);

    // The ledger shows the loan and its return, both naming the notice.
    const movements = side.prepare("SELECT kind, quantity, source_number FROM stock_movements WHERE source_kind = 'replacement_notice' AND source_id = ? ORDER BY id").all(n.id);
    expect(movements).toEqual([
      { kind: 'loan_out', quantity: -1000, source_number: n.number },
      { kind: 'loan_back', quantity: 1000, source_number: n.number },
    ]);
    expect(timeline(unit.id)).toEqual(
      expect.arrayContaining(['replacement.lent', 'replacement.sentToFactory', 'replacement.tested', 'replacement.reinstalled', 'replacement.recovered']),
    );
    const log = side.prepare("SELECT kind FROM service_log WHERE request_id = ? AND kind LIKE 'replacement.%' ORDER BY id").pluck().all(requestId);
    expect(log).toEqual(['replacement.lent', 'replacement.sentToFactory', 'replacement.tested', 'replacement.reinstalled', 'replacement.recovered']);
    const audited = side.prepare("SELECT count(*) FROM audit_log WHERE entity = 'replacement_notice' AND entity_id = ?").pluck().get(String(n.id));
    expect(audited).toBe(5);
  });

  it('on a failed repair opens a scrap record of the unit, which is approved and disposed; the spare becomes the formal replacement', async () => {
    const unit = await newUnit();
    let n = await t.expectOk(clerk, 'replacements.create', { equipmentId: unit.id, reason: '电源模块故障', sparePartId: board.id });
    n = await t.expectOk(clerk, 'replacements.sendToFactory', { id: n.id, version: n.version });
    n = await t.expectOk(clerk, 'replacements.failRepair', { id: n.id, version: n.version, reason: '芯片停产，无法修复' });
    expect(n).toMatchObject({ state: 'repair_failed', failureReason: '芯片停产，无法修复', where: 'awaiting_scrap', scrapRecord: { number: expect.stringMatching(/^BF-20261120-\d{4}$/), state: 'draft' } });
    let r = await t.expectOk(clerk, 'scrap.get', { id: n.scrapRecord!.id });
    expect(r).toMatchObject({ itemKind: 'customer_unit', equipmentId: unit.id, customerId, serial: unit.serialNumber, reason: 'repair_ineffective', reasonText: '芯片停产，无法修复', source: { kind: 'replacement_notice', id: n.id, number: n.number } });

    // Not closed with the spare unaccounted for: close only follows the formal replacement.
    expect(await t.call(clerk, 'replacements.close', { id: n.id, version: n.version })).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'replacements.notNow' } });

    r = await t.expectOk(clerk, 'scrap.startAppraisal', { id: r.id, version: r.version, appraisers: [{ name: '张工', title: '高级工程师' }, { userId: t.adminId, name: '赵敏' }] });
    r = await t.expectOk(clerk, 'scrap.conclude', { id: r.id, version: r.version, conclusion: 'scrap', opinion: '无修复价值', proposedMethod: 'return_to_maker' });
    expect(await t.call(clerk, 'scrap.approve', { id: r.id, version: r.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    r = await t.expectOk(manager, 'scrap.approve', { id: r.id, version: r.version });
    expect(r).toMatchObject({ state: 'approved', approvedMethod: 'return_to_maker', decidedByName: expect.any(String) });
    r = await t.expectOk(clerk, 'scrap.dispose', { id: r.id, version: r.version, note: '已退回厂家' });
    expect(r).toMatchObject({ state: 'disposed', disposalNote: '已退回厂家', scrapMovementId: null });
    expect(lifecycle(unit.id)).toBe('scrapped');

    n = await t.expectOk(clerk, 'replacements.get', { id: n.id });
    n = await t.expectOk(clerk, 'replacements.formallyReplace', { id: n.id, version: n.version, text: '备品 ZKB-01 正式代替原主控板，列入用户设备台账' });
    expect(n).toMatchObject({ state: 'formally_replaced', formalReplacement: '备品 ZKB-01 正式代替原主控板，列入用户设备台账' });
    expect(lifecycle(unit.id)).toBe('scrapped');
    n = await t.expectOk(clerk, 'replacements.close', { id: n.id, version: n.version });
    expect(n).toMatchObject({ state: 'closed', loanBackMovementId: null, scrapRecord: { state: 'disposed' } });
    expect(timeline(unit.id)).toEqual(
      expect.arrayContaining(['replacement.repairFailed', 'scrap.opened', 'scrap.appraisalStarted', 'scrap.concluded', 'scrap.approved', 'scrap.disposed', 'replacement.formallyReplaced', 'replacement.closed']),
    );
    // The spare stays out of the store: lent, never returned.
    expect(side.prepare("SELECT kind FROM stock_movements WHERE source_kind = 'replacement_notice' AND source_id = ?").pluck().all(n.id)).toEqual(['loan_out']);
  });

  it('before its scrap record is disposed of, formal replacement marks the unit replaced', async () => {
    const unit = await newUnit();
    let n = await t.expectOk(clerk, 'replacements.create', { equipmentId: unit.id, reason: '风扇故障', sparePartId: board.id });
    n = await t.expectOk(clerk, 'replacements.sendToFactory', { id: n.id, version: n.version });
    n = await t.expectOk(clerk, 'replacements.failRepair', { id: n.id, version: n.version, reason: '厂家不再维修', scrapReason: 'upgrade' });
    n = await t.expectOk(clerk, 'replacements.formallyReplace', { id: n.id, version: n.version, text: '备品正式代替' });
    expect(n.scrapRecord).toMatchObject({ state: 'draft' });
    expect(lifecycle(unit.id)).toBe('replaced');
    expect(await t.call(clerk, 'replacements.create', { equipmentId: unit.id, reason: '再次故障', sparePartId: board.id })).toMatchObject({
      ok: false,
      error: { reason: 'replacements.unitRetired', details: { fields: [{ path: 'equipmentId' }] } },
    });
  });

  it('refuses lending more than is in stock, naming the spare and the quantity, and changes nothing', async () => {
    const unit = await newUnit();
    const before = side.prepare('SELECT count(*) FROM replacement_notices').pluck().get();
    const result = await t.call(clerk, 'replacements.create', { equipmentId: unit.id, reason: '整机故障', sparePartId: board.id, quantity: 50 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'stock.notEnough', details: { fields: [{ path: 'sparePartId' }, { path: 'quantity', params: { asked: '50' } }] } } });
    expect(side.prepare('SELECT count(*) FROM replacement_notices').pluck().get()).toBe(before);
  });

  it('refuses a draft or cancelled work order, an unknown one, and a notice naming no unit', async () => {
    const now = t.clock.now();
    const cancelled = Number(
      side
        .prepare(`INSERT INTO work_orders (number, kind, state, request_id, customer_id, day_at, created_at, updated_at) VALUES ('PG-20261120-0002', 'repair', 'cancelled', ?, ?, ?, ?, ?)`)
        .run(requestId, customerId, now, now, now).lastInsertRowid,
    );
    expect(await t.call(clerk, 'replacements.create', { workOrderId: cancelled, reason: 'x', sparePartId: board.id, faultySerial: 'S1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'replacements.workOrderNotActive' },
    });
    expect(await t.call(clerk, 'replacements.create', { workOrderId: 99_999, reason: 'x', sparePartId: board.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'workOrderId' }] } },
    });
    expect(await t.call(clerk, 'replacements.create', { reason: 'x', sparePartId: board.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'faultySerial' }] } },
    });
  });

  it('lets a technician test and reinstall but not lend; refuses a stale version and a step out of turn', async () => {
    const unit = await newUnit();
    expect(await t.call(technician, 'replacements.create', { equipmentId: unit.id, reason: '故障', sparePartId: board.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    let n = await t.expectOk(clerk, 'replacements.create', { equipmentId: unit.id, reason: '故障', sparePartId: board.id });
    expect(await t.call(technician, 'replacements.sendToFactory', { id: n.id, version: n.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(clerk, 'replacements.reinstall', { id: n.id, version: n.version })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    n = await t.expectOk(clerk, 'replacements.sendToFactory', { id: n.id, version: n.version });
    expect(await t.call(clerk, 'replacements.passTest', { id: n.id, version: n.version - 1, result: '合格', tester: '李工', testedOn: '2026-11-21' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    n = await t.expectOk(technician, 'replacements.passTest', { id: n.id, version: n.version, result: '合格', tester: '李工', testedOn: '2026-11-21' });
    n = await t.expectOk(technician, 'replacements.reinstall', { id: n.id, version: n.version });
    expect(await t.call(technician, 'replacements.recover', { id: n.id, version: n.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lists newest first by state and by unit, and the open ones oldest first page by page', async () => {
    const unit = await newUnit();
    const made = [];
    for (let i = 0; i < 3; i++) {
      made.push(await t.expectOk(clerk, 'replacements.create', { equipmentId: unit.id, reason: `批量 ${i}`, sparePartId: board.id, quantity: 0 + 1, installedAt: t.clock.now() - (3 - i) * 86_400_000 }));
      await t.expectOk(clerk, 'stock.receive', { partId: board.id, quantity: 1 });
    }
    const byUnit = await t.expectOk(clerk, 'replacements.list', { equipmentId: unit.id });
    expect(byUnit.items.map((item) => item.id)).toEqual(made.map((n) => n.id).reverse());
    const installed = await t.expectOk(clerk, 'replacements.list', { state: 'spare_installed', limit: 2 });
    expect(installed.items.every((item) => item.state === 'spare_installed')).toBe(true);
    const ids: number[] = [];
    let after: string | undefined;
    do {
      const page = await t.expectOk(clerk, 'replacements.list', { openOnly: true, limit: 2, ...(after && { after }) });
      ids.push(...page.items.map((item) => item.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    const open = side.prepare("SELECT id FROM replacement_notices WHERE state NOT IN ('recovered', 'closed') ORDER BY installed_at, id").pluck().all();
    expect(ids).toEqual(open);
  });
});
