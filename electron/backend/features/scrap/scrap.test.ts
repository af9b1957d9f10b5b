// Scrap records through invoke, on real SQLite: a stock part appraised, concluded scrap, approved by a department
// manager and disposed leaves stock by a scrap movement naming the record; a "keep" disposes of nothing; a rejection
// keeps its reason; refused: fewer than two appraisers, an inactive appraiser, a source that does not exist, a quantity
// finer than the unit, taking more than is in stock at disposal (naming the quantity), a clerk approving, a stale version.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

let t: TestBackend;
let side: Database.Database;
let clerk: SessionContext;
let manager: SessionContext;
let fuse: { id: number };
const GROUP = [
  { name: '张工', title: '工程师' },
  { name: '李工', title: '技术员' },
];

const onHand = (partId: number) => (side.prepare('SELECT on_hand FROM part_stock WHERE part_id = ?').pluck().get(partId) as number) / 1000;

async function concluded(quantity: number, conclusion: 'scrap' | 'keep' = 'scrap') {
  let r = await t.expectOk(clerk, 'scrap.create', { itemKind: 'stock_part', partId: fuse.id, quantity, reason: 'other', reasonText: '受潮' });
  r = await t.expectOk(clerk, 'scrap.startAppraisal', { id: r.id, version: r.version, appraisers: GROUP });
  return t.expectOk(clerk, 'scrap.conclude', { id: r.id, version: r.version, conclusion, proposedMethod: 'destroy' });
}

beforeAll(async () => {
  t = await createTestBackend();
  side = t.openSideConnection();
  clerk = await t.signInAs(['inventory_clerk']);
  manager = await t.signInAs(['dept_manager']);
  fuse = await t.expectOk(clerk, 'parts.create', { code: 'RD-10A', name: '熔断器', unit: '只', unitCostFen: 500 });
  await t.expectOk(clerk, 'stock.receive', { partId: fuse.id, quantity: 10, unitCostFen: 500 });
});
afterAll(() => {
  side.close();
  t.close();
});

