// Bench of the hotline at the scale (1,000,000 requests, 20,000 open): logging a call, searching requests,
// the deadline board and a request's page, through invoke and as the raw functions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import type { Db } from '../../electron/backend/db/connection';
import { DatabaseHost } from '../../electron/backend/db/host';
import { bigramText, segmentText } from '../../electron/backend/lib/fulltext';
import { deadlineBoard } from '../../electron/backend/features/requests/board';
import { searchRequests } from '../../electron/backend/features/requests/queries';
import { findRequest, nextDue } from '../../electron/backend/features/requests/repository';
import { serviceLogOf } from '../../electron/backend/features/requests/service-log';
import type { ApiInput } from '../../shared/api';
import { PRIORITIES, REQUEST_CHANNELS, REQUEST_KINDS } from '../../shared/api/requests';
import { normalizePhone } from '../../shared/customers/phones';
import { OPEN_STATES, type RequestState } from '../../shared/requests/lifecycle';
import { measure, Random, writeReport, type Comparison } from './harness';

export interface RequestsScale {
  requests: number;
  open: number;
}

const DEVICES = ['硬盘录像机', '网络摄像机', '门禁控制器', 'UPS 电源', '精密空调', '交换机', '消防报警主机', '服务器', '存储阵列', '显示大屏'];
const SYMPTOMS = ['无法开机', '画面黑屏', '频繁重启', '告警不停', '网络中断', '录像丢失', '风扇异响', '温度过高', '无法登录', '指示灯不亮'];
const EN = ['power failure', 'no video signal', 'battery alarm', 'network down', 'fan noise', 'disk error', 'firmware upgrade', 'login failed'];
const PLACES = ['一号机房', '二号机房', '监控中心', '值班室', '地下车库', '大门岗亭', '数据中心', '配电室'];

function phoneOf(r: Random): string {
  return `1${3 + r.int(7)}${String(r.int(10))} ${String(1000 + r.int(9000))} ${String(1000 + r.int(9000))}`;
}

interface Samples {
  numbers: string[];
  phones: string[];
  ids: number[];
  customers: number;
}

const HOUR = 3_600_000;

