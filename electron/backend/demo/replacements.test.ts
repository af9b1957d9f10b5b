// The demo's replacement notices and scrap records: one recovered after a factory repair, one at the factory now (open,
// aged), one closed after a failed repair whose scrap record was approved and disposed, and stock scrap waiting on the
// manager; every spare's movement names its notice, the units' lifecycles and repair archives follow.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../features/auth/sessions';
import { createTestBackend, USER_PASSWORD, type TestBackend } from '../testing/fixture';
import { seedStore } from './store';
import { seedReplacements } from './replacements';

let t: TestBackend;
let side: Database.Database;
let clerk: SessionContext;
const units: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestBackend();
  for (const [username, role] of [
    ['clerk', 'inventory_clerk'],
    ['manager', 'dept_manager'],
    ['tech', 'technician'],
    ['agent', 'agent'],
  ] as const) {
    await t.createUser([role], username);
  }
  const keeper = await t.signInAs(['agent', 'supervisor']);
  const customer = await t.expectOk(keeper, 'customers.create', { name: '苏州工业园区管委会', kind: 'organization', contacts: [{ name: '钱工', phones: ['13500135000'] }] });
  for (const model of ['DS-7608N-K2', 'HY-UPS-3000', 'iDS-7216HQHI']) {
    units[model] = (await t.expectOk(keeper, 'equipment.create', { customerId: customer.id, model, serialNumber: `${model}-0001` })).id;
  }
  await seedStore(t.backend, USER_PASSWORD);
  await seedReplacements(t.backend, USER_PASSWORD, t.clock.now());
  side = t.openSideConnection();
  clerk = await t.signInAs(['inventory_clerk']);
}, 60_000);
afterAll(() => {
  side.close();
  t.close();
});

describe('the demo notices and scrap records', () => {
  it('has one recovered, one at the factory three weeks, one closed after a failed repair', async () => {
    const all = await t.expectOk(clerk, 'replacements.list', {});
    expect(all.items.map((n) => n.state).sort()).toEqual(['at_factory', 'closed', 'recovered']);
    const open = await t.expectOk(clerk, 'replacements.list', { openOnly: true });
    expect(open.items).toMatchObject([{ state: 'at_factory', ageDays: 24, where: 'at_factory', equipmentId: units['HY-UPS-3000'] }]);
    const closed = all.items.find((n) => n.state === 'closed')!;
    const page = await t.expectOk(clerk, 'replacements.get', { id: closed.id });
    expect(page).toMatchObject({ formalReplacement: expect.stringContaining('正式代替'), scrapRecord: { state: 'disposed' } });
    const lifecycles = side.prepare('SELECT model_id, lifecycle FROM equipment WHERE id IN (?, ?, ?) ORDER BY id').all(units['DS-7608N-K2'], units['HY-UPS-3000'], units['iDS-7216HQHI']);
    expect(lifecycles.map((row) => (row as { lifecycle: string }).lifecycle)).toEqual(['in_service', 'at_factory', 'scrapped']);
  });

  it('traces every loan and scrap movement to its record', () => {
    const movements = side.prepare("SELECT kind, source_kind, source_id FROM stock_movements WHERE kind IN ('loan_out', 'loan_back', 'scrap') ORDER BY id").all() as Array<{ kind: string; source_kind: string; source_id: number }>;
    expect(movements.map((m) => m.kind)).toEqual(['loan_out', 'loan_back', 'loan_out', 'loan_out']);
    for (const m of movements) {
      expect(m.source_kind).toBe('replacement_notice');
      expect(side.prepare('SELECT 1 FROM replacement_notices WHERE id = ?').get(m.source_id)).toBeDefined();
    }
  });

  it("has stock scrap awaiting approval, and the failed unit's story on its timeline", async () => {
    const waiting = await t.expectOk(clerk, 'scrap.list', { state: 'awaiting_approval' });
    expect(waiting.items).toMatchObject([{ itemKind: 'stock_part', itemLabel: expect.stringContaining('RDQ-5X20-3A') }]);
    const kinds = side.prepare('SELECT kind FROM timeline_events WHERE equipment_id = ? ORDER BY id').pluck().all(units['iDS-7216HQHI']);
    expect(kinds).toEqual([
      'equipment.added',
      'replacement.lent',
      'replacement.sentToFactory',
      'scrap.opened',
      'replacement.repairFailed',
      'scrap.appraisalStarted',
      'scrap.concluded',
      'scrap.approved',
      'scrap.disposed',
      'replacement.formallyReplaced',
      'replacement.closed',
    ]);
  });
});
