// The demo store: every unit on every part's page is traced to the movements that put it there (each with who and
// why), the ledger check of the integrity screen finds nothing, some parts are below their reorder point and the
// discontinued ones name their substitutes with their stock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../features/auth/sessions';
import { createTestBackend, USER_PASSWORD, type TestBackend } from '../testing/fixture';
import { seedStore } from './store';

let t: TestBackend;
let tech: SessionContext;
let parts: number;
let seconds: number;

beforeAll(async () => {
  t = await createTestBackend();
  await t.createUser(['inventory_clerk'], 'clerk');
  await t.createUser(['dept_manager'], 'manager');
  tech = await t.signInAs(['technician']);
  const t0 = performance.now();
  parts = await seedStore(t.backend, USER_PASSWORD);
  seconds = (performance.now() - t0) / 1000;
});
afterAll(() => t.close());

describe('the demo store', () => {
  it('was stocked by the records of the store: a purchase request received in two receipts and a posted stock-take', async () => {
    const supervisor = await t.signInAs(['supervisor']);
    const requests = await t.expectOk(supervisor, 'purchases.list', {});
    expect(requests.items.map((request) => request.state).sort()).toEqual(['received', 'submitted']);
    const receipts = await t.expectOk(tech, 'stock.history', { kind: 'receipt', limit: 500 });
    const received = receipts.items.filter((movement) => movement.source?.kind === 'purchase_receipt');
    expect(new Set(received.map((movement) => movement.source!.number)).size).toBe(2);
    const counted = await t.expectOk(tech, 'stock.history', { kind: 'adjustment', limit: 50 });
    expect(counted.items.map((movement) => [movement.partCode, movement.quantity, movement.source?.kind])).toEqual(
      expect.arrayContaining([
        ['RDQ-5X20-3A', -2, 'stocktake'],
        ['DL-KVV-4X1.5', 1.5, 'stocktake'],
      ]),
    );
  });

  it('is quick to seed and has about forty parts in bins', async () => {
    expect(parts).toBeGreaterThanOrEqual(38);
    expect(seconds).toBeLessThan(20);
    const { items } = await t.expectOk(tech, 'parts.list', { limit: 500 });
    expect(items).toHaveLength(parts);
    expect(items.every((part) => /^[A-E]-\d\d-\d\d$/.test(part.bin))).toBe(true);
  });

  it('traces every unit of every part to its movements, each saying who and why', async () => {
    const { items } = await t.expectOk(tech, 'parts.list', { limit: 500 });
    for (const summary of items) {
      const page = await t.expectOk(tech, 'parts.get', { id: summary.id });
      expect(page.moreMovements).toBe(false);
      const sum = page.movements.reduce((total, m) => total + Math.round(m.quantity * 1000), 0);
      const value = page.movements.reduce((total, m) => total + m.valueFen, 0);
      expect([sum / 1000, value], summary.code).toEqual([page.part.onHand, page.part.valueFen]);
      for (const movement of page.movements) {
        expect(movement.reason, `${summary.code} #${movement.id}`).not.toBe('');
        expect(movement.byName, `${summary.code} #${movement.id}`).toBeTruthy();
      }
    }
    const kinds = new Set((await t.expectOk(tech, 'stock.history', { limit: 500 })).items.map((m) => m.kind));
    // No returns here: spares brought back from a visit return on its work order (./repairs.ts, seeded with the demo).
    expect([...kinds].sort()).toEqual(['adjustment', 'issue', 'receipt']);
    const reversal = (await t.expectOk(tech, 'stock.history', { limit: 500 })).items.find((m) => m.reversesId !== null);
    expect(reversal).toMatchObject({ reason: expect.stringContaining('冲销') });
    expect(await t.backend.services.integrity.start()).toMatchObject({ state: 'ok', ledger: [] });
  });

  it('has parts below their reorder point, cables in hundredths of a metre and discontinued parts with substitutes', async () => {
    const low = (await t.expectOk(tech, 'parts.lowStock', {})).items.map((part) => part.code);
    expect(low).toEqual(expect.arrayContaining(['JDQ-H3Y-24', 'JCQ-3210', 'DL-SYV75-5', 'DC-12V38']));
    const cable = (await t.expectOk(tech, 'parts.byCode', { code: 'DL-CAT6' })).part!;
    expect(cable).toMatchObject({ unit: '米', decimals: 2, onHand: 218.7 });
    const old = (await t.expectOk(tech, 'parts.byCode', { code: 'ZKB-7216HQHI' })).part!;
    const page = await t.expectOk(tech, 'parts.get', { id: old.id });
    expect(page.part).toMatchObject({ status: 'discontinued', substitutes: [{ code: 'ZKB-7216HQHI-M2', onHand: 3 }] });
    expect(page.part.models.map((m) => m.model)).toEqual(['iDS-7216HQHI']);
  });
});
