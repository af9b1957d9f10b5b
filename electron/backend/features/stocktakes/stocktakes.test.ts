// Stock-taking through invoke, on a real SQLite file: a sheet of one bin with the book quantities of the moment, counts
// saved (full-width digits read as plain ones; negative or finer than the unit refused naming the line's field), a
// part scanned that was not on the sheet added, a movement after the sheet shown as moved since, the sheet posted as
// adjustment movements that name it so the balances equal the counts, once; a stale version is told.
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

async function part(code: string, bin: string, unit: string, quantity: number) {
  const made = await t.expectOk(clerk, 'parts.create', { code, name: `备件 ${code}`, unit, bin });
  if (quantity > 0) await t.expectOk(clerk, 'stock.receive', { partId: made.id, quantity, unitCostFen: 1000 });
  return made;
}

describe('a stock-take of one bin', () => {
  it('makes a sheet, counts, shows what moved since, and posts the differences as adjustments', async () => {
    const relay = await part('PD-JDQ', 'B-01', '个', 10);
    const cable = await part('PD-DL', 'B-01', '米', 25.5);
    const fuse = await part('PD-RD', 'B-01', '只', 4);
    const elsewhere = await part('PD-KG', 'C-09', '个', 3);

    const sheet = await t.expectOk(clerk, 'stocktakes.create', { bins: ['ｂ-01'], showBook: true });
    expect(sheet.number).toMatch(/^PD-\d{8}-0001$/);
    expect(sheet).toMatchObject({ state: 'counting', bins: ['b-01'], showBook: true, lineCount: 3, countedCount: 0, movedLines: 0 });
    expect(sheet.lines.map((line) => [line.code, line.book, line.counted, line.balance])).toEqual([
      ['PD-DL', 25.5, null, 25.5],
      ['PD-JDQ', 10, null, 10],
      ['PD-RD', 4, null, 4],
    ]);

    // Stock keeps moving while the sheet is counted: the sheet says so.
    await t.expectOk(clerk, 'stock.issue', { partId: relay.id, quantity: 2, note: '检修领用' });
    const counted = await t.expectOk(clerk, 'stocktakes.count', {
      id: sheet.id,
      version: sheet.version,
      lines: [
        { partId: relay.id, counted: '７' },
        { partId: cable.id, counted: 25.5 },
        { partId: elsewhere.id, counted: 3 },
      ],
    });
    expect(counted.movedLines).toBe(1);
    const lines = new Map(counted.lines.map((line) => [line.code, line]));
    expect(lines.get('PD-JDQ')).toMatchObject({ book: 10, counted: 7, balance: 8, movedSince: -2, movementsSince: 1, difference: -1 });
    expect(lines.get('PD-DL')).toMatchObject({ counted: 25.5, difference: 0, movementsSince: 0 });
    expect(lines.get('PD-KG')).toMatchObject({ book: 3, counted: 3, added: true });
    expect(lines.get('PD-RD')).toMatchObject({ counted: null, difference: null });

    // A line not counted is refused, naming it, unless the clerk skips it.
    expect(await t.call(clerk, 'stocktakes.post', { id: sheet.id, version: counted.version, reason: '月末盘点' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'stocktakes.uncounted', details: { params: { count: 1, codes: 'PD-RD' } } },
    });
    const posted = await t.expectOk(clerk, 'stocktakes.post', { id: sheet.id, version: counted.version, reason: '月末盘点', skipUncounted: true });
    expect(posted.state).toBe('posted');
    expect(posted.lines.find((line) => line.code === 'PD-JDQ')).toMatchObject({ adjusted: -1, balance: 7, movementsSince: 1 });
    expect(posted.lines.find((line) => line.code === 'PD-DL')?.adjusted).toBeNull();
    expect(await t.expectOk(clerk, 'stock.balance', { partId: relay.id })).toMatchObject({ balance: 7 });
    expect(await t.expectOk(clerk, 'stock.balance', { partId: fuse.id })).toMatchObject({ balance: 4 });

    const history = await t.expectOk(technician, 'stock.history', { sourceKind: 'stocktake', sourceId: sheet.id });
    expect(history.items.map((m) => [m.partCode, m.kind, m.quantity, m.reason, m.source?.number])).toEqual([['PD-JDQ', 'adjustment', -1, '月末盘点', sheet.number]]);

    // Once: a second posting is refused and changes nothing.
    expect(await t.call(clerk, 'stocktakes.post', { id: sheet.id, version: posted.version, reason: '再来' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'stocktakes.posted' },
    });
    expect(await t.expectOk(clerk, 'stock.balance', { partId: relay.id })).toMatchObject({ balance: 7 });

    const side = t.openSideConnection();
    try {
      const audit = side.prepare("SELECT method FROM audit_log WHERE entity = 'stocktake' AND entity_id = ? ORDER BY id").pluck().all(String(sheet.id));
      expect(audit).toEqual(['stocktakes.create', 'stocktakes.count', 'stocktakes.post']);
    } finally {
      side.close();
    }
  });

  it('refuses negative counts and counts finer than the unit, naming the line, and changes nothing', async () => {
    const relay = await part('PD-BAD-1', 'D-01', '个', 5);
    const cable = await part('PD-BAD-2', 'D-01', '米', 5);
    const sheet = await t.expectOk(clerk, 'stocktakes.create', { bins: ['D-01'] });
    const negative = await t.call(clerk, 'stocktakes.count', { id: sheet.id, version: sheet.version, lines: [{ partId: relay.id, counted: -1 }] });
    expect(negative).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'lines.0.counted', key: 'validation.quantity.negative' }] } } });
    const finer = await t.call(clerk, 'stocktakes.count', {
      id: sheet.id,
      version: sheet.version,
      lines: [
        { partId: cable.id, counted: '1.25' },
        { partId: relay.id, counted: '1.5' },
      ],
    });
    expect(finer).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'lines.1.counted', key: 'validation.quantity.unitDecimals', params: { unit: '个', decimals: 0 } }] } },
    });
    const again = await t.expectOk(clerk, 'stocktakes.get', { id: sheet.id });
    expect(again.version).toBe(sheet.version);
    expect(again.lines.every((line) => line.counted === null)).toBe(true);
    expect(await t.call(clerk, 'stocktakes.create', { bins: ['NO-SUCH-BIN'] })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'bins', key: 'validation.stocktakeNoParts' }] } },
    });
  });

  it('answers a stale version with a conflict, and lets only inventory clerks count', async () => {
    const relay = await part('PD-OLD', 'E-01', '个', 2);
    const sheet = await t.expectOk(clerk, 'stocktakes.create', { bins: ['E-01'] });
    await t.expectOk(clerk, 'stocktakes.count', { id: sheet.id, version: sheet.version, lines: [{ partId: relay.id, counted: 2 }] });
    expect(await t.call(clerk, 'stocktakes.count', { id: sheet.id, version: sheet.version, lines: [{ partId: relay.id, counted: 1 }] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await t.call(technician, 'stocktakes.create', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const cancelled = await t.expectOk(clerk, 'stocktakes.cancel', { id: sheet.id, version: sheet.version + 1, reason: '重新盘点' });
    expect(cancelled).toMatchObject({ state: 'cancelled', reason: '重新盘点' });
    // The store's paperwork is read by its clerks, managers and supervisors, not by technicians.
    expect(await t.call(technician, 'stocktakes.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const supervisor = await t.signInAs(['supervisor']);
    const list = await t.expectOk(supervisor, 'stocktakes.list', { state: 'cancelled' });
    expect(list.items.map((item) => item.id)).toEqual([sheet.id]);
    expect((await t.expectOk(supervisor, 'stocktakes.list', {})).items.length).toBeGreaterThanOrEqual(3);
  });

  it('counts the whole store: every active part and every part with stock', async () => {
    const sheet = await t.expectOk(clerk, 'stocktakes.create', {});
    expect(sheet.bins).toEqual([]);
    const codes = sheet.lines.map((line) => line.code);
    expect(codes).toEqual(expect.arrayContaining(['PD-JDQ', 'PD-KG', 'PD-BAD-1', 'PD-OLD']));
  });
});
