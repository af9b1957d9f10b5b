// What the ledger refuses, at the database and at the door. The database itself (a side connection, as someone editing
// the file would have): a movement is never updated or deleted, an insert must continue the part's balance and value,
// the stock row moves only with a movement (not by UPDATE, INSERT OR REPLACE or DELETE). Through invoke: quantities
// that are zero, negative, finer than the unit, not numbers (NaN, Infinity, null, objects), too big, or text with
// stray commas and spaces are refused on the quantity field and change nothing; full-width digits and proper
// thousands separators are read as plain numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, databaseDigest, type TestBackend } from '../../testing/fixture';

let t: TestBackend;
let clerk: SessionContext;
let side: Database.Database;
/** A part in 个 with 5 in stock (two receipts), one in 米 with 12.5, one in 千克 with nothing. */
let piece: { id: number };
let metre: { id: number };
let kilo: { id: number };

beforeAll(async () => {
  t = await createTestBackend();
  clerk = await t.signInAs(['inventory_clerk']);
  piece = await t.expectOk(clerk, 'parts.create', { code: 'JCQ-18', name: '交流接触器', unit: '个', unitCostFen: 6800 });
  metre = await t.expectOk(clerk, 'parts.create', { code: 'DL-RVV3', name: '电力电缆', unit: '米' });
  kilo = await t.expectOk(clerk, 'parts.create', { code: 'RZ-704', name: '导热硅脂', unit: '千克' });
  await t.expectOk(clerk, 'stock.receive', { partId: piece.id, quantity: 2, unitCostFen: 6000 });
  await t.expectOk(clerk, 'stock.receive', { partId: piece.id, quantity: 3, unitCostFen: 7000 });
  await t.expectOk(clerk, 'stock.receive', { partId: metre.id, quantity: 12.5, unitCostFen: 320 });
  side = t.openSideConnection();
});
afterAll(() => {
  side.close();
  t.close();
});

const stockOf = (partId: number) => side.prepare('SELECT on_hand, value_fen FROM part_stock WHERE part_id = ?').get(partId) as { on_hand: number; value_fen: number };
const lastMovement = (partId: number) =>
  side.prepare('SELECT * FROM stock_movements WHERE part_id = ? ORDER BY id DESC LIMIT 1').get(partId) as Record<string, number | string | null>;

