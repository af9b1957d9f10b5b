// Purchase requests through invoke: drafted by a clerk, approved by a department manager, received in two receipts
// whose lines are receipt movements (the parts' stock follows); rejected with a reason; refused where a step does not
// apply, for a role that may not take it, beyond what is outstanding, on a stale version; closed short; a reversed
// receipt movement re-opens its line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

let t: TestBackend;
let clerk: SessionContext;
let manager: SessionContext;
let supervisor: SessionContext;
let relay: { id: number };
let cable: { id: number };

beforeAll(async () => {
  t = await createTestBackend();
  clerk = await t.signInAs(['inventory_clerk']);
  manager = await t.signInAs(['dept_manager']);
  supervisor = await t.signInAs(['supervisor']);
  relay = await t.expectOk(clerk, 'parts.create', { code: 'JDQ-24V', name: '中间继电器', unit: '个', reorderPoint: 10, unitCostFen: 1200 });
  cable = await t.expectOk(clerk, 'parts.create', { code: 'DL-RVV', name: '控制电缆', unit: '米', unitCostFen: 350 });
  await t.expectOk(clerk, 'stock.receive', { partId: relay.id, quantity: 2, unitCostFen: 1000 });
});
afterAll(() => t.close());

async function submitted(lines: Array<{ partId: number; quantity: number | string; estimatedUnitCostFen?: number }>, reason = '检修备品不足') {
  const draft = await t.expectOk(clerk, 'purchases.create', { reason, lines });
  return t.expectOk(clerk, 'purchases.submit', { id: draft.id, version: draft.version });
}

