// A complaint form's steps as the response and progress of the request it was filled from (shared/complaints/
// request-progress.ts): filling it records the response, routing analyses and plans it, the work starts, the reply
// to the customer resolves it; each move is said on the step's line in the service log; once filed, the one who
// filed it may close the request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/api/roles';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { logCall } from '../../testing/calls';

let t: TestBackend;
const as: Partial<Record<Role, SessionContext>> = {};
let agentId: number;
let customerId: number;
let afterSales: number;

const session = (role: Role) => as[role]!;
const v = (record: { id: number; version: number }) => ({ id: record.id, version: record.version });
const MINUTE = 60_000;

beforeAll(async () => {
  // START_TIME is Friday 20 November 2026, 09:30 in Shanghai.
  t = await createTestBackend();
  for (const role of ['agent', 'seat_manager', 'info_manager', 'dept_manager'] as const) as[role] = await t.signInAs([role]);
  agentId = (await t.expectOk(session('agent'), 'auth.me', {})).id;
  afterSales = (await t.expectOk(t.admin, 'departments.list', {})).items.find((d) => d.name === '售后服务部')!.id;
  customerId = (
    await t.expectOk(session('agent'), 'customers.create', { name: '宁波市政务服务中心', kind: 'organization', contacts: [{ name: '孙科长', phones: ['0574-8888 1234'] }] })
  ).id;
});
afterAll(() => t.close());

async function complaintCall() {
  return logCall(t, session('agent'), { callerPhone: '0574-8888 1234', customerId, kind: 'complaint', priority: 'important', subject: '投诉维修人员态度' });
}

async function fill(requestId: number) {
  return t.expectOk(session('agent'), 'complaints.create', {
    customerId,
    complainant: '孙科长',
    contactPhone: '0574-8888 1234',
    content: '维修人员态度生硬，未说明故障原因。',
    requestId,
  });
}

const requestOf = async (id: number) => (await t.expectOk(session('agent'), 'requests.get', { id })).request;
const lastLine = async (id: number) => (await t.expectOk(session('agent'), 'requests.get', { id })).log.at(-1)!;

describe('the request behind a complaint form', () => {
  it('is responded to when the form is filled, analysed and planned when it is routed, worked and resolved as the form goes on', async () => {
    const call = await complaintCall();
    expect(call).toMatchObject({ state: 'accepted', firstResponseAt: null });
    t.clock.advance(10 * MINUTE);
    let form = await fill(call.id);
    // Filling the form is the response: recorded (the board waits for none any more), and in time.
    let request = await requestOf(call.id);
    expect(request).toMatchObject({ state: 'accepted', firstResponseAt: t.clock.now() });
    expect((await t.expectOk(session('agent'), 'requests.get', { id: call.id })).breaches.respond).toBeNull();
    expect(await lastLine(call.id)).toMatchObject({ kind: 'complaint.filled', details: { number: form.number, responded: true } });

    t.clock.advance(10 * MINUTE);
    form = await t.expectOk(session('seat_manager'), 'complaints.review', v(form));
    expect((await requestOf(call.id)).state).toBe('accepted');

    t.clock.advance(10 * MINUTE);
    form = await t.expectOk(session('info_manager'), 'complaints.route', { ...v(form), route: 'internal', departmentId: afterSales });
    request = await requestOf(call.id);
    // Routing decides the unit and the deadline: the analysis and the plan, planned to be done by the form's due time.
    expect(request).toMatchObject({ state: 'planned', analysedAt: t.clock.now(), plannedAt: t.clock.now(), plannedBy: form.dueAt });
    expect(await lastLine(call.id)).toMatchObject({ kind: 'complaint.routed', details: { requestFrom: 'accepted', requestTo: 'planned' } });
    expect(form.requestState).toBe('planned');

    form = await t.expectOk(session('info_manager'), 'complaints.recordResult', { ...v(form), result: '已核实，向客户致歉。' });
    expect((await requestOf(call.id)).state).toBe('in_progress');
    form = await t.expectOk(session('dept_manager'), 'complaints.sign', v(form));
    expect((await requestOf(call.id)).state).toBe('in_progress');
    form = await t.expectOk(session('seat_manager'), 'complaints.assignReply', { ...v(form), agentId });
    t.clock.advance(10 * MINUTE);
    form = await t.expectOk(session('agent'), 'complaints.recordReply', { ...v(form), reply: '已电话致歉并说明处理结果。' });
    // The customer has the result: the request waits for their confirmation, solved now.
    expect(await requestOf(call.id)).toMatchObject({ state: 'awaiting_confirmation', solvedAt: t.clock.now() });

    // Filing moves nothing by itself; not filed, the request is not closed from the form.
    expect(await t.call(session('info_manager'), 'complaints.closeRequest', { id: form.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'complaints.notNow' },
    });
    form = await t.expectOk(session('info_manager'), 'complaints.file', v(form));
    expect(form).toMatchObject({ state: 'filed', requestState: 'awaiting_confirmation' });
  });
});

describe('closing the request after filing', () => {
  async function filedForm() {
    const call = await complaintCall();
    let form = await fill(call.id);
    form = await t.expectOk(session('seat_manager'), 'complaints.review', v(form));
    form = await t.expectOk(session('info_manager'), 'complaints.route', { ...v(form), route: 'internal' });
    form = await t.expectOk(session('info_manager'), 'complaints.recordResult', { ...v(form), result: '已处理。' });
    form = await t.expectOk(session('dept_manager'), 'complaints.sign', v(form));
    form = await t.expectOk(session('seat_manager'), 'complaints.assignReply', { ...v(form), agentId });
    form = await t.expectOk(session('agent'), 'complaints.recordReply', { ...v(form), reply: '已告知。' });
    return { call, form: await t.expectOk(session('info_manager'), 'complaints.file', v(form)) };
  }

  it('closes it for the one who filed the form, with its service log line; once', async () => {
    const { call, form } = await filedForm();
    expect(await t.call(session('agent'), 'complaints.closeRequest', { id: form.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    t.clock.advance(5 * MINUTE);
    const after = await t.expectOk(session('info_manager'), 'complaints.closeRequest', { id: form.id });
    expect(after.requestState).toBe('closed');
    expect(await requestOf(call.id)).toMatchObject({ state: 'closed', closedAt: t.clock.now() });
    expect(await lastLine(call.id)).toMatchObject({
      kind: 'complaint.requestClosed',
      details: { complaintId: form.id, number: form.number, requestFrom: 'awaiting_confirmation', requestTo: 'closed' },
    });
    expect(await t.call(session('info_manager'), 'complaints.closeRequest', { id: form.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'complaints.requestNotOpen' },
    });
  });

  it('leaves a request on hold where it is, though its form goes on', async () => {
    const call = await complaintCall();
    const held = await t.expectOk(session('agent'), 'requests.transition', { ...v(call), action: 'hold', reason: '等客户回电' });
    let form = await fill(call.id);
    form = await t.expectOk(session('seat_manager'), 'complaints.review', v(form));
    form = await t.expectOk(session('info_manager'), 'complaints.route', { ...v(form), route: 'internal' });
    expect(form.requestState).toBe('on_hold');
    expect(await requestOf(call.id)).toMatchObject({ state: 'on_hold', version: held.version, analysedAt: null });
  });
});
