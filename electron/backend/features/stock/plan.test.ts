// No path of the store reads the whole ledger: every statement run through `sql()` while a part's page is shown, each
// kind of movement and a reversal is posted, parts are searched (every query kind), the low-stock list is read, the
// store is valued at a past date and movements are listed by part and by record is explained (EXPLAIN QUERY PLAN), with
// and without ANALYZE statistics, on a store with a history; none may SCAN stock_movements (a full walk of the table
// or of one of its indexes). A SCAN of parts or part_stock is allowed for the low-stock list and the valuation, which
// are about every part. The triggers' own statements are explained too (EXPLAIN QUERY PLAN of an INSERT does not
// show them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeStatements, openDatabase, type Db } from '../../db/connection';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, START_TIME, type TestBackend } from '../../testing/fixture';
import { writeStoreHistory, type StoreHistory } from './history-fixture';
import { postMovement } from './ledger';

const DAY = 86_400_000;

let t: TestBackend;
let clerk: SessionContext;
let side: Db;
let history: StoreHistory;

beforeAll(async () => {
  t = await createTestBackend();
  clerk = await t.signInAs(['inventory_clerk']);
  side = openDatabase(t.backend.databaseFile);
  let seed = 17;
  history = writeStoreHistory(side, {
    parts: 1200,
    movements: 24_000,
    from: START_TIME - 400 * DAY,
    to: START_TIME - DAY,
    userId: t.adminId,
    random: () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32),
  });
});
afterAll(() => {
  side.close();
  t.close();
});

type Statements = Map<string, { text: string; params: unknown[] }>;

async function runThePaths(): Promise<Statements> {
  const statements: Statements = new Map();
  const stop = observeStatements((text, params) => statements.set(JSON.stringify([text, params]), { text, params }));
  try {
    const stocked = history.parts.filter((part) => part.onHand >= 5000);
    const [a, b, c] = [stocked[0]!, stocked[1]!, stocked[2]!];
    for (const part of [a, b, history.parts[7]!]) await t.expectOk(clerk, 'parts.get', { id: part.id });
    await t.expectOk(clerk, 'stock.receive', { partId: a.id, quantity: 3, unitCostFen: 1234 });
    const issued = await t.expectOk(clerk, 'stock.issue', { partId: a.id, quantity: 1, note: '维修领用' });
    await t.expectOk(clerk, 'stock.returnToStock', { partId: a.id, quantity: 1 });
    await t.expectOk(clerk, 'stock.adjust', { partId: b.id, quantity: -1, reason: '盘亏' });
    await t.expectOk(clerk, 'stock.adjust', { partId: b.id, quantity: 2, reason: '盘盈' });
    await t.expectOk(clerk, 'stock.reverse', { movementId: issued.movement.id, reason: '领错' });
    expect((await t.call(clerk, 'stock.issue', { partId: c.id, quantity: 1_000_000 })).ok).toBe(false);
    // The kinds other records post (replacement notices, scrap records, purchase receipts), straight through the ledger.
    const source = { kind: 'purchase_receipt' as const, id: 41, number: 'CG-2026-0041' };
    side.transaction(() => {
      postMovement(side, { partId: c.id, kind: 'loan_out', quantity: -1000, source: { kind: 'replacement_notice', id: 3, number: 'TH-3' } }, null, START_TIME);
      postMovement(side, { partId: c.id, kind: 'loan_back', quantity: 1000, source: { kind: 'replacement_notice', id: 3, number: 'TH-3' } }, null, START_TIME);
      postMovement(side, { partId: c.id, kind: 'scrap', quantity: -1000, source: { kind: 'scrap_record', id: 5, number: 'BF-5' } }, null, START_TIME);
      postMovement(side, { partId: c.id, kind: 'receipt', quantity: 4000, unitCostFen: 990, source }, null, START_TIME);
    })();

    const sample = history.parts[123]!;
    const queries = [
      sample.code, // exact code, as a scanner types it
      sample.code.slice(0, 5), // code prefix
      sample.name.slice(0, 1), // one Chinese character
      sample.name.slice(1, 3), // two characters
      'jidianqi', // pinyin
      'jdq', // initials
      sample.spec.slice(0, 6), // model/spec
      sample.bin, // bin
      'A-01', // bin prefix
      '不存在的备件',
    ];
    for (const query of queries) {
      for (const includeDiscontinued of [false, true]) await t.expectOk(clerk, 'parts.search', { query, includeDiscontinued });
    }
    await t.expectOk(clerk, 'parts.byCode', { code: sample.code });
    await t.expectOk(clerk, 'parts.lowStock', {});
    for (const withParts of [false, true]) await t.expectOk(clerk, 'stock.valuation', { date: '2026-06-30', withParts });
    await t.expectOk(clerk, 'stock.valuation', {});
    const first = await t.expectOk(clerk, 'stock.history', { partId: a.id, limit: 20 });
    await t.expectOk(clerk, 'stock.history', { partId: a.id, limit: 20, after: first.nextCursor! });
    await t.expectOk(clerk, 'stock.history', { sourceKind: source.kind, sourceId: source.id });
    await t.expectOk(clerk, 'stock.balance', { partId: a.id });
  } finally {
    stop();
  }
  return statements;
}

