// Issue 18's "done when", on the whole demo: every stock movement traces back to the record that caused it (but the
// few by-hand ones that have no other record, named here one by one), and every unit with work orders, replacement
// notices or scrap records has each of them on its repair archive (维修档案) beside the calls. And the demo, which the
// web server seeds with --demo (electron/web/cli.ts), stays quick to seed.
import type Database from 'better-sqlite3';
import DatabaseConstructor from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '..';
import { makeTempDir, TEST_COST_LOG2 } from '../testing/fixture';
import { DEMO_REPAIRS } from './repairs';
import { seedDemoData } from './seed';

let backend: Backend;
let dataDir: string;
let db: Database.Database;
let seconds: number;

beforeAll(async () => {
  dataDir = makeTempDir('aftersales-demo-story-');
  backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2, logError: (error) => console.error(error) });
  const t0 = performance.now();
  await seedDemoData(backend);
  seconds = (performance.now() - t0) / 1000;
  db = new DatabaseConstructor(backend.databaseFile, { readonly: true });
}, 120_000);
afterAll(() => {
  db.close();
  backend.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The movements with no record behind them: what the store alone knows of, with how many of each kind. */
const BY_HAND: Array<{ reason: string; kind: string; count: number }> = [
  { reason: '期初入库（建账盘点）', kind: 'receipt', count: 41 },
  { reason: '工程改造领用：机房电池组整组更换', kind: 'issue', count: 1 },
  { reason: '工程改造领用：门诊楼新增摄像机布线', kind: 'issue', count: 1 },
  // The wrong issue and its reissue; the reversal between them keeps its original's (lack of) source.
  { reason: '维修领用：精密空调加热器控制', kind: 'issue', count: 2 },
  { reason: '数量录错（应为 1 个），冲销后重新领用', kind: 'issue', count: 1 },
];

interface MovementRow {
  id: number;
  kind: string;
  reason: string;
  source_kind: string | null;
  source_id: number | null;
}

const SOURCE_TABLES: Record<string, string> = {
  purchase_receipt: 'purchase_receipts',
  stocktake: 'stocktakes',
  work_order: 'work_orders',
  replacement_notice: 'replacement_notices',
  scrap_record: 'scrap_records',
};

describe('the whole demo', () => {
  it('seeds in a few seconds', () => {
    console.log(`demo seeded in ${seconds.toFixed(1)} s`);
    // A guard against a seed gone slow (a few seconds on a quiet machine; the end-to-end servers seed it at start).
    expect(seconds).toBeLessThan(60);
  });

  it('traces every stock movement to its record, but the opening receipts, the project draws and the reversed issue', () => {
    const movements = db.prepare('SELECT id, kind, reason, source_kind, source_id FROM stock_movements ORDER BY id').all() as MovementRow[];
    const byHand = movements.filter((m) => m.source_kind === null);
    const tally = new Map<string, number>();
    for (const m of byHand) tally.set(`${m.kind} ${m.reason}`, (tally.get(`${m.kind} ${m.reason}`) ?? 0) + 1);
    expect(Object.fromEntries(tally)).toEqual(Object.fromEntries(BY_HAND.map((b) => [`${b.kind} ${b.reason}`, b.count])));
    for (const m of movements.filter((m) => m.source_kind !== null)) {
      const table = SOURCE_TABLES[m.source_kind!];
      expect(table, `movement #${m.id}`).toBeDefined();
      expect(db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(m.source_id), `movement #${m.id} ${m.source_kind} ${m.source_id}`).toBeDefined();
    }
    // Every repair's part went out on a work order (issues), spares brought back came back on it (returns).
    const onWorkOrders = movements.filter((m) => m.source_kind === 'work_order');
    const repairLines = DEMO_REPAIRS.flatMap((r) => r.parts);
    expect(onWorkOrders.filter((m) => m.kind === 'issue').length).toBeGreaterThanOrEqual(repairLines.length);
    expect(onWorkOrders.filter((m) => m.kind === 'return').length).toBeGreaterThanOrEqual(repairLines.filter((l) => l.back).length);
  });

  it('has the repairs worked through: dispatched, on site, completed in the past, most signed off', () => {
    const orders = db
      .prepare("SELECT state, arrived_at, completed_at, signed_at, request_id FROM work_orders WHERE kind = 'repair' AND state IN ('completed', 'signed_off')")
      .all() as Array<{ state: string; arrived_at: number; completed_at: number; signed_at: number | null; request_id: number }>;
    const signed = orders.filter((o) => o.state === 'signed_off');
    expect(orders.length).toBeGreaterThanOrEqual(DEMO_REPAIRS.length + 1);
    expect(signed.length).toBeGreaterThan(orders.length / 2);
    const now = Date.now();
    for (const order of orders) {
      expect(order.arrived_at).toBeLessThan(order.completed_at);
      expect(order.completed_at).toBeLessThan(now);
      if (order.signed_at !== null) expect(order.signed_at).toBeGreaterThanOrEqual(order.completed_at);
    }
  });

  it('tells the story of every unit with work orders, notices or scrap records on its repair archive', () => {
    const records = [
      { table: 'work_orders', prefix: 'workOrder.' },
      { table: 'replacement_notices', prefix: 'replacement.' },
      { table: 'scrap_records', prefix: 'scrap.' },
    ];
    const units = new Map<number, Set<string>>();
    for (const { table, prefix } of records) {
      for (const id of db.prepare(`SELECT DISTINCT equipment_id FROM ${table} WHERE equipment_id IS NOT NULL`).pluck().all() as number[]) {
        units.set(id, (units.get(id) ?? new Set()).add(prefix));
      }
    }
    expect(units.size).toBeGreaterThanOrEqual(DEMO_REPAIRS.length);
    const kindsOf = db.prepare('SELECT kind FROM timeline_events WHERE equipment_id = ? ORDER BY id').pluck();
    for (const [unit, prefixes] of units) {
      const kinds = kindsOf.all(unit) as string[];
      for (const prefix of prefixes) expect(kinds.some((kind) => kind.startsWith(prefix)), `unit ${unit}: ${prefix} in ${kinds.join(', ')}`).toBe(true);
      // A repair's unit has its call too.
      if (prefixes.has('workOrder.') && db.prepare("SELECT 1 FROM work_orders WHERE equipment_id = ? AND kind = 'repair'").get(unit)) {
        expect(kinds, `unit ${unit}`).toContain('request.created');
      }
    }
  });
});
