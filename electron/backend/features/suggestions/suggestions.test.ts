// Customer suggestions through invoke: recorded, forwarded (due 5 working days later by default, a supervisor's
// setting), answered and closed; in the request's service log and the customer's repair archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { logCall } from '../../testing/calls';

let t: TestBackend;
let agent: SessionContext;
let manager: SessionContext;
let supervisor: SessionContext;
let afterSales: number;
let materials: number;
let customerId: number;

beforeAll(async () => {
  // START_TIME is Friday 20 November 2026, 09:30 in Shanghai.
  t = await createTestBackend();
  agent = await t.signInAs(['agent']);
  manager = await t.signInAs(['dept_manager']);
  supervisor = await t.signInAs(['supervisor']);
  const departments = (await t.expectOk(t.admin, 'departments.list', {})).items;
  afterSales = departments.find((d) => d.name === '售后服务部')!.id;
  materials = departments.find((d) => d.name === '物资部')!.id;
  customerId = (
    await t.expectOk(agent, 'customers.create', { name: '苏州工业园区管委会', kind: 'organization', contacts: [{ name: '周主任', phones: ['0512-6666 8888'] }] })
  ).id;
});
afterAll(() => t.close());

describe('a suggestion', () => {
  it('is recorded, forwarded, answered within 5 working days and closed, each step logged', async () => {
    const request = await logCall(t, agent, { callerPhone: '0512-6666 8888', customerId, kind: 'suggestion', subject: '建议增加微信报修' });
    let suggestion = await t.expectOk(agent, 'suggestions.create', {
      content: '希望热线增加微信报修渠道，方便夜间报修。',
      channel: 'hotline',
      callerName: '周主任',
      callerPhone: '0512-6666 8888',
      requestId: request.id,
    });
    expect(suggestion).toMatchObject({ state: 'recorded', customerId, requestNumber: request.number, departmentId: null, dueAt: null, overdue: false });
    expect(suggestion.number).toMatch(/^JY-20261120-\d{4}$/);
    expect(await t.call(agent, 'suggestions.answer', { id: suggestion.id, version: suggestion.version, answer: '太早了' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });

    suggestion = await t.expectOk(agent, 'suggestions.forward', { id: suggestion.id, version: suggestion.version, departmentId: afterSales });
    // Five working days after Friday 20 November: Friday 27 November, 24:00 in Shanghai.
    expect(new Date(suggestion.dueAt!).toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(suggestion).toMatchObject({ state: 'forwarded', departmentName: '售后服务部', forwardedAt: t.clock.now() });

    t.clock.advance(3_600_000);
    suggestion = await t.expectOk(agent, 'suggestions.forward', { id: suggestion.id, version: suggestion.version, departmentId: materials });
    expect(suggestion).toMatchObject({ departmentName: '物资部', forwardedAt: t.clock.now() });

    suggestion = await t.expectOk(manager, 'suggestions.answer', { id: suggestion.id, version: suggestion.version, answer: '已纳入明年服务平台改造计划。' });
    expect(suggestion.state).toBe('answered');
    expect(await t.call(manager, 'suggestions.close', { id: suggestion.id, version: suggestion.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    suggestion = await t.expectOk(agent, 'suggestions.close', { id: suggestion.id, version: suggestion.version, note: '已电话告知周主任。' });
    expect(suggestion).toMatchObject({ state: 'closed', closingNote: '已电话告知周主任。' });

    const log = (await t.expectOk(agent, 'requests.get', { id: request.id })).log.map((line) => line.kind).filter((k) => k.startsWith('suggestion.'));
    expect(log).toEqual(['suggestion.recorded', 'suggestion.forwarded', 'suggestion.forwarded', 'suggestion.answered', 'suggestion.closed']);
    const archive = (await t.expectOk(agent, 'customers.timeline', { customerId })).items.map((e) => e.kind);
    expect(archive).toEqual(expect.arrayContaining(['suggestion.recorded', 'suggestion.answered', 'suggestion.closed']));
  });

  it('is forwarded at once when recorded with a department, and is late after its deadline', async () => {
    const suggestion = await t.expectOk(agent, 'suggestions.create', { content: '建议上门前短信告知', channel: 'web', departmentId: afterSales });
    expect(suggestion).toMatchObject({ state: 'forwarded', departmentId: afterSales });
    t.clock.time = Date.UTC(2026, 10, 28, 2, 0);
    agent = await t.signInAs(['agent']);
    expect((await t.expectOk(agent, 'suggestions.get', { id: suggestion.id })).overdue).toBe(true);
    const overdue = await t.expectOk(agent, 'suggestions.list', { overdue: true });
    expect(overdue.items.map((s) => s.id)).toContain(suggestion.id);
    expect((await t.expectOk(agent, 'suggestions.list', { overdue: true, departmentId: materials })).items.map((s) => s.id)).not.toContain(suggestion.id);
  });

  it('written up afterwards is due 5 working days after it came in', async () => {
    const letter = await t.expectOk(agent, 'suggestions.create', {
      content: '来信建议增加备件库存',
      channel: 'letter',
      departmentId: materials,
      receivedAt: Date.UTC(2026, 10, 19, 2, 0),
    });
    // Thursday 19 November + 5 working days: Thursday 26 November, 24:00 in Shanghai.
    expect(new Date(letter.dueAt!).toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(letter).toMatchObject({ recordedAt: Date.UTC(2026, 10, 19, 2, 0), forwardedAt: Date.UTC(2026, 10, 19, 2, 0), overdue: true });
  });

  it('takes the deadline from the supervisor’s setting', async () => {
    supervisor = await t.signInAs(['supervisor']);
    const policy = await t.expectOk(supervisor, 'sla.getPolicy', {});
    await t.expectOk(supervisor, 'sla.updatePolicy', {
      version: policy.version,
      priorities: policy.priorities,
      other: { ...policy.other, suggestion: { amount: 2, unit: 'working_days' } },
    });
    // Recorded on Saturday 28 November: the two working days after it are Monday and Tuesday.
    const suggestion = await t.expectOk(agent, 'suggestions.create', { content: '建议缩短答复期限', channel: 'email', departmentId: afterSales });
    expect(new Date(suggestion.dueAt!).toISOString()).toBe('2026-12-01T16:00:00.000Z');
  });

  it('lists by state and department, newest first', async () => {
    const closed = await t.expectOk(agent, 'suggestions.list', { state: 'closed' });
    expect(closed.items.length).toBe(1);
    const byDepartment = await t.expectOk(agent, 'suggestions.list', { departmentId: afterSales });
    expect(byDepartment.items.length).toBe(2);
    expect(byDepartment.items.every((s) => s.departmentId === afterSales)).toBe(true);
    const ids = byDepartment.items.map((s) => s.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await t.expectOk(agent, 'suggestions.list', { customerId })).items.length).toBe(1);
  });
});
