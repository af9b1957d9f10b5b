// Complaint forms through invoke: the whole route inside the center and by transfer, each step by its role; sending
// back for correction; deadlines on the working calendar across holidays; the lists, the board's part, the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../auth/sessions';
import type { Role } from '../../../../shared/api/roles';
import { createTestBackend, TestClock, type TestBackend } from '../../testing/fixture';
import { logCall } from '../../testing/calls';

let t: TestBackend;
const as: Partial<Record<Role | 'agent2', SessionContext>> = {};
let agentId: number;
let customerId: number;
let afterSales: number;
let engineering: number;
let higherLevel: number;

const session = (role: Role | 'agent2') => as[role]!;

/** Signs everyone in (again: sessions end when the test's clock jumps a week). */
async function signInEveryone() {
  for (const role of ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'supervisor', 'technician'] as const) as[role] = await t.signInAs([role]);
  as.agent2 = await t.signIn('agent-two');
}

beforeAll(async () => {
  // START_TIME is Friday 20 November 2026, 09:30 in Shanghai.
  t = await createTestBackend();
  await t.createUser(['agent'], 'agent-two');
  await signInEveryone();
  agentId = (await t.expectOk(session('agent'), 'auth.me', {})).id;
  const departments = (await t.expectOk(t.admin, 'departments.list', {})).items;
  afterSales = departments.find((d) => d.name === '售后服务部')!.id;
  engineering = departments.find((d) => d.name === '工程部')!.id;
  higherLevel = departments.find((d) => d.kind === 'higher_level')!.id;
  customerId = (
    await t.expectOk(session('agent'), 'customers.create', {
      name: '杭州西湖区政务服务中心',
      kind: 'organization',
      contacts: [{ name: '陈科长', phones: ['0571-8888 6666'] }],
    })
  ).id;
});
afterAll(() => t.close());

async function newForm(content = '维修人员两次未按约定时间到场。', requestId?: number) {
  return t.expectOk(session('agent'), 'complaints.create', {
    customerId,
    complainant: '陈科长',
    contactPhone: '0571-8888 6666',
    content,
    ...(requestId !== undefined && { requestId }),
  });
}

const v = (form: { id: number; version: number }) => ({ id: form.id, version: form.version });