/** The statements the ledger's triggers run, with NEW.* and OLD.* as literals (their plans are not part of the INSERT's). */
function triggerStatements(): string[] {
  const triggers = side
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('stock_movements', 'part_stock')")
    .pluck()
    .all() as string[];
  return triggers.flatMap((text) => {
    const [, when, body] = /\bWHEN\b([\s\S]*?)\bBEGIN\b([\s\S]*)\bEND\s*$/i.exec(text) ?? /()\bBEGIN\b([\s\S]*)\bEND\s*$/i.exec(text) ?? [];
    const statements = (body ?? '').split(';').map((s) => s.trim()).filter(Boolean);
    return [...(when?.trim() ? [`SELECT ${when}`] : []), ...statements]
      .filter((s) => !/^SELECT RAISE\(/i.test(s))
      .map((s) => s.replace(/\b(NEW|OLD)\.\w+/g, '1'));
  });
}

/** Names the movements table goes by in a statement: itself and its aliases. */
function movementNames(text: string): string[] {
  const aliases = [...text.matchAll(/\bstock_movements\s+(?:AS\s+)?(?!INDEXED|WHERE|ORDER|JOIN|LEFT|ON|SET|VALUES|GROUP|LIMIT\b)(\w+)/gi)].map((m) => m[1]!);
  return ['stock_movements', ...aliases];
}

function scansOfMovements(text: string, details: string[]): string[] {
  const names = movementNames(text).join('|');
  const scan = new RegExp(`^SCAN (${names})\\b|^SCAN \\w+ USING (COVERING )?INDEX stock_movements_`);
  return details.filter((detail) => scan.test(detail));
}

function explain(text: string, params: unknown[]): string[] {
  return (side.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(params as never[])) as { detail: string }[]).map((row) => row.detail);
}

async function expectNoScanOfMovements(): Promise<void> {
  const statements = await runThePaths();
  const ledger = [...statements.values()].filter(
    // The audit seals' statements name the writing connection's TEMP tables, which this connection has not.
    ({ text }) => /\b(stock_movements|part_stock|parts|part_search)\b/.test(text) && !/\btemp\./.test(text),
  );
  expect(ledger.length).toBeGreaterThan(20);
  const texts = new Set(ledger.map(({ text }) => text));
  // Every path named above ran: the part's page, posting (the ledger's insert), the name search, valuation, history.
  for (const pattern of [/INSERT INTO stock_movements/, /part_search MATCH/, /m\.at <= @asOf/, /INDEXED BY stock_movements_by_source/, /INDEXED BY stock_movements_by_part\b/]) {
    expect([...texts].some((text) => pattern.test(text)), String(pattern)).toBe(true);
  }
  for (const { text, params } of ledger) {
    const details = explain(text, params);
    if (process.env.PLAN_DEBUG) console.log(text.slice(0, 160).replace(/\s+/g, ' '), '\n   ', details.join('\n    '));
    expect(scansOfMovements(text, details), `${text}\n${details.join('\n')}`).toEqual([]);
  }
  const triggers = triggerStatements();
  expect(triggers.length).toBeGreaterThanOrEqual(3);
  for (const text of triggers) {
    const details = explain(text, []);
    expect(scansOfMovements(text, details), `${text}\n${details.join('\n')}`).toEqual([]);
  }
}

describe('query plans of the store', () => {
  it('never scan the movements, without statistics', async () => {
    await expectNoScanOfMovements();
  });

  it('never scan the movements, after ANALYZE', async () => {
    side.exec('ANALYZE');
    await expectNoScanOfMovements();
  });

  it('catch a scan when there is one', () => {
    const text = 'SELECT sum(m.quantity) FROM stock_movements m WHERE m.reason = ?';
    expect(scansOfMovements(text, explain(text, ['x']))).not.toEqual([]);
  });
});
