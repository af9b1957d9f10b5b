// Bench of the spare-parts store at the issue's scale (20,000 parts, 1,000,000 movements): the history is posted
// through the ledger itself (postMovement, part by part, in big transactions on a second connection, so every row is
// one the triggers accept), timed; then, through invoke as an inventory clerk and as the raw functions: a part's page,
// posting an issue and a receipt (durable, with the audit row), part search by every query kind, the low-stock list and
// the store's valuation at a past date. The database lives in a temporary folder and is removed afterwards.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import { DatabaseHost } from '../../electron/backend/db/host';
import { findPartRow, toPart } from '../../electron/backend/features/parts';
import { lowStock as lowStockRows } from '../../electron/backend/features/parts/repository';
import { searchParts } from '../../electron/backend/features/parts/search';
import { writeStoreHistory, type StorePart } from '../../electron/backend/features/stock/history-fixture';
import { postMovement } from '../../electron/backend/features/stock/ledger';
import { movementHistory, valuation, valuationMoment } from '../../electron/backend/features/stock/movements';
import { searchDocument } from '../../electron/backend/lib/search-document';
import type { ApiInput, ApiOutput, MethodName } from '../../shared/api';
import { measure, Random, writeReport, type Comparison, type Timing } from './harness';

export interface StoreScale {
  parts: number;
  movements: number;
}

const DAY = 86_400_000;
const PASSWORD = 'bench-password-1';

export interface StoreBenchResult {
  rows: Comparison[];
  generation: { seconds: number; movements: number; reversals: number; databaseMiB: number; lowStock: number };
}