describe('a purchase request', () => {
  it('is drafted, submitted, approved and received in two receipts, the stock following each', async () => {
    let request = await t.expectOk(clerk, 'purchases.create', {
      reason: '继电器低于最低库存',
      lines: [
        { partId: relay.id, quantity: 8 },
        { partId: cable.id, quantity: '12.5', estimatedUnitCostFen: 400 },
      ],
    });
    expect(request.number).toMatch(/^CG-20261120-\d{4}$/);
    expect(request).toMatchObject({ state: 'draft', requestedByName: expect.any(String), lineCount: 2, estimatedTotalFen: 8 * 1000 + 12.5 * 400 });
    // The relay's estimate defaults to its moving average (two received at 10 yuan).
    expect(request.lines).toMatchObject([
      { code: 'JDQ-24V', ordered: 8, received: 0, outstanding: 8, estimatedUnitCostFen: 1000, estimatedAmountFen: 8000, onHand: 2 },
      { code: 'DL-RVV', ordered: 12.5, outstanding: 12.5, estimatedAmountFen: 5000 },
    ]);

    request = await t.expectOk(clerk, 'purchases.update', { id: request.id, version: request.version, lines: [{ partId: relay.id, quantity: 10 }, { partId: cable.id, quantity: 12.5, estimatedUnitCostFen: 400 }] });
    expect(request.lines[0]).toMatchObject({ ordered: 10 });
    request = await t.expectOk(clerk, 'purchases.submit', { id: request.id, version: request.version });
    expect(request).toMatchObject({ state: 'submitted', submittedAt: t.clock.now() });
    expect((await t.expectOk(manager, 'purchases.waiting', {})).approval.map((r) => r.number)).toContain(request.number);

    request = await t.expectOk(manager, 'purchases.approve', { id: request.id, version: request.version });
    expect(request).toMatchObject({ state: 'approved', decidedByName: expect.any(String) });
    expect((await t.expectOk(clerk, 'purchases.waiting', {})).delivery.map((r) => r.number)).toContain(request.number);

    request = await t.expectOk(clerk, 'purchases.receive', {
      id: request.id,
      version: request.version,
      lines: [{ partId: relay.id, quantity: 6, unitCostFen: 1100 }],
      note: '第一批到货',
    });
    expect(request.state).toBe('partly_received');
    expect(request.receipts).toHaveLength(1);
    expect(request.receipts[0]!.number).toMatch(/^DH-20261120-\d{4}$/);
    expect(request.receipts[0]).toMatchObject({ note: '第一批到货', lines: [{ code: 'JDQ-24V', quantity: 6, unitCostFen: 1100, reversedById: null }] });
    expect(request.lines).toMatchObject([{ received: 6, outstanding: 4 }, { received: 0, outstanding: 12.5 }]);
    expect(await t.expectOk(clerk, 'stock.balance', { partId: relay.id })).toMatchObject({ balance: 8, valueFen: 2000 + 6600 });
    const history = await t.expectOk(clerk, 'stock.history', { sourceKind: 'purchase_receipt', sourceId: request.receipts[0]!.id });
    expect(history.items).toMatchObject([{ kind: 'receipt', quantity: 6, source: { kind: 'purchase_receipt', number: request.receipts[0]!.number, purchaseId: request.id }, reason: `${request.number} 第一批到货` }]);

    request = await t.expectOk(clerk, 'purchases.receive', {
      id: request.id,
      version: request.version,
      lines: [
        { partId: relay.id, quantity: 4 },
        { partId: cable.id, quantity: '12.5' },
      ],
    });
    expect(request.state).toBe('received');
    expect(request.lines).toMatchObject([{ received: 10, outstanding: 0 }, { received: 12.5, outstanding: 0 }]);
    // Without a unit cost a receipt takes the line's estimate.
    expect(request.receipts[1]!.lines).toMatchObject([{ quantity: 4, unitCostFen: 1000 }, { quantity: 12.5, unitCostFen: 400 }]);
    expect(await t.expectOk(clerk, 'stock.balance', { partId: relay.id })).toMatchObject({ balance: 12 });
    expect(await t.expectOk(clerk, 'stock.balance', { partId: cable.id })).toMatchObject({ balance: 12.5, valueFen: 5000 });
    expect((await t.expectOk(clerk, 'purchases.waiting', {})).delivery.map((r) => r.number)).not.toContain(request.number);
    expect((await t.expectOk(supervisor, 'purchases.list', { state: 'received' })).items.map((r) => r.number)).toEqual([request.number]);

    // A receipt movement reversed at the store re-opens its line and the request.
    const reversed = await t.expectOk(clerk, 'stock.reverse', { movementId: request.receipts[1]!.lines[1]!.movementId, reason: '数量点错' });
    expect(reversed.balance).toBe(0);
    request = await t.expectOk(clerk, 'purchases.get', { id: request.id });
    expect(request.state).toBe('partly_received');
    expect(request.lines[1]).toMatchObject({ received: 0, outstanding: 12.5 });
    expect(request.receipts[1]!.lines[1]!.reversedById).toBe(reversed.movement.id);

    const side = t.openSideConnection();
    const audit = side.prepare("SELECT method FROM audit_log WHERE entity = 'purchase_request' AND entity_id = ? ORDER BY id").pluck().all(String(request.id));
    side.close();
    expect(audit).toEqual(['purchases.create', 'purchases.update', 'purchases.submit', 'purchases.approve', 'purchases.receive', 'purchases.receive']);
  });

  // Twelve relays are in stock now, worth 126 yuan: an estimate by default is 10.50 yuan.
  it('is rejected with the reason by a manager, and a clerk may not approve or reject', async () => {
    const request = await submitted([{ partId: relay.id, quantity: 3 }]);
    expect(await t.call(clerk, 'purchases.approve', { id: request.id, version: request.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(clerk, 'purchases.reject', { id: request.id, version: request.version, reason: '不行' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(manager, 'purchases.reject', { id: request.id, version: request.version, reason: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'reason' }] } },
    });
    const rejected = await t.expectOk(manager, 'purchases.reject', { id: request.id, version: request.version, reason: '本季度预算已用完' });
    expect(rejected).toMatchObject({ state: 'rejected', rejectionReason: '本季度预算已用完' });
    expect(await t.call(manager, 'purchases.approve', { id: rejected.id, version: rejected.version })).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'purchases.notNow' } });
  });

  it('refuses a receipt in a draft, more than is outstanding naming the line, and a stale version', async () => {
    const draft = await t.expectOk(clerk, 'purchases.create', { reason: '备用', lines: [{ partId: relay.id, quantity: 2 }, { partId: cable.id, quantity: 5 }] });
    expect(await t.call(clerk, 'purchases.receive', { id: draft.id, version: draft.version, lines: [{ partId: relay.id, quantity: 1 }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'purchases.notNow' },
    });
    let request = await t.expectOk(clerk, 'purchases.submit', { id: draft.id, version: draft.version });
    expect(await t.call(clerk, 'purchases.submit', { id: draft.id, version: draft.version })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    request = await t.expectOk(manager, 'purchases.approve', { id: request.id, version: request.version });
    const before = await t.expectOk(clerk, 'stock.balance', { partId: relay.id });
    const refused = await t.call(clerk, 'purchases.receive', {
      id: request.id,
      version: request.version,
      lines: [
        { partId: relay.id, quantity: 1 },
        { partId: cable.id, quantity: 6 },
      ],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_state',
        reason: 'purchases.moreThanOutstanding',
        details: { fields: [{ path: 'lines.1.quantity', params: { part: 'DL-RVV 控制电缆', asked: '6', outstanding: '5', unit: '米' } }] },
      },
    });
    // Nothing of the refused receipt was posted.
    expect(await t.expectOk(clerk, 'stock.balance', { partId: relay.id })).toEqual(before);
    expect((await t.expectOk(clerk, 'purchases.get', { id: request.id })).receipts).toEqual([]);
    expect(await t.call(clerk, 'purchases.receive', { id: request.id, version: request.version, lines: [{ partId: relay.id, quantity: 1 }, { partId: relay.id, quantity: 1 }] })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'lines.1.partId', key: 'validation.purchaseDuplicatePart' }] } },
    });
    expect(await t.call(clerk, 'purchases.receive', { id: request.id, version: request.version, lines: [{ partId: 999_999, quantity: 1 }] })).toMatchObject({
      ok: false,
      error: { details: { fields: [{ path: 'lines.0.partId', key: 'validation.purchaseNotOnRequest' }] } },
    });
    expect(await t.call(manager, 'purchases.receive', { id: request.id, version: request.version, lines: [{ partId: relay.id, quantity: 1 }] })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('is closed short with lines outstanding, and takes nothing more', async () => {
    let request = await submitted([{ partId: cable.id, quantity: 20 }]);
    request = await t.expectOk(manager, 'purchases.approve', { id: request.id, version: request.version });
    request = await t.expectOk(clerk, 'purchases.receive', { id: request.id, version: request.version, lines: [{ partId: cable.id, quantity: 15 }] });
    request = await t.expectOk(clerk, 'purchases.closeShort', { id: request.id, version: request.version, reason: '厂家缺货，余量取消' });
    expect(request).toMatchObject({ state: 'closed_short', closeReason: '厂家缺货，余量取消', lines: [{ received: 15, outstanding: 5 }] });
    expect(await t.call(clerk, 'purchases.receive', { id: request.id, version: request.version, lines: [{ partId: cable.id, quantity: 5 }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
  });

  it('refuses a line of a part twice or of a quantity finer than its unit', async () => {
    expect(await t.call(clerk, 'purchases.create', { reason: '重复', lines: [{ partId: relay.id, quantity: 1 }, { partId: relay.id, quantity: 2 }] })).toMatchObject({
      ok: false,
      error: { details: { fields: [{ path: 'lines.1.partId', key: 'validation.purchaseDuplicatePart' }] } },
    });
    expect(await t.call(clerk, 'purchases.create', { reason: '小数', lines: [{ partId: relay.id, quantity: 1.5 }] })).toMatchObject({
      ok: false,
      error: { details: { fields: [{ path: 'lines.0.quantity', key: 'validation.quantity.unitDecimals' }] } },
    });
    expect(await t.call(clerk, 'purchases.create', { reason: '空', lines: [] })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('lists newest first by state, page by page', async () => {
    const all = await t.expectOk(supervisor, 'purchases.list', { limit: 2 });
    expect(all.items).toHaveLength(2);
    expect(all.items[0]!.id).toBeGreaterThan(all.items[1]!.id);
    const next = await t.expectOk(supervisor, 'purchases.list', { limit: 2, after: all.nextCursor! });
    expect(next.items[0]!.id).toBeLessThan(all.items[1]!.id);
    const rejected = await t.expectOk(supervisor, 'purchases.list', { state: 'rejected' });
    expect(rejected.items.every((r) => r.state === 'rejected')).toBe(true);
    expect(rejected.items[0]).toMatchObject({ lineCount: 1, partsText: 'JDQ-24V 中间继电器', estimatedTotalFen: 3 * 1050 });
  });
});