describe('a complaint handled inside the center', () => {
  it('goes filled → reviewed → routed → reply written → signed → agent assigned → replied → filed, with corrections sent back', async () => {
    const request = await logCall(t, session('agent'), { callerPhone: '0571-8888 6666', customerId, kind: 'complaint', priority: 'important', subject: '投诉维修人员迟到' });
    let form = await newForm('维修人员两次未按约定时间到场。', request.id);
    expect(form.number).toMatch(/^TS-20261120-\d{4}$/);
    expect(form).toMatchObject({
      state: 'filled',
      customerId,
      requestNumber: request.number,
      dueAt: null,
      deadline: null,
      part1: { complainant: '陈科长', contactPhone: '0571-8888 6666', content: '维修人员两次未按约定时间到场。', route: null },
      part2: { transferUnit: null, sentAt: null, dueAt: null },
    });

    // Only the seat manager reviews what the agent filled; the information manager's turn has not come.
    expect(await t.call(session('agent'), 'complaints.review', v(form))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(session('info_manager'), 'complaints.returnForCorrection', { ...v(form), reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'complaints.notYourReview' },
    });
    form = await t.expectOk(session('seat_manager'), 'complaints.returnForCorrection', { ...v(form), reason: '请写明到场约定的时间。' });
    expect(form).toMatchObject({ state: 'returned', returned: { reason: '请写明到场约定的时间。' } });
    form = await t.expectOk(session('agent'), 'complaints.resubmit', { ...v(form), content: '约定 11 月 18 日上午到场，两次未到。' });
    expect(form).toMatchObject({ state: 'filled', returned: null, part1: { content: '约定 11 月 18 日上午到场，两次未到。' } });

    form = await t.expectOk(session('seat_manager'), 'complaints.review', v(form));
    expect(form.state).toBe('reviewed');
    form = await t.expectOk(session('info_manager'), 'complaints.route', { ...v(form), route: 'internal', departmentId: afterSales });
    // One working day after Friday 20 November: the end of Monday 23 November in Shanghai.
    expect(new Date(form.dueAt!).toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(form).toMatchObject({ state: 'routed_internal', part1: { route: 'internal', unit: { name: '售后服务部' } }, part2: { transferUnit: null } });
    expect(form.deadline).toMatchObject({ doneAt: null, late: false, breach: 'none' });

    form = await t.expectOk(session('info_manager'), 'complaints.recordResult', { ...v(form), result: '已核实，向客户致歉。' });
    expect(form.state).toBe('answered_internal');
    expect(form.deadline).toMatchObject({ doneAt: t.clock.now(), late: false });
    // The manager sends the reply back; its deadline runs again.
    form = await t.expectOk(session('dept_manager'), 'complaints.returnForCorrection', { ...v(form), reason: '请写明整改措施。' });
    expect(form).toMatchObject({ state: 'routed_internal', deadline: { doneAt: null }, part1: { result: '已核实，向客户致歉。' } });
    t.clock.advance(3_600_000);
    form = await t.expectOk(session('info_manager'), 'complaints.recordResult', { ...v(form), result: '已核实，向客户致歉，并调整派工排班。' });
    const signature = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    expect(await t.call(session('dept_manager'), 'complaints.sign', { ...v(form), signature: 'data:text/html;base64,AAAA' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    form = await t.expectOk(session('dept_manager'), 'complaints.sign', { ...v(form), signature });
    expect(form).toMatchObject({ state: 'ready_for_reply', part1: { signature, signedAt: t.clock.now() } });
    expect(form.part1.signedByName).not.toBeNull();

    expect(await t.call(session('seat_manager'), 'complaints.assignReply', { ...v(form), agentId: t.adminId })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'agentId', key: 'validation.replyAgent' }] } },
    });
    form = await t.expectOk(session('seat_manager'), 'complaints.assignReply', { ...v(form), agentId });
    expect(form).toMatchObject({ state: 'reply_assigned', part1: { replyAgentId: agentId } });
    const mine = await t.expectOk(session('agent'), 'complaints.list', { mine: true });
    expect(mine.items.map((i) => i.id)).toContain(form.id);
    expect(await t.call(session('agent2'), 'complaints.recordReply', { ...v(form), reply: '已告知' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'complaints.notAssignedToYou' },
    });
    form = await t.expectOk(session('agent'), 'complaints.recordReply', { ...v(form), reply: '已电话告知陈科长处理结果，客户表示满意。' });
    expect(form.state).toBe('replied');
    // A stale version is a conflict, not a second filing.
    expect(await t.call(session('info_manager'), 'complaints.file', { id: form.id, version: form.version - 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    form = await t.expectOk(session('info_manager'), 'complaints.file', v(form));
    expect(form).toMatchObject({ state: 'filed', deadline: { late: false, breach: 'none' } });
    expect(form.steps.map((s) => s.step)).toEqual([
      'fill',
      'returnForCorrection',
      'resubmit',
      'review',
      'route',
      'recordResult',
      'returnForCorrection',
      'recordResult',
      'sign',
      'assignReply',
      'recordReply',
      'file',
    ]);

    // Every step is in the request's service log and the customer's repair archive.
    const page = await t.expectOk(session('agent'), 'requests.get', { id: request.id });
    const logged = page.log.filter((l) => l.kind.startsWith('complaint.')).map((l) => l.kind);
    expect(logged).toHaveLength(12);
    expect(logged[0]).toBe('complaint.filled');
    expect(logged[11]).toBe('complaint.filed');
    const timeline = await t.expectOk(session('agent'), 'customers.timeline', { customerId, limit: 100 });
    expect(timeline.items.filter((e) => e.kind.startsWith('complaint.') && e.details['complaintId'] === form.id)).toHaveLength(12);
    // The service log stays append-only.
    const side = t.openSideConnection();
    expect(() => side.prepare('DELETE FROM complaint_steps').run()).toThrow(/append-only/);
    side.close();
  });
});

describe('a complaint transferred to the higher-level office', () => {
  it('is signed, part 2 goes out, comes back with the unit\'s opinion, and is on the board while late', async () => {
    let form = await newForm('对保修期内收取上门费不满。');
    form = await t.expectOk(session('seat_manager'), 'complaints.review', v(form));
    // The department manager sends back a transfer before signing: back to the information manager to route again.
    form = await t.expectOk(session('info_manager'), 'complaints.route', { ...v(form), route: 'transfer_department', departmentId: engineering });
    expect(form).toMatchObject({ state: 'routed_transfer', part2: { transferUnit: { name: '工程部' } } });
    form = await t.expectOk(session('dept_manager'), 'complaints.returnForCorrection', { ...v(form), reason: '收费问题应报上级单位。' });
    expect(form).toMatchObject({ state: 'reviewed', dueAt: null, part1: { route: null, unit: null } });
    expect(await t.call(session('info_manager'), 'complaints.route', { ...v(form), route: 'transfer_higher_level', departmentId: engineering })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'departmentId', key: 'validation.complaintUnit' }] } },
    });
    form = await t.expectOk(session('info_manager'), 'complaints.route', { ...v(form), route: 'transfer_higher_level' });
    expect(form.part2.transferUnit?.id).toBe(higherLevel);
    // Five working days after Friday 20 November: the end of Friday 27 November.
    expect(new Date(form.part2.dueAt!).toISOString()).toBe('2026-11-27T16:00:00.000Z');
    form = await t.expectOk(session('dept_manager'), 'complaints.sign', v(form));
    expect(form.state).toBe('signed_transfer');
    t.clock.advance(600_000);
    const sentAt = t.clock.now();
    form = await t.expectOk(session('info_manager'), 'complaints.send', v(form));
    expect(form).toMatchObject({ state: 'sent', part2: { sentAt } });

    // A week later, Friday 27 November, part 2 is due today; on Monday 30 November it is late. Both on the board, with
    // the unit that holds it.
    t.clock.advance(7 * 86_400_000);
    await signInEveryone();
    const dueToday = await t.expectOk(session('info_manager'), 'complaints.due', {});
    expect(dueToday.dueToday.find((r) => r.id === form.id)).toMatchObject({ part2Out: true, overdue: false, breach: 'none' });
    t.clock.advance(3 * 86_400_000);
    await signInEveryone();
    const board = await t.expectOk(session('seat_manager'), 'complaints.due', {});
    const row = board.late.find((r) => r.id === form.id)!;
    expect(row).toMatchObject({ part2Out: true, overdue: true, unit: { id: higherLevel }, breach: 'minor' });
    expect(row.lateByWorking).toBeGreaterThan(0);
    expect((await t.expectOk(session('info_manager'), 'complaints.list', { overdue: true })).items.map((i) => i.id)).toContain(form.id);
    expect(await t.call(session('agent'), 'complaints.due', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(
      await t.call(session('info_manager'), 'complaints.recordOpinion', { ...v(form), opinion: '属实', opinionBy: '张处长', cameBackAt: sentAt - 1 }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    form = await t.expectOk(session('info_manager'), 'complaints.recordOpinion', {
      ...v(form),
      opinion: '经核查，保修期内不应收取上门费，已责成退还。',
      opinionBy: '上级单位 张处长',
    });
    expect(form).toMatchObject({ state: 'opinion_received', part2: { opinionBy: '上级单位 张处长', cameBackAt: t.clock.now() }, deadline: { late: true } });
    form = await t.expectOk(session('info_manager'), 'complaints.recordResult', { ...v(form), result: '上门费已退还客户。' });
    expect(form.state).toBe('ready_for_reply');
    form = await t.expectOk(session('seat_manager'), 'complaints.assignReply', { ...v(form), agentId });
    form = await t.expectOk(session('agent'), 'complaints.recordReply', { ...v(form), reply: '已告知客户上门费将退还。' });
    form = await t.expectOk(session('info_manager'), 'complaints.file', v(form));
    expect(form.state).toBe('filed');
    expect((await t.expectOk(session('seat_manager'), 'complaints.due', {})).late.map((r) => r.id)).not.toContain(form.id);
  });
});

describe('who sees complaint forms', () => {
  it('technicians do not; supervisors read and print but take no step', async () => {
    const form = await newForm('热线长时间无人接听。');
    expect(await t.call(session('technician'), 'complaints.get', { id: form.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(session('supervisor'), 'complaints.review', v(form))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await t.expectOk(session('supervisor'), 'complaints.get', { id: form.id })).state).toBe('filled');
    expect(await t.call(session('seat_manager'), 'complaints.register', { from: '2026-11-01', to: '2026-11-30' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('the register (用户投诉及处理记录)', () => {
  it('lists the forms received in the date range with their routing, result and deadline, and totals them', async () => {
    const register = await t.expectOk(session('supervisor'), 'complaints.register', { from: '2026-11-01', to: '2026-11-30' });
    expect(register.rows.length).toBeGreaterThanOrEqual(3);
    expect(register.totals.count).toBe(register.rows.length);
    expect(register.totals.internal).toBeGreaterThanOrEqual(1);
    expect(register.totals.transferHigherLevel).toBeGreaterThanOrEqual(1);
    const late = register.rows.find((r) => r.route === 'transfer_higher_level')!;
    expect(late).toMatchObject({ deadlineMet: 'late', breach: 'minor', state: 'filed', unit: { kind: 'higher_level' } });
    const met = register.rows.find((r) => r.route === 'internal')!;
    expect(met.deadlineMet).toBe('met');
    expect(register.centerName).not.toBe('');
    const byUnit = await t.expectOk(session('supervisor'), 'complaints.register', { from: '2026-11-01', to: '2026-11-30', departmentId: higherLevel });
    expect(byUnit.rows.every((r) => r.unit?.id === higherLevel)).toBe(true);
    const filled = await t.expectOk(session('supervisor'), 'complaints.register', { from: '2026-11-01', to: '2026-11-30', state: 'filled' });
    expect(filled.rows.every((r) => r.state === 'filled')).toBe(true);
    // The day before, in the center's time zone, has none of them.
    expect((await t.expectOk(session('supervisor'), 'complaints.register', { from: '2026-11-19', to: '2026-11-19' })).rows).toHaveLength(0);
  });

  it('follows the forms of a merged customer', async () => {
    const other = await t.expectOk(session('agent'), 'customers.create', { name: '杭州西湖区政务中心', kind: 'organization', contacts: [{ name: '陈', phones: ['13700137000'] }] });
    const form = await t.expectOk(session('agent'), 'complaints.create', { customerId: other.id, complainant: '陈', contactPhone: '13700137000', content: '重复档案的投诉' });
    const target = await t.expectOk(session('agent'), 'customers.get', { id: customerId });
    await t.expectOk(session('supervisor'), 'customers.merge', { sourceId: other.id, sourceVersion: other.version, targetId: customerId, targetVersion: target.customer.version });
    expect((await t.expectOk(session('agent'), 'complaints.get', { id: form.id })).customerId).toBe(customerId);
  });
});

/** Routes a new form at `at` by `route` in a backend whose clock starts there; returns the due date (ISO). */
async function dueWhenRoutedAt(at: string, route: 'internal' | 'transfer_department' | 'transfer_higher_level'): Promise<string> {
  const b = await createTestBackend({ clock: new TestClock(Date.parse(at)) });
  try {
    const agent = await b.signInAs(['agent']);
    const seat = await b.signInAs(['seat_manager']);
    const info = await b.signInAs(['info_manager']);
    const customer = await b.expectOk(agent, 'customers.create', { name: '节假日客户', kind: 'individual', contacts: [{ name: '刘', phones: ['13800138000'] }] });
    let form = await b.expectOk(agent, 'complaints.create', { customerId: customer.id, complainant: '刘', contactPhone: '13800138000', content: '投诉' });
    form = await b.expectOk(seat, 'complaints.review', v(form));
    const engineering = (await b.expectOk(b.admin, 'departments.list', {})).items.find((d) => d.name === '工程部')!.id;
    form = await b.expectOk(info, 'complaints.route', { ...v(form), route, ...(route === 'transfer_department' && { departmentId: engineering }) });
    return new Date(form.dueAt!).toISOString();
  } finally {
    b.close();
  }
}

describe('deadlines on the working calendar', () => {
  // Routed at 10:00 in Shanghai (02:00 UTC); due at the end (24:00 Shanghai = 16:00 UTC) of the Nth working day after.
  it.each([
    // National Day 2025: 1-8 October off, Sunday 28 September and Saturday 11 October worked.
    ['2025-09-30T02:00:00Z', 'internal', '2025-10-09T16:00:00.000Z'],
    ['2025-09-30T02:00:00Z', 'transfer_department', '2025-10-11T16:00:00.000Z'],
    ['2025-09-30T02:00:00Z', 'transfer_higher_level', '2025-10-14T16:00:00.000Z'],
    // Routed on the make-up Sunday 28 September 2025 itself.
    ['2025-09-28T02:00:00Z', 'internal', '2025-09-29T16:00:00.000Z'],
    // Spring Festival 2025: 28 January - 4 February off, Sunday 26 January and Saturday 8 February worked.
    ['2025-01-27T02:00:00Z', 'internal', '2025-02-05T16:00:00.000Z'],
    ['2025-01-27T02:00:00Z', 'transfer_department', '2025-02-07T16:00:00.000Z'],
    ['2025-01-27T02:00:00Z', 'transfer_higher_level', '2025-02-10T16:00:00.000Z'],
    // Spring Festival 2026: 15-23 February off, Saturdays 14 and 28 February worked.
    ['2026-02-13T02:00:00Z', 'internal', '2026-02-14T16:00:00.000Z'],
    ['2026-02-13T02:00:00Z', 'transfer_department', '2026-02-25T16:00:00.000Z'],
    ['2026-02-13T02:00:00Z', 'transfer_higher_level', '2026-02-27T16:00:00.000Z'],
    // National Day 2026: 1-7 October off, Sunday 20 September and Saturday 10 October worked.
    ['2026-09-30T02:00:00Z', 'internal', '2026-10-08T16:00:00.000Z'],
    ['2026-09-30T02:00:00Z', 'transfer_department', '2026-10-10T16:00:00.000Z'],
    ['2026-09-30T02:00:00Z', 'transfer_higher_level', '2026-10-13T16:00:00.000Z'],
  ] as const)('routed %s by %s: due %s', async (at, route, due) => {
    expect(await dueWhenRoutedAt(at, route)).toBe(due);
  });
});

describe('the board late in the evening', () => {
  it('shows a form falling due just after midnight among those due today', async () => {
    // Monday 23 November 2026, 23:30 in Shanghai; the supervisor has made the internal reply due in 1 hour.
    const b = await createTestBackend({ clock: new TestClock(Date.parse('2026-11-23T15:30:00Z')) });
    try {
      const supervisor = await b.signInAs(['supervisor']);
      const policy = await b.expectOk(supervisor, 'sla.getPolicy', {});
      await b.expectOk(supervisor, 'sla.updatePolicy', {
        version: policy.version,
        priorities: policy.priorities,
        other: { ...policy.other, complaintInternal: { amount: 1, unit: 'hours' } },
      });
      const agent = await b.signInAs(['agent']);
      const customer = await b.expectOk(agent, 'customers.create', { name: '夜间客户', kind: 'individual', contacts: [{ name: '吴', phones: ['13600136000'] }] });
      let form = await b.expectOk(agent, 'complaints.create', { customerId: customer.id, complainant: '吴', contactPhone: '13600136000', content: '夜间热线无人接听' });
      form = await b.expectOk(await b.signInAs(['seat_manager']), 'complaints.review', v(form));
      form = await b.expectOk(await b.signInAs(['info_manager']), 'complaints.route', { ...v(form), route: 'internal' });
      expect(new Date(form.dueAt!).toISOString()).toBe('2026-11-23T16:30:00.000Z');
      const board = await b.expectOk(supervisor, 'complaints.due', {});
      expect(board.dueToday.map((r) => r.id)).toEqual([form.id]);
    } finally {
      b.close();
    }
  });
});