/** Plain SQL in one transaction: customers, a million requests over three years (the newest `open` still open), their logs. */
function generate(db: Db, scale: RequestsScale, now: number): Samples {
  const r = new Random(20261201);
  const samples: Samples = { numbers: [], phones: [], ids: [], customers: 2000 };
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.transaction(() => {
    const insertCustomer = db.prepare(
      `INSERT INTO customers (id, code, name, name_key, kind, address, region, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'organization', '', '上海', 1, ?, ?)`,
    );
    for (let id = 1; id <= samples.customers; id++) {
      insertCustomer.run(id, `KH-${String(id).padStart(6, '0')}`, `基准客户${id}有限公司`, `基准客户${id}有限公司`, now, now);
    }
    const insert = db.prepare(
      `INSERT INTO requests (id, number, received_at, channel, kind, priority, state, subject, description, caller_name,
         caller_phone, caller_phone_normalized, customer_id, complex, owner_id, respond_by, on_site_by, solve_by,
         first_response_at, arrived_at, solved_at, closed_at, next_due_kind, next_due_at, created_by, created_at, updated_at)
       VALUES (@id, @number, @received_at, @channel, @kind, @priority, @state, @subject, @description, '', @caller_phone,
         @caller_phone_normalized, @customer_id, 0, 1, @respond_by, @on_site_by, @solve_by, @first_response_at, NULL,
         @solved_at, @closed_at, @next_due_kind, @next_due_at, 1, @received_at, @received_at)`,
    );
    const insertSearch = db.prepare('INSERT INTO request_search (rowid, subject, body, subject_pairs, body_pairs) VALUES (?, ?, ?, ?, ?)');
    const span = 3 * 365 * 24 * HOUR;
    let day = '';
    let seq = 0;
    const lastOfDay = new Map<string, number>();
    for (let id = 1; id <= scale.requests; id++) {
      const receivedAt = now - Math.round(((scale.requests - id) / scale.requests) * span) - r.int(60_000);
      const date = new Date(receivedAt + 8 * HOUR).toISOString().slice(0, 10).replaceAll('-', '');
      seq = date === day ? seq + 1 : 1;
      day = date;
      lastOfDay.set(date, seq);
      const number = `FW-${date}-${String(seq).padStart(4, '0')}`;
      const open = id > scale.requests - scale.open;
      const kind = r.pick(REQUEST_KINDS);
      const priority = r.pick(PRIORITIES);
      const state: RequestState = open ? r.pick(OPEN_STATES.filter((s) => s !== 'awaiting_confirmation')) : 'closed';
      const english = r.int(5) === 0;
      const subject = english ? `${r.pick(EN)} ${r.pick(EN)}` : `${r.pick(DEVICES)}${r.pick(SYMPTOMS)}`;
      const description = `${r.pick(PLACES)}的${r.pick(DEVICES)}${r.pick(SYMPTOMS)}，用户已重启。${english ? r.pick(EN) : ''}`;
      const phone = phoneOf(r);
      const row = {
        id,
        number,
        received_at: receivedAt,
        channel: r.pick(REQUEST_CHANNELS),
        kind,
        priority,
        state,
        subject,
        description,
        caller_phone: phone,
        caller_phone_normalized: normalizePhone(phone),
        customer_id: 1 + r.int(samples.customers),
        respond_by: receivedAt + (priority === 'urgent' ? 1 : priority === 'important' ? 2 : 24) * HOUR,
        on_site_by: kind === 'fault' ? receivedAt + (priority === 'urgent' ? 4 : 48) * HOUR : null,
        solve_by: receivedAt + (priority === 'urgent' ? 8 : 96) * HOUR,
        first_response_at: open && state === 'accepted' ? null : receivedAt + HOUR / 2,
        arrived_at: null,
        solved_at: open ? null : receivedAt + 20 * HOUR,
        closed_at: open ? null : receivedAt + 30 * HOUR,
      };
      const due = nextDue(row);
      insert.run({ ...row, next_due_kind: due?.kind ?? null, next_due_at: due?.at ?? null });
      insertSearch.run(id, segmentText(subject), segmentText(description), bigramText(subject), bigramText(description));
      if (r.int(2000) === 0) samples.numbers.push(number);
      if (r.int(2000) === 0) samples.phones.push(phone);
      if (r.int(1000) === 0) samples.ids.push(id);
    }
    // The per-day number sequences the app continues from (keys as requests.create writes them: request:YYYY-MM-DD).
    const insertSequence = db.prepare('INSERT INTO number_sequences (key, last_value) VALUES (?, ?)');
    for (const [date, last] of lastOfDay) insertSequence.run(`request:${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, last);
    // Two lines of service log for every request, three for closed ones.
    db.exec(`INSERT INTO service_log (request_id, at, user_id, kind, details)
             SELECT id, received_at, 1, 'created', json_object('number', number) FROM requests`);
    db.exec(`INSERT INTO service_log (request_id, at, user_id, kind, details)
             SELECT id, received_at + 1800000, 1, 'progress', json_object('message', '工程师已联系客户') FROM requests`);
    db.exec(`INSERT INTO service_log (request_id, at, user_id, kind, details)
             SELECT id, closed_at, 1, 'confirmed', json_object('satisfied', 1) FROM requests WHERE closed_at IS NOT NULL`);
  })();
  db.pragma('synchronous = FULL');
  return samples;
}

export async function benchRequests(scale: RequestsScale): Promise<Comparison[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-requests-'));
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const session = backend.newSession();
  try {
    const setup = await backend.invoke(session, 'auth.setup', { centerName: '基准测试售后服务中心', username: 'admin', displayName: '管理员', password: 'bench-password-1' });
    if (!setup.ok) throw new Error(setup.error.message);
    const agent = await backend.invoke(session, 'users.create', { username: 'agent', displayName: '话务员', password: 'bench-password-1', roles: ['agent', 'seat_manager'] });
    if (!agent.ok) throw new Error(agent.error.message);
    await backend.invoke(session, 'auth.logout', {});
    const login = await backend.invoke(session, 'auth.login', { username: 'agent', password: 'bench-password-1' });
    if (!login.ok) throw new Error(login.error.message);

    const host = new DatabaseHost(backend.databaseFile, {});
    const db = host.open();
    const now = Date.now();
    let t0 = performance.now();
    const samples = generate(db, scale, now);
    console.log(`generated ${scale.requests.toLocaleString('en')} requests (${scale.open.toLocaleString('en')} open) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    db.exec(`INSERT INTO request_search (request_search) VALUES ('optimize')`);
    console.log(`search index merged into one segment in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');

    const rows: Comparison[] = [];
    const add = (operation: string, invoke: Comparison['invoke'], raw: Comparison['raw'], goalMs: number) => {
      rows.push({ operation, invoke, raw, ratio: invoke.p95 / raw.p95, goal: `invoke p95 ≤ ${goalMs} ms`, met: invoke.p95 <= goalMs });
      console.log(`${operation}: invoke p95 ${invoke.p95.toFixed(2)} ms, raw p95 ${raw.p95.toFixed(2)} ms`);
    };
    const r = new Random(7);
    const call = (i: number): ApiInput<'requests.create'> => ({
      callerPhone: phoneOf(r),
      customerId: 1 + (i % samples.customers),
      kind: i % 3 === 0 ? 'consultation' : 'fault',
      channel: 'hotline',
      priority: r.pick(PRIORITIES),
      subject: `${r.pick(DEVICES)}${r.pick(SYMPTOMS)}`,
      description: `${r.pick(PLACES)}的设备${r.pick(SYMPTOMS)}，请尽快派人处理。`,
      ...(i % 3 !== 0 && { fault: { nature: '硬件', location: r.pick(PLACES), impact: '部分画面中断' } }),
    });
    // Raw: the same statements as requests.create without invoke, the session check, the audit row or the timeline.
    const rawCreate = db.prepare(
      `INSERT INTO requests (number, received_at, channel, kind, priority, state, subject, description, caller_phone,
         caller_phone_normalized, respond_by, solve_by, created_at, updated_at)
       VALUES (?, ?, 'hotline', 'fault', 'general', 'accepted', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const rawSearch = db.prepare('INSERT INTO request_search (rowid, subject, body, subject_pairs, body_pairs) VALUES (?, ?, ?, ?, ?)');
    const rawLog = db.prepare(`INSERT INTO service_log (request_id, at, user_id, kind) VALUES (?, ?, 1, 'created')`);
    let rawSeq = 0;
    const createRaw = await measure(300, () => {
      const c = call(rawSeq);
      db.transaction(() => {
        const at = Date.now();
        const id = Number(rawCreate.run(`RAW-${rawSeq++}`, at, c.subject, c.description ?? '', c.callerPhone, normalizePhone(c.callerPhone), at + HOUR, at + 96 * HOUR, at, at).lastInsertRowid);
        rawSearch.run(id, segmentText(c.subject), segmentText(c.description ?? ''), bigramText(c.subject), bigramText(c.description ?? ''));
        rawLog.run(id, at);
      })();
    });
    let createSeq = 0;
    const createInvoke = await measure(300, async () => {
      const result = await backend.invoke(session, 'requests.create', call(createSeq++));
      if (!result.ok) throw new Error(result.error.message);
    });
    add('logging a call (requests.create: request, service log, search index, timeline, audit; synchronous=FULL)', createInvoke, createRaw, 10);

    const queries: [string, string[]][] = [
      ['search: 1 Chinese character', ['机', '屏', '网', '电', '房']],
      ['search: 2 Chinese characters', ['黑屏', '告警', '录像', '机房', '空调']],
      ['search: Chinese phrase and word', ['硬盘录像机 无法', '精密空调 温度', '门禁 登录']],
      ['search: English words (prefix)', ['batt', 'network down', 'firmw', 'power fail']],
      ['search: words in every description, no subject', ['已重启', '用户', '的']],
      ['search: request number', samples.numbers],
      ['search: caller phone (prefix of 7 digits and whole)', samples.phones.flatMap((p) => [normalizePhone(p).slice(0, 7), p])],
    ];
    for (const [operation, list] of queries) {
      const raw = await measure(200, (i) => searchRequests(db, list[i % list.length]!, 20));
      const invoke = await measure(200, async (i) => {
        const result = await backend.invoke(session, 'requests.search', { query: list[i % list.length]!, limit: 20 });
        if (!result.ok) throw new Error(result.error.message);
      });
      add(operation, invoke, raw, 20);
    }

    const boardRaw = await measure(60, () => deadlineBoard(db, Date.now(), 200));
    const boardInvoke = await measure(60, async () => {
      const result = await backend.invoke(session, 'requests.board', { limit: 200 });
      if (!result.ok) throw new Error(result.error.message);
    });
    add(`the deadline board (${scale.open.toLocaleString('en')} open, 200 rows a section)`, boardInvoke, boardRaw, 50);

    const pageRaw = await measure(1000, (i) => {
      const id = samples.ids[i % samples.ids.length]!;
      findRequest(db, id);
      serviceLogOf(db, id);
    });
    const pageInvoke = await measure(1000, async (i) => {
      const result = await backend.invoke(session, 'requests.get', { id: samples.ids[i % samples.ids.length]! });
      if (!result.ok) throw new Error(result.error.message);
    });
    add("a request's page with its service log (requests.get)", pageInvoke, pageRaw, 10);
    host.close();
    return rows;
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runRequestsBench(scale: RequestsScale): Promise<string> {
  const rows = await benchRequests(scale);
  return writeReport('requests', 'The hotline: logging a call, searching requests, the deadline board, a request page', { ...scale }, rows);
}