export async function benchStore(scale: StoreScale): Promise<StoreBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-store-'));
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const admin = backend.newSession();
  const session = backend.newSession();
  const host = new DatabaseHost(backend.databaseFile, {});
  const ok = async <M extends MethodName>(call: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<ApiOutput<M>> => {
    const settled = await call;
    if (!settled.ok) throw new Error(settled.error?.message);
    return settled.value as ApiOutput<M>;
  };
  const invoke = <M extends MethodName>(method: M, input: ApiInput<M>) => ok<M>(backend.invoke(session, method, input));
  try {
    await ok(backend.invoke(admin, 'auth.setup', { centerName: '基准测试售后服务中心', username: 'admin', displayName: '管理员', password: PASSWORD }));
    const clerk = await ok<'users.create'>(backend.invoke(admin, 'users.create', { username: 'clerk', displayName: '库管员', password: PASSWORD, roles: ['inventory_clerk'] }));
    await ok(backend.invoke(session, 'auth.login', { username: 'clerk', password: PASSWORD }));

    const db = host.open();
    const now = Date.now();
    const r = new Random(20261217);
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    const t0 = performance.now();
    const history = writeStoreHistory(db, {
      parts: scale.parts,
      movements: scale.movements,
      from: now - 3 * 365 * DAY,
      to: now - DAY,
      userId: clerk.id,
      random: () => r.next(),
      batch: 1000,
    });
    db.pragma('synchronous = FULL');
    const seconds = (performance.now() - t0) / 1000;
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const databaseMiB = statSync(backend.databaseFile).size / 2 ** 20;
    const lowStock = db
      .prepare("SELECT count(*) FROM parts p JOIN part_stock s ON s.part_id = p.id WHERE p.status = 'active' AND s.on_hand < p.reorder_point")
      .pluck()
      .get() as number;
    console.log(
      `posted ${history.movements.toLocaleString('en')} movements (${history.reversals.toLocaleString('en')} reversals) of ${scale.parts.toLocaleString('en')} parts ` +
        `through the ledger in ${seconds.toFixed(1)} s (${Math.round(history.movements / seconds).toLocaleString('en')}/s); database ${databaseMiB.toFixed(0)} MiB; ${lowStock} parts below reorder`,
    );

    const rows: Comparison[] = [];
    const add = (operation: string, invokeTiming: Timing, raw: Timing, goalMs: number) => {
      rows.push({ operation, invoke: invokeTiming, raw, ratio: invokeTiming.p95 / raw.p95, goal: `invoke p95 ≤ ${goalMs} ms`, met: invokeTiming.p95 <= goalMs });
      console.log(`${operation}: invoke p50 ${invokeTiming.p50.toFixed(2)} ms, p95 ${invokeTiming.p95.toFixed(2)} ms; raw p95 ${raw.p95.toFixed(2)} ms`);
    };
    const pick = new Random(5);
    const anyPart = () => history.parts[pick.int(history.parts.length)]!;

    // A part's page: the part, its stock and value, substitutes, its last 100 movements.
    const pageIds = Array.from({ length: 1000 }, () => anyPart().id);
    const pageRaw = await measure(1000, (i) => {
      toPart(db, findPartRow(db, pageIds[i % pageIds.length]!)!);
      movementHistory(db, { partId: pageIds[i % pageIds.length]! }, undefined, 100);
    });
    const pageInvoke = await measure(1000, (i) => invoke('parts.get', { id: pageIds[i % pageIds.length]! }));
    add("a part's page (parts.get: part, balance, value, last 100 movements)", pageInvoke, pageRaw, 10);

    // Posting: an issue of one unit of a part that has it, a receipt of a few at a cost; each its own durable write
    // with its audit row. Raw: postMovement in a transaction of its own on the second connection.
    const stocked: StorePart[] = history.parts.filter((part) => part.onHand >= 1000 * 40);
    const issueRaw = await measure(300, (i) => {
      const part = stocked[(i * 7) % stocked.length]!;
      db.transaction(() => postMovement(db, { partId: part.id, kind: 'issue', quantity: -1000, reason: '基准领用' }, clerk.id, Date.now())).immediate();
    }, 20);
    const issueInvoke = await measure(500, (i) => invoke('stock.issue', { partId: stocked[(i * 13 + 1) % stocked.length]!.id, quantity: 1, note: '维修领用' }));
    add('posting an issue (stock.issue, durable, with its audit row)', issueInvoke, issueRaw, 10);
    const receiptRaw = await measure(300, (i) => {
      const part = history.parts[(i * 11) % history.parts.length]!;
      db.transaction(() => postMovement(db, { partId: part.id, kind: 'receipt', quantity: 5000, unitCostFen: 1200, reason: '基准入库' }, clerk.id, Date.now())).immediate();
    }, 20);
    const receiptInvoke = await measure(500, (i) =>
      invoke('stock.receive', { partId: history.parts[(i * 17 + 3) % history.parts.length]!.id, quantity: 5, unitCostFen: 1250, note: '采购入库' }),
    );
    add('posting a receipt (stock.receive, durable, with its audit row)', receiptInvoke, receiptRaw, 10);

    // The floor under any durable write on this disk at this moment, measured between the postings: the smallest
    // audited write of the console (departments.update as the administrator; raw: a one-row durable commit).
    db.exec('CREATE TABLE IF NOT EXISTS bench_fsync (n INTEGER)');
    const floorRaw = await measure(300, (i) => db.transaction(() => db.prepare('INSERT INTO bench_fsync (n) VALUES (?)').run(i)).immediate(), 20);
    let departmentVersion = (await ok<'departments.list'>(backend.invoke(admin, 'departments.list', {}))).items.find((d) => d.id === 2)!.version;
    const floorInvoke = await measure(300, async (i) => {
      const updated = await ok<'departments.update'>(backend.invoke(admin, 'departments.update', { id: 2, version: departmentVersion, nameEn: `Engineering ${i}` }));
      departmentVersion = updated.version;
    }, 20);
    add('reference: the smallest audited write (departments.update; raw: a one-row durable commit)', floorInvoke, floorRaw, 10);
    db.exec('DROP TABLE bench_fsync');

    // Part search, each query kind.
    const q = new Random(11);
    const sample = () => history.parts[q.int(history.parts.length)]!;
    const readingOf = (name: string) => searchDocument(name, 'organization').pinyin.split(' ')[0]!;
    const initialsOf = (name: string) => searchDocument(name, 'organization').initials.split(' ')[0]!;
    const kinds: Array<[string, () => string]> = [
      ['exact code (a scan)', () => sample().code],
      ['code prefix', () => sample().code.slice(0, 4 + q.int(4))],
      ['1 Chinese character', () => {
        const chars = [...sample().name];
        return chars[q.int(chars.length)]!;
      }],
      ['2 Chinese characters', () => {
        const chars = [...sample().name];
        const start = q.int(chars.length - 1);
        return chars.slice(start, start + 2).join('');
      }],
      ['pinyin', () => readingOf(sample().name).slice(0, 3 + q.int(6))],
      ['initials', () => initialsOf(sample().name).slice(0, 2 + q.int(2))],
      ['model/spec', () => sample().spec.slice(0, 4 + q.int(6))],
      ['bin', () => sample().bin.slice(0, 4 + q.int(4))],
    ];
    for (const [kind, make] of kinds) {
      const queries = Array.from({ length: 200 }, make);
      const raw = await measure(400, (i) => searchParts(db, queries[i % queries.length]!, { limit: 20, includeDiscontinued: true }));
      const timing = await measure(400, (i) => invoke('parts.search', { query: queries[i % queries.length]! }));
      add(`part search: ${kind}`, timing, raw, 20);
    }

    const lowRaw = await measure(200, () => lowStockRows(db));
    const lowInvoke = await measure(200, () => invoke('parts.lowStock', {}));
    add(`the low-stock list (parts.lowStock: the 500 emptiest of ${lowStock} parts below reorder)`, lowInvoke, lowRaw, 50);

    // The store's value at the end of a past day, at dates spread over the history.
    const dates = Array.from({ length: 20 }, (_, i) => new Date(now - (30 + i * 50) * DAY).toISOString().slice(0, 10));
    const valuationRaw = await measure(40, (i) => valuation(db, valuationMoment(db, dates[i % dates.length], Date.now()), false), 5);
    const valuationInvoke = await measure(40, (i) => invoke('stock.valuation', { date: dates[i % dates.length]! }), 5);
    add('the store’s valuation at a past date (stock.valuation)', valuationInvoke, valuationRaw, 300);

    return { rows, generation: { seconds, movements: history.movements, reversals: history.reversals, databaseMiB, lowStock } };
  } finally {
    host.close();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Posting with no disk flush at all: a small store in a data folder on tmpfs, issues and receipts through invoke. What
 * is left is the CPU's share of a posting (ledger, triggers, audit row, seals), to set beside the durable figures.
 */
async function postingWithoutFlush(): Promise<{ issue: Timing; receipt: Timing } | null> {
  if (!existsSync('/dev/shm')) return null;
  const dataDir = mkdtempSync('/dev/shm/aftersales-bench-store-');
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const session = backend.newSession();
  const call = async (method: string, input: unknown) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: number };
  };
  try {
    await call('auth.setup', { centerName: '基准测试售后服务中心', username: 'admin', displayName: '管理员', password: PASSWORD });
    await call('users.create', { username: 'clerk', displayName: '库管员', password: PASSWORD, roles: ['inventory_clerk'] });
    await call('auth.login', { username: 'clerk', password: PASSWORD });
    const part = await call('parts.create', { code: 'JDQ-TMPFS', name: '中间继电器', unit: '个' });
    await call('stock.receive', { partId: part.id, quantity: 100_000, unitCostFen: 1850 });
    const issue = await measure(500, () => call('stock.issue', { partId: part.id, quantity: 1 }));
    const receipt = await measure(500, () => call('stock.receive', { partId: part.id, quantity: 2, unitCostFen: 1900 }));
    return { issue, receipt };
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runStoreBench(scale: StoreScale): Promise<string> {
  const { rows, generation } = await benchStore(scale);
  const cpu = await postingWithoutFlush();
  const cpuLine = cpu
    ? `Posting without any disk flush (a small store on tmpfs, through invoke): issue p50 ${cpu.issue.p50.toFixed(2)} ms, p95 ${cpu.issue.p95.toFixed(2)} ms; ` +
      `receipt p50 ${cpu.receipt.p50.toFixed(2)} ms, p95 ${cpu.receipt.p95.toFixed(2)} ms: the rest of a durable posting is the disk's flushes ` +
      '(the WAL commit and the audit head file), the same as the reference write above.'
    : 'Posting without any disk flush: skipped (no /dev/shm).';
  console.log(cpuLine);
  let markdown = writeReport('store', "The spare-parts store: a part's page, posting, part search, low stock, valuation", { ...scale }, rows);
  markdown += [
    '',
    `Data: ${scale.parts.toLocaleString('en')} parts, ${generation.movements.toLocaleString('en')} movements (${generation.reversals.toLocaleString('en')} reversals) ` +
      `posted through the ledger (postMovement, triggers on) in ${generation.seconds.toFixed(1)} s; database ${generation.databaseMiB.toFixed(0)} MiB; ` +
      `${generation.lowStock} parts below their reorder point.`,
    'Through invoke as an inventory clerk; "raw" is the same repository function on a second connection (for posting: postMovement in a transaction of its own).',
    '',
    cpuLine,
    '',
  ].join('\n');
  writeFileSync(join('bench-results', 'store.md'), markdown);
  const json = JSON.parse(readFileSync(join('bench-results', 'store.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join('bench-results', 'store.json'), JSON.stringify({ ...json, generation, postingWithoutFlush: cpu }, null, 2));
  return markdown;
}
