// Bench of field work at the scale (200,000 work orders over two years, on top of the store's bench data): the
// store's history posted through the ledger (as `--only store` does), the work orders, their technicians and the fault
// reports they came from written by SQL in one transaction on a second connection (their part movements, a tenth of
// the finished ones, posted through postMovement so the ledger's triggers accept them); then, through invoke and as
// the raw functions: a work order's page, a technician's list, the dispatcher's board (unfiltered, by technician, by
// day), and the steps (arrive, complete, recordParts with a movement; each durable, with its audit row). The database
// lives in a temporary folder and is removed afterwards.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import { DatabaseHost } from '../../electron/backend/db/host';
import { writeStoreHistory } from '../../electron/backend/features/stock/history-fixture';
import { postMovement } from '../../electron/backend/features/stock/ledger';
import { board, mine } from '../../electron/backend/features/work-orders/lists';
import { findWorkOrderRow, toWorkOrder } from '../../electron/backend/features/work-orders/repository';
import { centerToday } from '../../electron/backend/lib/center-time';
import type { ApiInput, ApiOutput, MethodName } from '../../shared/api';
import { measure, Random, writeReport, type Comparison, type Timing } from './harness';

export interface FieldWorkScale {
  workOrders: number;
  parts: number;
  movements: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PASSWORD = 'bench-password-1';
const TECHNICIANS = 40;
const CUSTOMERS = 300;
/** Work orders made for the steps' timings: dispatched to the first technician, a month ahead. */
const STEP_ORDERS = 400;

type Call = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

export async function benchFieldWork(scale: FieldWorkScale) {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-fieldwork-'));
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const host = new DatabaseHost(backend.databaseFile, {});
  const caller = async (username: string | null): Promise<Call> => {
    const session = backend.newSession();
    const call: Call = async (method, input) => {
      const settled = await backend.invoke(session, method, input);
      if (!settled.ok) throw new Error(`${method}: ${settled.error.message}`);
      return settled.value as ApiOutput<typeof method>;
    };
    if (username) await call('auth.login', { username, password: PASSWORD });
    return call;
  };
  try {
    const admin = await caller(null);
    await admin('auth.setup', { centerName: '基准测试售后服务中心', username: 'admin', displayName: '管理员', password: PASSWORD });
    const seatUser = await admin('users.create', { username: 'seat', displayName: '座席管理员', password: PASSWORD, roles: ['seat_manager', 'agent'] });
    const technicianIds: number[] = [];
    for (let i = 0; i < TECHNICIANS; i++) {
      technicianIds.push((await admin('users.create', { username: `tech${i}`, displayName: `维修工程师 ${i}`, password: PASSWORD, roles: ['technician'] })).id);
    }
    const seat = await caller('seat');
    const tech0 = await caller('tech0');
    const equipment: Array<{ customerId: number; siteId: number; id: number }> = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      const customer = await seat('customers.create', { name: `基准客户 ${i}`, kind: 'organization', contacts: [{ name: '联系人', phones: [`021-6000-${String(i).padStart(4, '0')}`] }], sites: [{ name: '机房' }] });
      const siteId = (await seat('customers.get', { id: customer.id })).sites[0]!.id;
      for (let k = 0; k < 2; k++) {
        const unit = await seat('equipment.create', { customerId: customer.id, siteId, model: `DS-76${k}8N`, serialNumber: `BENCH-${i}-${k}` });
        equipment.push({ customerId: customer.id, siteId, id: unit.id });
      }
    }

    const db = host.open();
    const now = Date.now();
    const r = new Random(20261818);
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    const t0 = performance.now();
    const history = writeStoreHistory(db, { parts: scale.parts, movements: scale.movements, from: now - 3 * 365 * DAY, to: now - 2 * DAY, userId: seatUser.id, random: () => r.next(), batch: 1000 });
    const storeSeconds = (performance.now() - t0) / 1000;

    // The work orders: two years back to two weeks ahead, ~270 a day; those of the last three days and ahead open in
    // every state (some late: dispatched, nobody there, the on-site deadline passed), the older ones signed off (a
    // twelfth cancelled). Each its fault report (kind fault; 1 in 20 an inspection of a plan instead), one or two technicians.
    const t1 = performance.now();
    const stocked = history.parts.filter((part) => part.onHand >= 1000 * 50).map((part) => ({ id: part.id, left: Math.floor(part.onHand / 1000) - 10 }));
    let open = 0;
    let late = 0;
    let withParts = 0;
    db.transaction(() => {
      const plan = db
        .prepare("INSERT INTO maintenance_plans (customer_id, interval_days, next_due_date, created_at, updated_at) VALUES (?, 90, '2099-01-01', ?, ?)")
        .run(equipment[0]!.customerId, now, now).lastInsertRowid;
      const insertRequest = db.prepare(
        `INSERT INTO requests (number, received_at, channel, kind, priority, state, subject, description, caller_phone, caller_phone_normalized,
           customer_id, equipment_id, respond_by, on_site_by, solve_by, first_response_at, arrived_at, solved_at, closed_at, created_at, updated_at)
         VALUES (@number, @received, 'hotline', 'fault', 'important', @state, @subject, '', '021-60000000', '02160000000',
           @customer, @equipment, @received + 3600000, @onSiteBy, @received + 172800000, @arrived, @arrived, @solved, @closed, @received, @received)`,
      );
      const insertOrder = db.prepare(
        `INSERT INTO work_orders (number, kind, state, request_id, plan_id, customer_id, site_id, equipment_id, nature, description, tools,
           expected_at, due_at, day_at, dispatched_by, dispatched_at, arrived_at, completed_at, measures, outcome, conduct, signed_name, signed_at,
           cancel_reason, created_by, created_at, updated_at)
         VALUES (@number, @kind, @state, @request, @plan, @customer, @site, @equipment, '设备故障', @description, '万用表',
           @expected, @due, @day, @by, @dispatched, @arrived, @completed, @measures, @outcome, '{}', @signedName, @signed,
           @cancelReason, @by, @created, @created)`,
      );
      const insertTechnician = db.prepare('INSERT INTO work_order_technicians (work_order_id, user_id) VALUES (?, ?)');
      const insertPlanned = db.prepare('INSERT INTO work_order_planned_parts (work_order_id, position, part_id, quantity) VALUES (?, 0, ?, 1000)');
      const span = 730 * DAY + 14 * DAY;
      for (let i = 0; i < scale.workOrders; i++) {
        const day = now - 730 * DAY + Math.floor((i / scale.workOrders) * span) + r.int(HOUR);
        const unit = r.pick(equipment);
        const recent = day > now - 3 * DAY;
        const state = !recent
          ? r.chance(1 / 12)
            ? 'cancelled'
            : 'signed_off'
          : day > now
            ? r.pick(['draft', 'dispatched', 'dispatched', 'dispatched'] as const)
            : r.pick(['dispatched', 'on_site', 'completed', 'signed_off', 'signed_off'] as const);
        const inspection = r.chance(0.05);
        const received = day - 4 * HOUR;
        const due = inspection ? day : received + 8 * HOUR;
        const arrived = ['on_site', 'completed', 'signed_off'].includes(state) ? day + HOUR : null;
        const completed = ['completed', 'signed_off'].includes(state) ? day + 3 * HOUR : null;
        const number = `PG-B${String(i).padStart(7, '0')}`;
        const requestId = inspection
          ? null
          : Number(
              insertRequest.run({
                number: `FW-B${String(i).padStart(7, '0')}`,
                received,
                state: state === 'signed_off' ? 'closed' : state === 'cancelled' ? 'cancelled' : 'in_progress',
                subject: `基准故障 ${i}`,
                customer: unit.customerId,
                equipment: unit.id,
                onSiteBy: due,
                arrived,
                solved: completed,
                closed: state === 'signed_off' ? completed : state === 'cancelled' ? day : null,
              }).lastInsertRowid,
            );
        const id = Number(
          insertOrder.run({
            number,
            kind: inspection ? 'inspection' : 'repair',
            state,
            request: requestId,
            plan: inspection ? plan : null,
            customer: unit.customerId,
            site: unit.siteId,
            equipment: unit.id,
            description: inspection ? '日常巡检' : `基准故障 ${i}：录像机无法开机`,
            expected: inspection ? null : day,
            due,
            day,
            by: seatUser.id,
            dispatched: state === 'draft' ? null : day - 2 * HOUR,
            arrived,
            completed,
            measures: completed ? '更换部件，试运行正常' : '',
            outcome: completed ? 'solved' : null,
            signedName: state === 'signed_off' ? '客户代表' : '',
            signed: state === 'signed_off' ? completed! + 600_000 : null,
            cancelReason: state === 'cancelled' ? '客户已自行排除' : '',
            created: day - 3 * HOUR,
          }).lastInsertRowid,
        );
        const first = r.int(TECHNICIANS);
        insertTechnician.run(id, technicianIds[first]);
        if (r.chance(0.2)) insertTechnician.run(id, technicianIds[(first + 1 + r.int(TECHNICIANS - 1)) % TECHNICIANS]);
        if (['draft', 'dispatched', 'on_site', 'completed'].includes(state)) open += 1;
        if ((state === 'draft' || state === 'dispatched') && due < now) late += 1;
        if (completed !== null && r.chance(0.1) && stocked.length > 0) {
          const part = stocked[r.int(stocked.length)]!;
          if (part.left > 2) {
            part.left -= 2;
            insertPlanned.run(id, part.id);
            const source = { kind: 'work_order' as const, id, number };
            postMovement(db, { partId: part.id, kind: 'issue', quantity: -2000, source, reason: number }, technicianIds[first]!, completed);
            postMovement(db, { partId: part.id, kind: 'return', quantity: 1000, source, reason: number }, technicianIds[first]!, completed + 60_000);
            withParts += 1;
          }
        }
      }
    })();
    // The work orders the steps are timed on: dispatched to the first technician, each its own request, a month ahead.
    const stepIds: number[] = [];
    db.transaction(() => {
      for (let i = 0; i < STEP_ORDERS; i++) {
        const unit = equipment[i % equipment.length]!;
        const received = now - HOUR;
        const requestId = db
          .prepare(
            `INSERT INTO requests (number, received_at, channel, kind, priority, state, subject, caller_phone, caller_phone_normalized, customer_id,
               equipment_id, respond_by, on_site_by, solve_by, first_response_at, created_at, updated_at)
             VALUES (?, ?, 'hotline', 'fault', 'important', 'in_progress', '基准步骤', '021-60000000', '02160000000', ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(`FW-S${i}`, received, unit.customerId, unit.id, received + HOUR, now + 30 * DAY, now + 40 * DAY, received, received, received).lastInsertRowid;
        const id = db
          .prepare(
            `INSERT INTO work_orders (number, kind, state, request_id, customer_id, site_id, equipment_id, description, due_at, day_at,
               dispatched_by, dispatched_at, created_by, created_at, updated_at)
             VALUES (?, 'repair', 'dispatched', ?, ?, ?, ?, '基准步骤', ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(`PG-S${i}`, requestId, unit.customerId, unit.siteId, unit.id, now + 30 * DAY, now + 30 * DAY + i, seatUser.id, received, seatUser.id, received, received).lastInsertRowid;
        db.prepare('INSERT INTO work_order_technicians (work_order_id, user_id) VALUES (?, ?)').run(id, technicianIds[0]);
        stepIds.push(Number(id));
      }
    })();
    db.pragma('synchronous = FULL');
    const seedSeconds = (performance.now() - t1) / 1000;
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    // The bulk load wrote rows no write sealed: sealed now, once, as after any bulk load (not timed).
    await seat('auth.me', {});
    const databaseMiB = statSync(backend.databaseFile).size / 2 ** 20;
    console.log(
      `store: ${history.movements.toLocaleString('en')} movements of ${scale.parts.toLocaleString('en')} parts in ${storeSeconds.toFixed(1)} s; ` +
        `${scale.workOrders.toLocaleString('en')} work orders (${open} open, ${late} late, ${withParts} with part movements) in ${seedSeconds.toFixed(1)} s; database ${databaseMiB.toFixed(0)} MiB`,
    );

    const rows: Comparison[] = [];
    const add = (operation: string, invokeTiming: Timing, raw: Timing, goalMs: number) => {
      rows.push({ operation, invoke: invokeTiming, raw, ratio: invokeTiming.p95 / raw.p95, goal: `invoke p95 ≤ ${goalMs} ms`, met: invokeTiming.p95 <= goalMs });
      console.log(`${operation}: invoke p50 ${invokeTiming.p50.toFixed(2)} ms, p95 ${invokeTiming.p95.toFixed(2)} ms; raw p95 ${raw.p95.toFixed(2)} ms`);
    };
    const pick = new Random(7);
    const withMovements = db.prepare("SELECT DISTINCT source_id FROM stock_movements WHERE source_kind = 'work_order' LIMIT 500").pluck().all() as number[];
    const pageIds = Array.from({ length: 1000 }, (_, i) => (i % 4 === 0 && withMovements.length > 0 ? withMovements[i % withMovements.length]! : 1 + pick.int(scale.workOrders)));
    const pageRaw = await measure(1000, (i) => toWorkOrder(db, findWorkOrderRow(db, pageIds[i % pageIds.length]!)!, Date.now()));
    const pageInvoke = await measure(1000, (i) => seat('workOrders.get', { id: pageIds[i % pageIds.length]! }));
    add("a work order's page (workOrders.get: technicians, parts to bring with stock, its ledger movements, parts used)", pageInvoke, pageRaw, 10);

    const techSessions: Array<{ id: number; call: Call }> = [];
    for (let i = 0; i < 8; i++) techSessions.push({ id: technicianIds[i * 5]!, call: i === 0 ? tech0 : await caller(`tech${i * 5}`) });
    const mineRaw = await measure(400, (i) => mine(db, techSessions[i % techSessions.length]!.id, Date.now()));
    const mineInvoke = await measure(400, (i) => techSessions[i % techSessions.length]!.call('workOrders.mine', {}));
    add("a technician's list (workOrders.mine: earlier, today, upcoming, last 20 finished)", mineInvoke, mineRaw, 50);

    const boardRaw = await measure(200, () => board(db, {}, Date.now()));
    const boardInvoke = await measure(200, () => seat('workOrders.board', {}));
    add('the dispatcher’s board, unfiltered (late first, then by day; 200 rows; counts)', boardInvoke, boardRaw, 50);
    const byTechRaw = await measure(200, (i) => board(db, { technicianId: technicianIds[i % TECHNICIANS]! }, Date.now()));
    const byTechInvoke = await measure(200, (i) => seat('workOrders.board', { technicianId: technicianIds[i % TECHNICIANS]! }));
    add('the board by technician', byTechInvoke, byTechRaw, 50);
    const days = Array.from({ length: 20 }, (_, i) => centerToday(db, now + (i - 10) * DAY));
    const byDayRaw = await measure(200, (i) => board(db, { day: days[i % days.length]! }, Date.now()));
    const byDayInvoke = await measure(200, (i) => seat('workOrders.board', { day: days[i % days.length]! }));
    add('the board by day (ten days back to ten ahead)', byDayInvoke, byDayRaw, 50);

    // The floor under any durable write on this disk now: a one-row durable commit on the second connection.
    db.exec('CREATE TABLE IF NOT EXISTS bench_fsync (n INTEGER)');
    const floor = await measure(200, (i) => db.transaction(() => db.prepare('INSERT INTO bench_fsync (n) VALUES (?)').run(i)).immediate(), 20);
    db.exec('DROP TABLE bench_fsync');
    const versions = new Map<number, number>();
    const steps = STEP_ORDERS - 50;
    const arrive = await measure(steps, async (i) => {
      const order = await tech0('workOrders.arrive', { id: stepIds[i]!, version: 0 });
      versions.set(order.id, order.version);
    });
    add('a step: arrive (the request’s arrival and deadlines follow; durable, audit rows; raw: a one-row durable commit)', arrive, floor, 10);
    // A part with enough for every issue: a receipt of a thousand first (not timed).
    const part = history.parts[0]!;
    db.transaction(() => postMovement(db, { partId: part.id, kind: 'receipt', quantity: 1_000_000, unitCostFen: 1200, reason: '基准入库' }, seatUser.id, Date.now())).immediate();
    const parts = await measure(steps, async (i) => {
      const id = stepIds[i]!;
      const order = await tech0('workOrders.recordParts', { id, version: versions.get(id)!, lines: [{ partId: part.id, kind: 'issue', quantity: 1 }] });
      versions.set(id, order.version);
    });
    add('a step: recordParts, one issue movement (ledger, audit rows; raw: a one-row durable commit)', parts, floor, 10);
    const conduct = { tidyDress: true, companyBadge: true, shoeCovers: true, siteCleaned: true };
    const complete = await measure(steps, async (i) => {
      const id = stepIds[i]!;
      await tech0('workOrders.complete', { id, version: versions.get(id)!, measures: '更换部件，试运行正常', outcome: 'solved', conduct });
    });
    add('a step: complete as solved (the request resolved; durable, audit rows; raw: a one-row durable commit)', complete, floor, 10);
    // The smallest audited write of the console on this disk now (departments.update as the administrator; raw: a
    // one-row durable commit): the floor under every step (a WAL commit and the audit head file).
    let departmentVersion = (await admin('departments.list', {})).items.find((d) => d.id === 2)!.version;
    const reference = await measure(300, async (i) => {
      departmentVersion = (await admin('departments.update', { id: 2, version: departmentVersion, nameEn: `Engineering ${i}` })).version;
    }, 20);
    add('reference: the smallest audited write (departments.update; raw: a one-row durable commit)', reference, floor, 10);
    return { rows, generation: { storeSeconds, seedSeconds, databaseMiB, open, late, withParts, movements: history.movements } };
  } finally {
    host.close();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The steps with no disk flush at all: a small data folder on tmpfs, arrive, recordParts and complete through invoke.
 * What is left is the CPU's share of a step (the work order, the request, the ledger, the journals, audit rows, seals).
 */
async function stepsWithoutFlush(): Promise<Record<'arrive' | 'recordParts' | 'complete', Timing> | null> {
  if (!existsSync('/dev/shm')) return null;
  const dataDir = mkdtempSync('/dev/shm/aftersales-bench-fieldwork-');
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const session = backend.newSession();
  const call = async (method: string, input: unknown) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { id: number; version: number };
  };
  try {
    await call('auth.setup', { centerName: '基准测试售后服务中心', username: 'admin', displayName: '管理员', password: PASSWORD });
    await call('users.create', { username: 'seat', displayName: '座席', password: PASSWORD, roles: ['seat_manager', 'agent', 'inventory_clerk'] });
    const tech = await call('users.create', { username: 'tech', displayName: '维修', password: PASSWORD, roles: ['technician'] });
    await call('auth.login', { username: 'seat', password: PASSWORD });
    const customer = await call('customers.create', { name: '基准客户', kind: 'organization', contacts: [{ name: '联系人', phones: ['021-60000000'] }] });
    const part = await call('parts.create', { code: 'JDQ-TMPFS', name: '中间继电器', unit: '个' });
    await call('stock.receive', { partId: part.id, quantity: 100_000, unitCostFen: 1850 });
    const orders: Array<{ id: number; version: number }> = [];
    for (let i = 0; i < 350; i++) {
      const request = await call('requests.create', { callerPhone: '021-60000000', customerId: customer.id, kind: 'fault', channel: 'hotline', priority: 'important', subject: `基准 ${i}`, description: '' });
      const created = await call('workOrders.create', { requestId: request.id, technicianIds: [tech.id] });
      orders.push(await call('workOrders.dispatch', { id: created.id, version: created.version }));
    }
    await call('auth.login', { username: 'tech', password: PASSWORD });
    const step = async (i: number, method: string, extra: Record<string, unknown>) => {
      const order = orders[i % orders.length]!;
      orders[i % orders.length] = await call(method, { id: order.id, version: order.version, ...extra });
    };
    const conduct = { tidyDress: true, companyBadge: true, shoeCovers: true, siteCleaned: true };
    const arrive = await measure(300, (i) => step(i, 'workOrders.arrive', {}));
    const recordParts = await measure(300, (i) => step(i, 'workOrders.recordParts', { lines: [{ partId: part.id, kind: 'issue', quantity: 1 }] }));
    const complete = await measure(300, (i) => step(i, 'workOrders.complete', { measures: '更换部件', outcome: 'solved', conduct }));
    return { arrive, recordParts, complete };
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runFieldWorkBench(scale: FieldWorkScale): Promise<string> {
  const { rows, generation } = await benchFieldWork(scale);
  const cpu = await stepsWithoutFlush();
  const cpuLine = cpu
    ? 'Steps without any disk flush (a small data folder on tmpfs, through invoke): ' +
      Object.entries(cpu).map(([name, t]) => `${name} p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`).join('; ') +
      ': the rest of a durable step is the disk’s flushes (the WAL commit and the audit head file), as the reference write above.'
    : 'Steps without any disk flush: skipped (no /dev/shm).';
  console.log(cpuLine);
  let markdown = writeReport('fieldwork', "Field work: a work order's page, a technician's list, the dispatcher's board, the steps", { ...scale, ...generation }, rows);
  markdown += ['', 'Through invoke as a seat manager or a technician; "raw" is the same repository function on a second connection.', '', cpuLine, ''].join('\n');
  writeFileSync(join('bench-results', 'fieldwork.md'), markdown);
  const json = JSON.parse(readFileSync(join('bench-results', 'fieldwork.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join('bench-results', 'fieldwork.json'), JSON.stringify({ ...json, stepsWithoutFlush: cpu }, null, 2));
  return markdown;
}
