// The store's value at the end of a past day: each part's value after its last movement by then, in the center's
// time zone; the parts with stock by code; nothing before the first movement; now by default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, START_TIME, type TestBackend } from '../../testing/fixture';

const DAY = 86_400_000;
let t: TestBackend;
let clerk: SessionContext;

beforeAll(async () => {
  t = await createTestBackend();
  clerk = await t.signInAs(['inventory_clerk']);
});
afterAll(() => t.close());

describe('the valuation at a past date', () => {
  it('values each part as its last movement by the end of that day left it', async () => {
    // START_TIME is 2026-11-20 09:30 in Shanghai.
    const relay = await t.expectOk(clerk, 'parts.create', { code: 'JDQ-2', name: '中间继电器', unit: '个' });
    const cable = await t.expectOk(clerk, 'parts.create', { code: 'DL-1', name: '电缆', unit: '米' });
    await t.expectOk(clerk, 'parts.create', { code: 'AA-0', name: '从未入库', unit: '个' });
    await t.expectOk(clerk, 'stock.receive', { partId: relay.id, quantity: 10, unitCostFen: 1000 });
    await t.expectOk(clerk, 'stock.receive', { partId: cable.id, quantity: 2.5, unitCostFen: 400 });
    t.clock.advance(DAY); // 11-21 (a new day, a new sign-in)
    clerk = await t.signInAs(['inventory_clerk']);
    await t.expectOk(clerk, 'stock.issue', { partId: relay.id, quantity: 4 });
    await t.expectOk(clerk, 'stock.issue', { partId: cable.id, quantity: 2.5 });
    t.clock.advance(DAY); // 11-22
    clerk = await t.signInAs(['inventory_clerk']);
    await t.expectOk(clerk, 'stock.receive', { partId: relay.id, quantity: 6, unitCostFen: 2000 });

    expect(await t.expectOk(clerk, 'stock.valuation', { date: '2026-11-19', withParts: true })).toMatchObject({ totalValueFen: 0, partsInStock: 0, items: [] });
    expect(await t.expectOk(clerk, 'stock.valuation', { date: '2026-11-20', withParts: true })).toMatchObject({
      asOf: Date.UTC(2026, 10, 20, 16) - 1,
      totalValueFen: 11000,
      partsInStock: 2,
      items: [
        { code: 'DL-1', balance: 2.5, valueFen: 1000 },
        { code: 'JDQ-2', balance: 10, valueFen: 10000 },
      ],
    });
    expect(await t.expectOk(clerk, 'stock.valuation', { date: '2026-11-21', withParts: true })).toMatchObject({
      totalValueFen: 6000,
      partsInStock: 1,
      items: [{ code: 'JDQ-2', balance: 6, valueFen: 6000 }],
    });
    expect(await t.expectOk(clerk, 'stock.valuation', { date: '2026-11-21' })).toEqual({ asOf: Date.UTC(2026, 10, 21, 16) - 1, totalValueFen: 6000, partsInStock: 1 });
    expect(await t.expectOk(clerk, 'stock.valuation', {})).toEqual({ asOf: START_TIME + 2 * DAY, totalValueFen: 18000, partsInStock: 1 });
  });
});
