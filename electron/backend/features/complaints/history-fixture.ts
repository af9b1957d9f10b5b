// A history of complaint forms written straight into the tables, for the query-plan test and `npm run bench`: forms
// received over a span of time, each walked along its route (sent back now and then, inside the center or transferred,
// sometimes late, rarely stalled) with realistic delays, and cut at `now`, so recent forms are on their way and old
// ones filed. The columns and the complaint_steps lines are those the handlers write; the deadlines come from the
// working calendar's one function.
import { sql, type Db } from '../../db/connection';
import { ROUTE_DEADLINE, type ComplaintRoute, type ComplaintState, type ComplaintStep } from '../../../../shared/complaints/route';
import { dateOfDayNumber } from '../../../../shared/calendar/day-numbers';
import { zoneClock } from '../../../../shared/calendar/zone';
import { normalizePhone } from '../../../../shared/customers/phones';
import { otherDeadline } from '../calendar';
import { centerTimeZone } from '../../lib/center-time';
import type { ComplaintRow } from './repository';
import { excerpt } from './steps';

export interface HistoryOptions {
  complaints: number;
  /** Forms are received evenly between these instants (the newest last). */
  from: number;
  to: number;
  now: number;
  /** Customers to link forms to. */
  customerIds: readonly number[];
  /** The share of forms that came from a complaint call logged as a request (one is written for each). */
  requestShare: number;
  people: { agents: readonly number[]; seatManager: number; infoManager: number; deptManager: number };
  /** A uniform random number in [0, 1), deterministic for repeatable figures. */
  random: () => number;
}

