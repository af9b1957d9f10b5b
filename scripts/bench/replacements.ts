// Bench of spare replacement notices and scrap records at the scale (20,000 notices, 5,000 scrap records): the
// notices, their units and the scrap records are written with plain SQL in big transactions, every spare's loan-out,
// loan-back and scrap movement posted through the ledger (postMovement, triggers on) so the stock is exactly what the
// records say; then, through invoke as an inventory clerk and as the raw functions: the open-notices list (first page),
// a notice's page, and the steps that write (durable, with their movements, audit rows, timeline events): sending a unit
// to the factory, reinstalling it (its loan-back movement), disposing of a stock scrap record (its scrap movement).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import type { Db } from '../../electron/backend/db/connection';
import { DatabaseHost } from '../../electron/backend/db/host';
import { insertPart } from '../../electron/backend/features/parts/repository';
import { listNotices, replacementNotice } from '../../electron/backend/features/replacements/repository';
import { scrapRecord } from '../../electron/backend/features/scrap/repository';
import { postMovement } from '../../electron/backend/features/stock/ledger';
import type { ApiInput, ApiOutput, MethodName } from '../../shared/api';
import type { ReplacementState } from '../../shared/replacements/workflow';
import { codeKey, nameKey } from '../../shared/customers/text';
import { writeStoreHistory } from '../../electron/backend/features/stock/history-fixture';
import { measure, Random, writeReport, type Comparison, type Timing } from './harness';

export interface ReplacementsScale {
  notices: number;
  scrapRecords: number;
  /** The store's bench data underneath (as `--only store` writes it): its parts and movements. */
  storeParts: number;
  storeMovements: number;
}

const DAY = 86_400_000;
const PASSWORD = 'bench-password-1';
const PARTS = 2000;
const CUSTOMERS = 2000;

/** How notices are spread over their states: most settled long ago, a quarter open. */
const STATE_SHARES: Array<[ReplacementState, number]> = [
  ['recovered', 0.6],
  ['closed', 0.15],
  ['spare_installed', 0.08],
  ['at_factory', 0.08],
  ['tested', 0.04],
  ['reinstalled', 0.02],
  ['repair_failed', 0.015],
  ['formally_replaced', 0.015],
];

const REPLACEMENT_FINAL = new Set<ReplacementState>(['recovered', 'closed']);
const FAILED = new Set<ReplacementState>(['repair_failed', 'formally_replaced', 'closed']);

function stateAt(r: Random): ReplacementState {
  let x = r.next();
  for (const [state, share] of STATE_SHARES) {
    if (x < share) return state;
    x -= share;
  }
  return 'recovered';
}

interface Seeded {
  seconds: number;
  open: number;
  installed: number[];
  tested: number[];
  approvedStock: number[];
  movements: number;
}

