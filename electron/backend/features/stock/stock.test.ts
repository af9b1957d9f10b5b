// The store through invoke: a part is created, received at two costs, issued at the moving average, refused beyond
// its stock with the part, the quantity asked and the one available named; reversed; the fixed shapes of the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

let t: TestBackend;
let clerk: SessionContext;
let technician: SessionContext;

beforeAll(async () => {
  t = await createTestBackend();
  clerk = await t.signInAs(['inventory_clerk']);
  technician = await t.signInAs(['technician']);
});
afterAll(() => t.close());

describe('the ledger', () => {
  it('receives at two costs, issues at the moving average and keeps the balance the sum of the movements', async () => {
    const part = await t.expectOk(clerk, 'parts.create', { code: 'JDQ-001', name: '中间继电器', unit: '个', reorderPoint: 2 });
    expect(part).toMatchObject({ id: expect.any(Number), code: 'JDQ-001', onHand: 0, decimals: 0 });
    expect(await t.expectOk(clerk, 'stock.receive', { partId: part.id, quantity: 10, unitCostFen: 1000 })).toMatchObject({ balance: 10, valueFen: 10000 });
    expect(await t.expectOk(clerk, 'stock.receive', { partId: part.id, quantity: '１０', unitCostFen: 2000 })).toMatchObject({ balance: 20, valueFen: 30000 });
    const issued = await t.expectOk(clerk, 'stock.issue', { partId: part.id, quantity: 3, note: '检修领用' });
    expect(issued).toMatchObject({ balance: 17, valueFen: 25500, movement: { kind: 'issue', quantity: -3, valueFen: -4500, reason: '检修领用' } });
    expect(await t.expectOk(technician, 'stock.balance', { partId: part.id })).toEqual({ partId: part.id, balance: 17, valueFen: 25500, averageCostFen: 1500 });
  });

  it('refuses an issue beyond the stock, naming the part, what was asked and what is there, and changes nothing', async () => {
    const part = await t.expectOk(clerk, 'parts.create', { code: 'RD-32A', name: '熔断器', unit: '只' });
    await t.expectOk(clerk, 'stock.receive', { partId: part.id, quantity: 2 });
    const refused = await t.call(clerk, 'stock.issue', { partId: part.id, quantity: 3 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'stock.notEnough', details: { params: { part: 'RD-32A 熔断器', asked: '3', available: '2', unit: '只' } } },
    });
    expect(await t.expectOk(clerk, 'stock.balance', { partId: part.id })).toMatchObject({ balance: 2 });
  });

  it('refuses quantities that are zero, negative, finer than the unit, not numbers or too big', async () => {
    const part = await t.expectOk(clerk, 'parts.create', { code: 'DL-2.5', name: '电缆', unit: '米' });
    expect(part.decimals).toBe(2);
    for (const quantity of [0, -1, '0', 'abc', '1e3', 2e9, '1.2345']) {
      const result = await t.call(clerk, 'stock.receive', { partId: part.id, quantity });
      expect(result, String(quantity)).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'quantity' }] } } });
    }
    expect(await t.call(clerk, 'stock.receive', { partId: part.id, quantity: 1.005 })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'quantity', key: 'validation.quantity.unitDecimals', params: { unit: '米', decimals: 2 } }] } },
    });
    expect(await t.expectOk(clerk, 'stock.receive', { partId: part.id, quantity: '１２．５' })).toMatchObject({ balance: 12.5 });
    expect(await t.expectOk(clerk, 'stock.issue', { partId: part.id, quantity: 0.1 + 0.2 })).toMatchObject({ balance: 12.2 });
  });

  it('reverses a wrong movement once, by one that names it', async () => {
    const part = await t.expectOk(clerk, 'parts.create', { code: 'KG-01', name: '空气开关', unit: '个' });
    const receipt = await t.expectOk(clerk, 'stock.receive', { partId: part.id, quantity: 5, unitCostFen: 800 });
    const reversal = await t.expectOk(clerk, 'stock.reverse', { movementId: receipt.movement.id, reason: '数量录错' });
    expect(reversal).toMatchObject({ balance: 0, valueFen: 0, movement: { kind: 'receipt', quantity: -5, reversesId: receipt.movement.id } });
    expect(await t.call(clerk, 'stock.reverse', { movementId: receipt.movement.id, reason: '再来' })).toMatchObject({ ok: false, error: { reason: 'stock.alreadyReversed' } });
    const page = await t.expectOk(technician, 'parts.get', { id: part.id });
    expect(page.movements.map((m) => [m.quantity, m.reversedById])).toEqual([
      [-5, null],
      [5, reversal.movement.id],
    ]);
  });

  it('lets only inventory clerks move stock', async () => {
    const part = await t.expectOk(clerk, 'parts.create', { code: 'ZM-01', name: '照明灯', unit: '个' });
    expect(await t.call(technician, 'stock.receive', { partId: part.id, quantity: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses to edit or delete a movement in the database itself', async () => {
    const side = t.openSideConnection();
    try {
      expect(() => side.prepare('UPDATE stock_movements SET quantity = 99000').run()).toThrow(/never edited/);
      expect(() => side.prepare('DELETE FROM stock_movements').run()).toThrow(/never deleted/);
      expect(() => side.prepare('UPDATE part_stock SET on_hand = on_hand + 1000').run()).toThrow(/only by a movement/);
    } finally {
      side.close();
    }
  });

  it('finds parts by code, name fragment, pinyin, initials, spec and bin', async () => {
    const part = await t.expectOk(clerk, 'parts.create', { code: 'BYQ-220', name: '变压器', unit: '台', spec: 'SCB10-500', bin: 'C-03-01' });
    for (const query of ['BYQ-220', 'byq220', '压', '变压', 'bianya', 'byq', 'SCB10', 'c-03']) {
      const found = await t.expectOk(technician, 'parts.search', { query });
      expect(found.items.map((item) => item.id), query).toContain(part.id);
    }
    expect((await t.expectOk(technician, 'parts.byCode', { code: 'ＢＹＱ－２２０' })).part?.id).toBe(part.id);
  });
});