describe('the database refuses to rewrite the ledger', () => {
  it('never updates or deletes a movement, whatever the column', () => {
    const last = lastMovement(piece.id);
    const digest = databaseDigest(side);
    for (const change of ["reason = '改'", 'quantity = 1000', 'value_fen = 0', 'at = 0', 'by_user = NULL', 'part_id = part_id']) {
      expect(() => side.prepare(`UPDATE stock_movements SET ${change} WHERE id = ?`).run(last.id), change).toThrow(/never edited/);
    }
    expect(() => side.prepare('DELETE FROM stock_movements WHERE id = ?').run(last.id)).toThrow(/never deleted/);
    expect(() => side.prepare('INSERT OR REPLACE INTO stock_movements SELECT * FROM stock_movements WHERE id = ?').run(last.id)).toThrow();
    expect(databaseDigest(side)).toBe(digest);
  });

  it('refuses an insert that does not continue the balance and value of the part', () => {
    const { on_hand, value_fen } = stockOf(piece.id);
    const insert = side.prepare(
      `INSERT INTO stock_movements (part_id, kind, quantity, value_fen, balance_after, value_after_fen, at) VALUES (?, 'receipt', ?, ?, ?, ?, 0)`,
    );
    const digest = databaseDigest(side);
    // A balance that skips, a value that does not add up, a movement of a part that has no stock row.
    expect(() => insert.run(piece.id, 1000, 100, on_hand + 2000, value_fen + 100)).toThrow(/continue the part's balance/);
    expect(() => insert.run(piece.id, 1000, 100, on_hand + 1000, value_fen + 999)).toThrow(/continue the part's balance/);
    expect(() => insert.run(piece.id, -(on_hand + 1000), -value_fen, -1000, 0)).toThrow(/CHECK|continue/);
    expect(() => insert.run(987_654, 1000, 100, 1000, 100)).toThrow();
    expect(databaseDigest(side)).toBe(digest);
    // One that does continue it is a movement like any other: the stock row follows.
    side.transaction(() => insert.run(kilo.id, 250, 1000, 250, 1000))();
    expect(stockOf(kilo.id)).toEqual({ on_hand: 250, value_fen: 1000 });
  });

  it('moves the stock row only with a movement: no UPDATE, INSERT OR REPLACE or DELETE by hand', () => {
    const digest = databaseDigest(side);
    for (const change of ['on_hand = on_hand + 1000', 'value_fen = value_fen + 100', 'value_fen = 0', 'on_hand = 0, value_fen = 0', `part_id = ${kilo.id}`]) {
      expect(() => side.prepare(`UPDATE part_stock SET ${change} WHERE part_id = ?`).run(piece.id), change).toThrow(/only by a movement/);
    }
    expect(() => side.prepare('INSERT OR REPLACE INTO part_stock (part_id) VALUES (?)').run(piece.id)).toThrow(/only by a movement/);
    expect(() => side.prepare('DELETE FROM part_stock WHERE part_id = ?').run(piece.id)).toThrow(/only by a movement/);
    expect(databaseDigest(side)).toBe(digest);
  });
});

describe('the door refuses bad quantities', () => {
  const refusedOnQuantity = async (method: 'stock.receive' | 'stock.issue' | 'stock.returnToStock', partId: number, quantity: unknown) => {
    const result = await t.call(clerk, method, { partId, quantity } as never);
    expect(result, `${method} ${String(quantity)}`).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!result.ok) expect(result.error.details?.fields?.[0]?.path, `${method} ${String(quantity)}`).toBe('quantity');
  };

  it('refuses zero, negative, not-a-number, too big and badly separated quantities, and changes nothing', async () => {
    const digest = databaseDigest(side);
    const bad: unknown[] = [
      0, -0, '0', '0.000', -1, '-1', '－１', 0.0001, '0.0004',
      NaN, Infinity, -Infinity, 'NaN', 'Infinity', '1e309', null, true, [], {}, [1], '', ' ', '一', '1e3', '0x10', '1/2', '½',
      1e9 + 1, 1e300, Number.MAX_SAFE_INTEGER, '1000000001', '99999999999', '1'.repeat(41),
      '1,5', '1,50', '12,34,567', '1 5', '1,000 000', '1,000.', '.5', '5.', ',100', '1..5', '1.2.3',
    ];
    for (const quantity of bad) {
      await refusedOnQuantity('stock.receive', piece.id, quantity);
      await refusedOnQuantity('stock.issue', metre.id, quantity);
    }
    expect(databaseDigest(side)).toBe(digest);
  });

  it('refuses quantities finer than the unit allows, naming the unit and its decimals', async () => {
    const digest = databaseDigest(side);
    for (const [part, unit, decimals, quantities] of [
      [piece, '个', 0, [1.5, '0.5', '２．５', 0.1 + 0.2]],
      [metre, '米', 2, [1.005, '0.125', '1,000.001']],
    ] as const) {
      for (const quantity of quantities) {
        for (const method of ['stock.receive', 'stock.issue', 'stock.returnToStock'] as const) {
          expect(await t.call(clerk, method, { partId: part.id, quantity }), `${method} ${quantity} ${unit}`).toMatchObject({
            ok: false,
            error: { code: 'validation', details: { fields: [{ path: 'quantity', key: 'validation.quantity.unitDecimals', params: { unit, decimals } }] } },
          });
        }
      }
    }
    // Four decimals are too many for any unit: refused by the schema before the part is even read.
    expect(await t.call(clerk, 'stock.receive', { partId: kilo.id, quantity: '1.0005' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await t.call(clerk, 'stock.adjust', { partId: piece.id, quantity: -0.5, reason: '盘亏' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(databaseDigest(side)).toBe(digest);
  });

  it('reads full-width digits, spaces around and proper thousands separators as plain numbers', async () => {
    const before = stockOf(metre.id).on_hand;
    const accepted: Array<[unknown, number]> = [
      ['１２．５', 12_500],
      ['  3  ', 3000],
      ['+2', 2000],
      ['1,000', 1_000_000],
      ['1 000.25', 1_000_250],
      ['１，０００', 1_000_000],
      ['2\u00a0000', 2_000_000],
      ['0.10', 100],
    ];
    let expected = before;
    for (const [quantity, milli] of accepted) {
      const posted = await t.expectOk(clerk, 'stock.receive', { partId: metre.id, quantity: quantity as string, unitCostFen: 300 });
      expected += milli;
      expect(posted.movement.quantity, String(quantity)).toBe(milli / 1000);
      expect(stockOf(metre.id).on_hand).toBe(expected);
    }
    // A signed full-width quantity for an adjustment; then the whole stock issued, to the last hundredth.
    expect(await t.expectOk(clerk, 'stock.adjust', { partId: metre.id, quantity: '－０．５', reason: '盘亏' })).toMatchObject({ movement: { quantity: -0.5 } });
    const all = stockOf(metre.id).on_hand / 1000;
    expect(await t.expectOk(clerk, 'stock.issue', { partId: metre.id, quantity: String(all) })).toMatchObject({ balance: 0, valueFen: 0 });
  });

  it('refuses an issue of one more than there is, naming the part, what was asked and what is there, in the unit', async () => {
    const { on_hand } = stockOf(piece.id);
    const result = await t.call(clerk, 'stock.issue', { partId: piece.id, quantity: on_hand / 1000 + 1 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_state',
        reason: 'stock.notEnough',
        details: { fields: [{ path: 'quantity', key: 'stock.notEnough' }], params: { part: 'JCQ-18 交流接触器', asked: String(on_hand / 1000 + 1), available: String(on_hand / 1000), unit: '个' } },
      },
    });
  });
});