function seed(db: Db, scale: ReplacementsScale, userId: number, now: number): Seeded {
  const r = new Random(20261218);
  const t0 = performance.now();
  const from = now - 3 * 365 * DAY;
  let movements = 0;
  const post = (partId: number, kind: 'receipt' | 'loan_out' | 'loan_back' | 'scrap', quantity: number, source: { kind: 'replacement_notice' | 'scrap_record'; id: number; number: string } | undefined, at: number) => {
    movements += 1;
    return postMovement(db, { partId, kind, quantity, ...(source && { source }), ...(kind === 'receipt' && { unitCostFen: 50_000 }) }, userId, at).id;
  };
  const partIds: number[] = [];
  const customerIds: number[] = [];
  const equipmentIds: number[] = [];
  db.transaction(() => {
    for (let i = 0; i < PARTS; i++) {
      const id = insertPart(db, { code: `BJ-${String(i + 1).padStart(5, '0')}`, name: '主控板', spec: `型号 ${i % 97}`, unit: '块', decimals: 0, bin: 'B-01-01', reorder_point: 2000, unit_cost_fen: 50_000 }, from);
      partIds.push(id);
      post(id, 'receipt', 100_000, undefined, from);
    }
    const model = Number(db.prepare(`INSERT INTO product_models (model, model_key, product_name, created_at, updated_at) VALUES ('DS-7608N-K2', ?, '网络硬盘录像机', ?, ?)`).run(codeKey('DS-7608N-K2'), from, from).lastInsertRowid);
    const customer = db.prepare(`INSERT INTO customers (code, name, name_key, kind, region, created_at, updated_at) VALUES (?, ?, ?, 'organization', '浙江', ?, ?)`);
    for (let i = 0; i < CUSTOMERS; i++) {
      const name = `基准客户${i + 1}号`;
      customerIds.push(Number(customer.run(`KH-${String(i + 1).padStart(6, '0')}`, name, nameKey(name), from, from).lastInsertRowid));
    }
    const unit = db.prepare(`INSERT INTO equipment (customer_id, model_id, serial_number, serial_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < scale.notices; i++) {
      const serial = `DS7608-${String(i + 1).padStart(7, '0')}`;
      equipmentIds.push(Number(unit.run(customerIds[i % CUSTOMERS], model, serial, codeKey(serial), from, from).lastInsertRowid));
    }
  }).immediate();

  const notice = db.prepare(
    `INSERT INTO replacement_notices (id, number, state, customer_id, equipment_id, faulty_serial, reason, spare_part_id, spare_serial, spare_quantity,
       loan_movement_id, installed_at, sent_at, factory, test_result, tester, tested_on, reinstalled_at, loan_back_movement_id, recovered_at,
       repair_failed_at, failure_reason, scrap_record_id, formal_replacement, formally_replaced_at, closed_at, created_by, created_at, updated_at)
     VALUES (@id, @number, @state, @customer_id, @equipment_id, @faulty_serial, '主板故障，无视频输出', @spare_part_id, @spare_serial, 1000,
       @loan_movement_id, @installed_at, @sent_at, @factory, @test_result, @tester, @tested_on, @reinstalled_at, @loan_back_movement_id, @recovered_at,
       @repair_failed_at, @failure_reason, @scrap_record_id, @formal_replacement, @formally_replaced_at, @closed_at, @user, @installed_at, @installed_at)`,
  );
  const scrap = db.prepare(
    `INSERT INTO scrap_records (id, number, state, source_kind, source_id, item_kind, part_id, quantity, equipment_id, customer_id, serial, reason,
       organised_by, appraisal_started_at, conclusion, proposed_method, concluded_at, decided_by, decided_at, approved_method, disposed_by, disposed_at,
       scrap_movement_id, created_by, created_at, updated_at)
     VALUES (@id, @number, @state, @source_kind, @source_id, @item_kind, @part_id, @quantity, @equipment_id, @customer_id, @serial, @reason,
       @user, @started, @conclusion, @proposed, @concluded, @decided_by, @decided, @approved, @disposed_by, @disposed, @movement, @user, @at, @at)`,
  );
  const numberOf = (prefix: string, at: number, n: number) => `${prefix}-${new Date(at).toISOString().slice(0, 10).replaceAll('-', '')}-${String(n).padStart(5, '0')}`;
  const installed: number[] = [];
  const tested: number[] = [];
  const approvedStock: number[] = [];
  let open = 0;
  let scrapId = 0;
  const unitScrap = (noticeId: number, equipmentId: number, customerId: number, at: number, disposed: boolean) => {
    scrapId += 1;
    scrap.run({
      id: scrapId, number: numberOf('BF', at, scrapId), state: disposed ? 'disposed' : 'draft', source_kind: 'replacement_notice', source_id: noticeId,
      item_kind: 'customer_unit', part_id: null, quantity: null, equipment_id: equipmentId, customer_id: customerId, serial: '', reason: 'repair_ineffective',
      user: userId, started: disposed ? at : null, conclusion: disposed ? 'scrap' : null, proposed: disposed ? 'return_to_maker' : null, concluded: disposed ? at : null,
      decided_by: disposed ? userId : null, decided: disposed ? at : null, approved: disposed ? 'return_to_maker' : null, disposed_by: disposed ? userId : null,
      disposed: disposed ? at : null, movement: null, at,
    });
    if (disposed) db.prepare(`UPDATE equipment SET lifecycle = 'scrapped' WHERE id = ?`).run(equipmentId);
    return scrapId;
  };
  // In time order, as the records were made: notices spread over three years, the open ones the most recent.
  const batch = 2000;
  for (let start = 0; start < scale.notices; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(scale.notices, start + batch); i++) {
        const id = i + 1;
        const at = from + Math.floor(((now - DAY - from) * i) / scale.notices);
        const drawn = stateAt(r);
        // A failed repair opens a scrap record: with none left of the scale to open, the notice is a recovered one.
        const state = FAILED.has(drawn) && scrapId >= scale.scrapRecords ? 'recovered' : drawn;
        const partId = partIds[r.int(PARTS)]!;
        const number = numberOf('TH', at, id);
        const source = { kind: 'replacement_notice' as const, id, number };
        const loan = post(partId, 'loan_out', -1000, source, at);
        const sent = state === 'spare_installed' ? null : at + DAY;
        const back = state === 'reinstalled' || state === 'recovered' ? post(partId, 'loan_back', 1000, source, at + 3 * DAY) : null;
        const failed = FAILED.has(state);
        const wasTested = ['tested', 'reinstalled', 'recovered'].includes(state);
        if (!REPLACEMENT_FINAL.has(state)) open += 1;
        const equipmentId = equipmentIds[i]!;
        const customerId = customerIds[i % CUSTOMERS]!;
        const scrapRecordId = failed ? unitScrap(id, equipmentId, customerId, at + 2 * DAY, state === 'closed') : null;
        notice.run({
          id, number, state, customer_id: customerId, equipment_id: equipmentId, faulty_serial: `DS7608-${String(i + 1).padStart(7, '0')}`,
          spare_part_id: partId, spare_serial: `SP-${id}`, loan_movement_id: loan, installed_at: at, sent_at: sent, factory: sent ? '海康威视杭州维修中心' : '',
          test_result: wasTested ? '通电 72 小时无异常' : '', tester: wasTested ? '王工' : '', tested_on: wasTested ? new Date(at + 2 * DAY).toISOString().slice(0, 10) : null,
          reinstalled_at: back === null ? null : at + 3 * DAY, loan_back_movement_id: back, recovered_at: state === 'recovered' ? at + 4 * DAY : null,
          repair_failed_at: failed ? at + 2 * DAY : null, failure_reason: failed ? '厂家无法修复' : '', scrap_record_id: scrapRecordId,
          formal_replacement: state === 'formally_replaced' || state === 'closed' ? '备品正式代替原设备' : '', formally_replaced_at: state === 'formally_replaced' || state === 'closed' ? at + 4 * DAY : null, closed_at: state === 'closed' ? at + 5 * DAY : null,
          user: userId,
        });
        if (state === 'at_factory') db.prepare(`UPDATE equipment SET lifecycle = 'at_factory' WHERE id = ?`).run(equipmentId);
        if (state === 'spare_installed') installed.push(id);
        if (state === 'tested') tested.push(id);
      }
    }).immediate();
  }
  // The rest of the scrap records: stock parts, most disposed (their scrap movement posted), many approved and waiting.
  db.transaction(() => {
    while (scrapId < scale.scrapRecords) {
      scrapId += 1;
      const at = now - DAY * (1 + r.int(700));
      const partId = partIds[r.int(PARTS)]!;
      const state = r.next() < 0.5 ? 'disposed' : r.next() < 0.8 ? 'approved' : 'awaiting_approval';
      const number = numberOf('BF', at, scrapId);
      const movement = state === 'disposed' ? post(partId, 'scrap', -1000, { kind: 'scrap_record', id: scrapId, number }, at) : null;
      scrap.run({
        id: scrapId, number, state, source_kind: null, source_id: null, item_kind: 'stock_part', part_id: partId, quantity: 1000, equipment_id: null,
        customer_id: null, serial: '', reason: 'other', user: userId, started: at, conclusion: 'scrap', proposed: 'destroy', concluded: at,
        decided_by: state === 'awaiting_approval' ? null : userId, decided: state === 'awaiting_approval' ? null : at, approved: state === 'awaiting_approval' ? null : 'destroy',
        disposed_by: movement ? userId : null, disposed: movement ? at : null, movement, at,
      });
      if (state === 'approved') approvedStock.push(scrapId);
    }
  }).immediate();
  return { seconds: (performance.now() - t0) / 1000, open, installed, tested, approvedStock, movements };
}


async function benchReplacements(scale: ReplacementsScale, root: string): Promise<Comparison[]> {
  const dataDir = mkdtempSync(join(root, 'aftersales-bench-replacements-'));
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
    db.pragma('synchronous = OFF');
    const storeRandom = new Random(20261217);
    const storeStarted = performance.now();
    const store = writeStoreHistory(db, { parts: scale.storeParts, movements: scale.storeMovements, from: now - 3 * 365 * DAY, to: now - 2 * DAY, userId: clerk.id, random: () => storeRandom.next(), batch: 1000 });
    console.log(`store underneath: ${store.movements.toLocaleString('en')} movements of ${scale.storeParts.toLocaleString('en')} parts in ${((performance.now() - storeStarted) / 1000).toFixed(1)} s`);
    const seeded = seed(db, scale, clerk.id, now);
    db.pragma('synchronous = FULL');
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    console.log(
      `seeded ${scale.notices.toLocaleString('en')} notices (${seeded.open.toLocaleString('en')} open) and ${scale.scrapRecords.toLocaleString('en')} scrap records, ` +
        `${seeded.movements.toLocaleString('en')} movements through the ledger, in ${seeded.seconds.toFixed(1)} s`,
    );

    const rows: Comparison[] = [];
    const add = (operation: string, invokeTiming: Timing, raw: Timing, goalMs: number) => {
      rows.push({ operation, invoke: invokeTiming, raw, ratio: invokeTiming.p95 / raw.p95, goal: `invoke p95 ≤ ${goalMs} ms`, met: invokeTiming.p95 <= goalMs });
      console.log(`${operation}: invoke p50 ${invokeTiming.p50.toFixed(2)} ms, p95 ${invokeTiming.p95.toFixed(2)} ms; raw p95 ${raw.p95.toFixed(2)} ms`);
    };
    const pick = new Random(7);

    const openRaw = await measure(300, () => listNotices(db, { openOnly: true }, undefined, 50, Date.now()));
    const openInvoke = await measure(300, () => invoke('replacements.list', { openOnly: true }));
    add(`the open-notices list, first page (replacements.list openOnly, 50 of ${seeded.open.toLocaleString('en')} open)`, openInvoke, openRaw, 50);

    const ids = Array.from({ length: 1000 }, () => 1 + pick.int(scale.notices));
    const pageRaw = await measure(1000, (i) => replacementNotice(db, ids[i % ids.length]!, Date.now()));
    const pageInvoke = await measure(1000, (i) => invoke('replacements.get', { id: ids[i % ids.length]! }));
    add("a notice's page (replacements.get)", pageInvoke, pageRaw, 10);
    const scrapIds = Array.from({ length: 500 }, () => 1 + pick.int(scale.scrapRecords));
    const scrapPageRaw = await measure(500, (i) => scrapRecord(db, scrapIds[i % scrapIds.length]!));
    const scrapPageInvoke = await measure(500, (i) => invoke('scrap.get', { id: scrapIds[i % scrapIds.length]! }));
    add("a scrap record's page (scrap.get)", scrapPageInvoke, scrapPageRaw, 10);

    // The floor under any durable write on this disk now: a one-row durable commit (the "raw" of the steps).
    db.exec('CREATE TABLE IF NOT EXISTS bench_fsync (n INTEGER)');
    const floor = await measure(300, (i) => db.transaction(() => db.prepare('INSERT INTO bench_fsync (n) VALUES (?)').run(i)).immediate(), 20);
    db.exec('DROP TABLE bench_fsync');

    const steps = (list: number[], count: number) => list.slice(0, count + Math.min(20, count));
    const sending = steps(seeded.installed, 300);
    const sendInvoke = await measure(Math.min(300, sending.length - 20), (i) => invoke('replacements.sendToFactory', { id: sending[i]!, version: 0, factory: '海康威视杭州维修中心' }), 20);
    add('a step: sending the unit to the factory (replacements.sendToFactory: unit lifecycle, audit rows, timeline; raw: a one-row durable commit)', sendInvoke, floor, 10);
    const reinstalling = steps(seeded.tested, 300);
    const reinstallInvoke = await measure(Math.min(300, reinstalling.length - 20), (i) => invoke('replacements.reinstall', { id: reinstalling[i]!, version: 0 }), 20);
    add('a step: reinstalling the repaired unit (replacements.reinstall: its loan-back movement, lifecycle, audit rows, timeline)', reinstallInvoke, floor, 10);
    const disposing = steps(seeded.approvedStock, 300);
    const disposeInvoke = await measure(Math.min(300, disposing.length - 20), (i) => invoke('scrap.dispose', { id: disposing[i]!, version: 0 }), 20);
    add('a step: disposing of stock scrap (scrap.dispose: its scrap movement, audit rows)', disposeInvoke, floor, 10);

    // The smallest audited write of the console through invoke, between the steps: what any durable write costs here now.
    let departmentVersion = (await ok<'departments.list'>(backend.invoke(admin, 'departments.list', {}))).items.find((d) => d.id === 2)!.version;
    const reference = await measure(300, async (i) => {
      const updated = await ok<'departments.update'>(backend.invoke(admin, 'departments.update', { id: 2, version: departmentVersion, nameEn: `Engineering ${i}` }));
      departmentVersion = updated.version;
    }, 20);
    add('reference: the smallest audited write (departments.update; raw: a one-row durable commit)', reference, floor, 10);
    return rows;
  } finally {
    host.close();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runReplacementsBench(scale: ReplacementsScale): Promise<string> {
  const rows = await benchReplacements(scale, tmpdir());
  let markdown = writeReport('replacements', 'Spare replacement notices and scrap records: the open list, a page, the steps', { ...scale }, rows);
  // The same on tmpfs, where no write waits for the disk: the CPU's share of each step.
  if (existsSync('/dev/shm')) {
    console.log('again on tmpfs (no disk flush):');
    const memory = await benchReplacements(scale, '/dev/shm');
    markdown += [
      '',
      'Without any disk flush (the same data on tmpfs, through invoke): ' +
        memory.map((row) => `${row.operation.split(' (')[0]}: p50 ${row.invoke.p50.toFixed(2)} ms, p95 ${row.invoke.p95.toFixed(2)} ms`).join('; ') +
        '. What the durable figures add is the disk\'s flushes (the WAL commit and the audit head file), as for the reference write.',
      '',
    ].join('\n');
    writeFileSync(join('bench-results', 'replacements.md'), markdown);
  }
  return markdown;
}