export interface History {
  complaintIds: number[];
  requestIds: number[];
  /** How many forms ended in each state. */
  states: Partial<Record<ComplaintState, number>>;
  steps: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A 1×1 transparent PNG: a drawn signature's shape without its weight. */
export const TINY_SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const WHAT = ['维修人员未按约定时间到场', '保修期内更换配件却被收取费用', '话务员答复态度生硬', '同一故障一个月内反复出现', '报修三天无人联系', '上门工程师未带备件，白跑一趟', '维修后设备仍无法正常使用', '发票迟迟未开具', '更换的硬盘不是原厂配件', '夜间热线无人接听'];
const WHERE = ['监控中心', '一号机房', '门诊楼', '地下车库', '消防控制室', '数据中心', '办公楼大堂', '变电所'];
const DEVICES = ['硬盘录像机', '网络摄像机', '门禁一体机', 'UPS 电源', '精密空调', '核心交换机', '报警主机', '拼接屏'];
const NAMES = ['陈科长', '王主任', '李工', '赵经理', '刘女士', '张先生', '周处长', '孙老师'];
const RESULTS = ['已核实情况属实，向客户致歉，并调整派工排班。', '已退还误收的配件费用，并对收费人员进行培训。', '已安排高级工程师复查，更换主板后恢复正常。', '已对话务员进行服务规范培训，客户表示接受。'];
const OPINIONS = ['经核查，配件属保修范围，费用全额退还。', '已派专人上门复查，问题系供电不稳引起，已加装稳压器。', '同意更换整机，厂家三个工作日内发货。', '已约谈责任人，整改措施见附件。'];
const REPLIES = ['已电话告知客户处理结果，客户表示满意。', '已回电说明原因并致歉，客户接受。', '已告知客户更换安排，客户认可。'];

interface Event {
  step: ComplaintStep | 'fill';
  at: number;
  by: number;
  to: ComplaintState;
  columns: Partial<ComplaintRow>;
  details: Record<string, unknown>;
}

interface Units {
  own: number[];
  others: number[];
  higher: number[];
}

/** The whole life of one form from its call, as it would go if nothing stopped it; the caller cuts it at `now`. */
function lifeOf(db: Db, o: HistoryOptions, units: Units, receivedAt: number, content: string): Event[] {
  const r = o.random;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const between = (min: number, max: number) => Math.round(min + r() * (max - min));
  const { seatManager: seat, infoManager: info, deptManager: manager } = o.people;
  const agent = pick(o.people.agents);
  const events: Event[] = [];
  let at = receivedAt + between(2 * MINUTE, 25 * MINUTE);
  const add = (step: Event['step'], delay: number, by: number, to: ComplaintState, columns: Partial<ComplaintRow> = {}, details: Record<string, unknown> = {}) => {
    at += delay;
    events.push({ step, at, by, to, columns, details });
  };
  add('fill', 0, agent, 'filled', {}, { content: excerpt(content) });
  if (r() < 0.1) {
    add('returnForCorrection', between(HOUR, 4 * HOUR), seat, 'returned', { return_reason: '请写明约定到场的时间和联系人。', returned_by: seat }, { reason: '请写明约定到场的时间和联系人。' });
    events.at(-1)!.columns.returned_at = at;
    add('resubmit', between(HOUR / 2, 3 * HOUR), agent, 'filled', {}, { corrected: ['content'] });
  }
  add('review', between(HOUR / 2, 6 * HOUR), seat, 'reviewed', { reviewed_by: seat });
  events.at(-1)!.columns.reviewed_at = at;

  const roll = r();
  const route: ComplaintRoute = roll < 0.5 ? 'internal' : roll < 0.85 ? 'transfer_department' : 'transfer_higher_level';
  const routeTo = (chosen: ComplaintRoute) => {
    const departmentId = chosen === 'internal' ? pick(units.own) : chosen === 'transfer_department' ? pick(units.others) : pick(units.higher);
    add('route', between(HOUR, 8 * HOUR), info, chosen === 'internal' ? 'routed_internal' : 'routed_transfer');
    const dueAt = otherDeadline(db, ROUTE_DEADLINE[chosen], at);
    Object.assign(events.at(-1)!, {
      columns: { route: chosen, department_id: departmentId, routed_by: info, routed_at: at, due_at: dueAt, handled_at: null },
      details: { route: chosen, departmentId, dueAt },
    });
    return dueAt;
  };
  // Most work comes back in time; some late by a few days; a few never (the form stalls there).
  const workDone = (dueAt: number) => {
    const late = r() < 0.12;
    const done = late ? dueAt + between(2 * HOUR, 6 * DAY) : Math.max(at + HOUR, dueAt - between(HOUR, 40 * HOUR));
    return done - at;
  };
  const stalls = r() < 0.004;

  if (route === 'internal') {
    const dueAt = routeTo(route);
    const result = pick(RESULTS);
    add('recordResult', workDone(dueAt), info, 'answered_internal', { result, result_by: info }, { result: excerpt(result) });
    Object.assign(events.at(-1)!.columns, { result_at: at, handled_at: at });
    if (r() < 0.08) {
      add('returnForCorrection', between(HOUR, 5 * HOUR), manager, 'routed_internal', { return_reason: '请补充整改措施。', returned_by: manager, handled_at: null, result_at: null, result_by: null }, { reason: '请补充整改措施。' });
      events.at(-1)!.columns.returned_at = at;
      add('recordResult', between(HOUR, 6 * HOUR), info, 'answered_internal', { result: `${result}并已落实整改措施。`, result_by: info }, { result: excerpt(result) });
      Object.assign(events.at(-1)!.columns, { result_at: at, handled_at: at });
    }
    const drawn = r() < 0.3;
    add('sign', between(HOUR / 2, 6 * HOUR), manager, 'ready_for_reply', { signed_by: manager, signature: drawn ? TINY_SIGNATURE : null }, { drawn });
    events.at(-1)!.columns.signed_at = at;
  } else {
    let dueAt = routeTo(route);
    if (r() < 0.05) {
      add('returnForCorrection', between(HOUR, 5 * HOUR), manager, 'reviewed', { return_reason: '转办单位不对，请重新确定。', returned_by: manager, route: null, department_id: null, routed_by: null, routed_at: null, due_at: null, handled_at: null }, { reason: '转办单位不对，请重新确定。' });
      events.at(-1)!.columns.returned_at = at;
      dueAt = routeTo(route);
    }
    const drawn = r() < 0.3;
    add('sign', between(HOUR, 8 * HOUR), manager, 'signed_transfer', { signed_by: manager, signature: drawn ? TINY_SIGNATURE : null }, { drawn });
    events.at(-1)!.columns.signed_at = at;
    const departmentId = events.filter((e) => e.step === 'route').at(-1)!.columns.department_id;
    add('send', between(HOUR / 2, 4 * HOUR), info, 'sent', { sent_by: info }, { departmentId, dueAt });
    events.at(-1)!.columns.sent_at = at;
    if (stalls) return events;
    const opinion = pick(OPINIONS);
    const opinionBy = pick(['工程部 郑工', '物资部 钱主任', '上级单位 客服处', '技术支持组 吴工']);
    add('recordOpinion', workDone(dueAt), info, 'opinion_received', { opinion, opinion_by: opinionBy, opinion_recorded_by: info }, { opinion: excerpt(opinion), opinionBy });
    Object.assign(events.at(-1)!.columns, { opinion_at: at, handled_at: at });
    events.at(-1)!.details.cameBackAt = at;
    const result = pick(RESULTS);
    add('recordResult', between(HOUR, 24 * HOUR), info, 'ready_for_reply', { result, result_by: info }, { result: excerpt(result) });
    events.at(-1)!.columns.result_at = at;
  }
  if (stalls) return events;
  add('assignReply', between(HOUR / 2, 4 * HOUR), seat, 'reply_assigned', { reply_agent_id: agent, assigned_by: seat }, { agentId: agent });
  events.at(-1)!.columns.assigned_at = at;
  const reply = pick(REPLIES);
  add('recordReply', between(HOUR / 2, 24 * HOUR), agent, 'replied', { reply, replied_by: agent }, { reply: excerpt(reply) });
  events.at(-1)!.columns.replied_at = at;
  add('file', between(HOUR, 72 * HOUR), info, 'filed', { filed_by: info });
  events.at(-1)!.columns.filed_at = at;
  return events;
}

/** Writes the history in one transaction (the caller may turn synchronous off around it for speed). */
export function writeComplaintHistory(db: Db, o: HistoryOptions): History {
  const clock = zoneClock(centerTimeZone(db));
  const departments = sql(db, 'SELECT id, kind, name FROM departments WHERE active = 1 ORDER BY id').all() as Array<{ id: number; kind: string; name: string }>;
  const own = departments.filter((d) => d.kind === 'department');
  const units: Units = {
    own: own.filter((d) => d.name === '售后服务部').map((d) => d.id),
    others: own.filter((d) => d.name !== '售后服务部').map((d) => d.id),
    higher: departments.filter((d) => d.kind === 'higher_level').map((d) => d.id),
  };
  if (units.own.length === 0) units.own = own.slice(0, 1).map((d) => d.id);
  if (units.others.length === 0) units.others = units.own;
  if (units.higher.length === 0) throw new Error('The history needs a higher-level unit');

  const history: History = { complaintIds: [], requestIds: [], states: {}, steps: 0 };
  const columnsOf = (row: Record<string, unknown>) => Object.keys(row);
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const insert = (table: string, row: Record<string, unknown>): number => {
    const names = columnsOf(row);
    const key = `${table}:${names.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`);
      statements.set(key, statement);
    }
    return Number(statement.run(row).lastInsertRowid);
  };
  const sequence = db.prepare(
    `INSERT INTO number_sequences (key, last_value) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET last_value = last_value + 1 RETURNING last_value`,
  );
  const numberOf = (prefix: string, sequenceKey: (date: string) => string, at: number) => {
    const date = dateOfDayNumber(clock.dayOf(at));
    const n = (sequence.get(sequenceKey(date)) as { last_value: number }).last_value;
    return `${prefix}-${date.replaceAll('-', '')}-${String(n).padStart(4, '0')}`;
  };
  const step = db.prepare(
    'INSERT INTO complaint_steps (complaint_id, step, at, user_id, from_state, to_state, details) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  db.transaction(() => {
    const r = o.random;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
    for (let i = 0; i < o.complaints; i++) {
      const receivedAt = Math.round(o.from + ((o.to - o.from) * (i + r())) / o.complaints);
      if (receivedAt > o.now) break;
      const customerId = pick(o.customerIds);
      const complainant = pick(NAMES);
      const phone = `1${3 + Math.floor(r() * 7)}${Math.floor(r() * 10)} ${String(1000 + Math.floor(r() * 9000))} ${String(1000 + Math.floor(r() * 9000))}`;
      const content = `${pick(WHERE)}的${pick(DEVICES)}：${pick(WHAT)}。客户要求说明原因并给出处理意见。`;
      let requestId: number | null = null;
      if (r() < o.requestShare) {
        const callAt = receivedAt - Math.round(r() * 10 * MINUTE);
        requestId = insert('requests', {
          number: numberOf('FW', (date) => `request:${date}`, callAt),
          received_at: callAt,
          channel: 'hotline',
          kind: 'complaint',
          priority: 'important',
          state: 'closed',
          subject: `投诉：${pick(WHAT)}`,
          caller_name: complainant,
          caller_phone: phone,
          caller_phone_normalized: normalizePhone(phone),
          customer_id: customerId,
          respond_by: callAt + 2 * HOUR,
          solve_by: callAt + 2 * DAY,
          first_response_at: callAt,
          closed_at: callAt + HOUR,
          created_at: callAt,
          updated_at: callAt + HOUR,
        });
        history.requestIds.push(requestId);
      }
      const events = lifeOf(db, o, units, receivedAt, content).filter((e) => e.at <= o.now);
      const fill = events[0];
      if (!fill) continue;
      const row: Record<string, unknown> = {
        number: numberOf('TS', (date) => `TS-${date.replaceAll('-', '')}`, receivedAt),
        state: 'filled',
        customer_id: customerId,
        request_id: requestId,
        complainant,
        contact_phone: phone,
        content,
        received_at: receivedAt,
        filled_by: fill.by,
        version: events.length - 1,
        created_at: fill.at,
        updated_at: events.at(-1)!.at,
      };
      for (const event of events) Object.assign(row, event.columns, { state: event.to });
      const id = insert('complaints', row);
      let from: ComplaintState | null = null;
      for (const event of events) {
        step.run(id, event.step, event.at, event.by, from, event.to, JSON.stringify(event.details));
        from = event.to;
      }
      history.complaintIds.push(id);
      history.steps += events.length;
      history.states[row.state as ComplaintState] = (history.states[row.state as ComplaintState] ?? 0) + 1;
    }
  })();
  return history;
}