describe('a scrap record', () => {
  it('of a stock part: appraised, concluded, approved and disposed, leaving stock by a scrap movement', async () => {
    let r = await t.expectOk(clerk, 'scrap.create', { itemKind: 'stock_part', partId: fuse.id, quantity: 3, reason: 'upgrade', reasonText: '旧型号淘汰' });
    expect(r.number).toMatch(/^BF-20261120-\d{4}$/);
    expect(r).toMatchObject({ state: 'draft', itemLabel: 'RD-10A 熔断器 × 3 只', quantity: 3, unit: '只', createdByName: expect.any(String) });
    r = await t.expectOk(clerk, 'scrap.update', { id: r.id, version: r.version, quantity: 4, itemDescription: '库存旧型号' });
    expect(r).toMatchObject({ quantity: 4, itemDescription: '库存旧型号' });
    r = await t.expectOk(clerk, 'scrap.startAppraisal', { id: r.id, version: r.version, appraisers: [...GROUP, { userId: t.adminId, name: '赵敏', title: '主任' }] });
    expect(r).toMatchObject({ state: 'appraising', organisedByName: expect.any(String), appraisers: [{ userId: null, name: '张工', title: '工程师' }, { name: '李工' }, { userId: t.adminId, name: '赵敏' }] });
    expect(await t.call(clerk, 'scrap.update', { id: r.id, version: r.version, quantity: 2 })).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'scrap.notNow' } });
    r = await t.expectOk(clerk, 'scrap.conclude', { id: r.id, version: r.version, conclusion: 'scrap', opinion: '已无使用价值', proposedMethod: 'sell_as_scrap' });
    expect(r).toMatchObject({ state: 'awaiting_approval', conclusion: 'scrap', proposedMethod: 'sell_as_scrap' });
    expect(await t.call(clerk, 'scrap.approve', { id: r.id, version: r.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    r = await t.expectOk(manager, 'scrap.approve', { id: r.id, version: r.version, approvedMethod: 'recycle' });
    expect(r).toMatchObject({ state: 'approved', approvedMethod: 'recycle', decidedByName: expect.any(String) });
    expect(onHand(fuse.id)).toBe(10);
    r = await t.expectOk(clerk, 'scrap.dispose', { id: r.id, version: r.version, note: '交物资回收公司' });
    expect(r).toMatchObject({ state: 'disposed', disposedByName: expect.any(String), scrapMovementId: expect.any(Number) });
    expect(onHand(fuse.id)).toBe(6);
    expect(side.prepare('SELECT kind, quantity, source_kind, source_id, source_number FROM stock_movements WHERE id = ?').get(r.scrapMovementId)).toEqual({
      kind: 'scrap',
      quantity: -4000,
      source_kind: 'scrap_record',
      source_id: r.id,
      source_number: r.number,
    });
    const audit = side.prepare("SELECT method FROM audit_log WHERE entity = 'scrap_record' AND entity_id = ? ORDER BY id").pluck().all(String(r.id));
    expect(audit).toEqual(['scrap.create', 'scrap.update', 'scrap.startAppraisal', 'scrap.conclude', 'scrap.approve', 'scrap.dispose']);
    expect((await t.expectOk(clerk, 'scrap.list', { state: 'disposed' })).items.map((item) => item.id)).toContain(r.id);
  });

  it('refuses disposing of more than is in stock, naming the quantity, and changes nothing', async () => {
    let r = await concluded(5);
    r = await t.expectOk(manager, 'scrap.approve', { id: r.id, version: r.version });
    await t.expectOk(clerk, 'stock.issue', { partId: fuse.id, quantity: onHand(fuse.id) - 2 });
    const result = await t.call(clerk, 'scrap.dispose', { id: r.id, version: r.version });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'stock.notEnough', details: { fields: [{ path: 'quantity', params: { asked: '5', available: '2' } }] } } });
    expect(await t.expectOk(clerk, 'scrap.get', { id: r.id })).toMatchObject({ state: 'approved', version: r.version });
    expect(onHand(fuse.id)).toBe(2);
  });

  it('kept by the group disposes of nothing; rejected keeps its reason', async () => {
    let kept = await concluded(1, 'keep');
    kept = await t.expectOk(manager, 'scrap.approve', { id: kept.id, version: kept.version });
    const before = onHand(fuse.id);
    kept = await t.expectOk(clerk, 'scrap.dispose', { id: kept.id, version: kept.version });
    expect(kept).toMatchObject({ state: 'disposed', scrapMovementId: null });
    expect(onHand(fuse.id)).toBe(before);
    const rejected = await concluded(1);
    expect(await t.expectOk(manager, 'scrap.reject', { id: rejected.id, version: rejected.version, reason: '尚可修复' })).toMatchObject({ state: 'rejected', rejectionReason: '尚可修复' });
  });

  it('refuses a group of one, an inactive member, a missing source, a quantity finer than the unit, a stale version', async () => {
    const r = await t.expectOk(clerk, 'scrap.create', { itemKind: 'stock_part', partId: fuse.id, quantity: 1, reason: 'other' });
    expect(await t.call(clerk, 'scrap.startAppraisal', { id: r.id, version: r.version, appraisers: [GROUP[0]!] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const gone = await t.createUser(['technician']);
    await t.expectOk(t.admin, 'users.update', { id: gone.id, version: gone.version, active: false });
    expect(await t.call(clerk, 'scrap.startAppraisal', { id: r.id, version: r.version, appraisers: [GROUP[0]!, { userId: gone.id, name: gone.displayName }] })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'appraisers.1.userId' }] } },
    });
    expect(await t.call(clerk, 'scrap.create', { itemKind: 'stock_part', partId: fuse.id, quantity: 1, reason: 'other', source: { kind: 'replacement_notice', id: 9999 } })).toMatchObject({
      ok: false,
      error: { code: 'validation', reason: 'scrap.unknownSource', details: { fields: [{ path: 'source.id' }] } },
    });
    expect(await t.call(clerk, 'scrap.create', { itemKind: 'stock_part', partId: fuse.id, quantity: 1.5, reason: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'quantity', key: 'validation.quantity.unitDecimals' }] } },
    });
    expect(await t.call(clerk, 'scrap.create', { itemKind: 'customer_unit', reason: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'equipmentId' }] } },
    });
    expect(await t.call(clerk, 'scrap.update', { id: r.id, version: r.version + 1, reasonText: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
