import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, START_TIME, type TestBackend } from '../../testing/fixture';
import type { SessionContext } from '../auth/sessions';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

const HOUR = 3_600_000;
// START_TIME is Friday 2026-11-20 09:30 in Shanghai; the end of a Shanghai day is 16:00 UTC.
const endOfShanghaiDay = (date: string) => Date.parse(`${date}T16:00:00Z`);

async function hotline() {
  const t = await createTestBackend();
  opened.push(t);
  const agent = await t.signInAs(['agent']);
  const seatManager = await t.signInAs(['seat_manager']);
  const customer = await t.expectOk(agent, 'customers.create', {
    name: '上海华通科技有限公司',
    kind: 'organization',
    contacts: [{ name: '王经理', phones: ['021-6288 5000'] }],
  });
  const department = (await t.expectOk(t.admin!, 'departments.list', {})).items[0]!;
  return { t, agent, seatManager, customer, department };
}

function faultCall(customerId: number | undefined, extra: Record<string, unknown> = {}) {
  return {
    callerPhone: '021-6288-5000',
    callerName: '王经理',
    ...(customerId !== undefined && { customerId }),
    kind: 'fault' as const,
    channel: 'hotline' as const,
    priority: 'important' as const,
    subject: '硬盘录像机无法开机',
    description: '二号机房的录像机今早断电后无法开机。',
    fault: { nature: '硬件', category: '安防监控', location: '二号机房', impact: '八路画面中断', userActions: '已重新插拔电源' },
    ...extra,
  };
}

describe('logging a call', () => {
  it('numbers requests per day, computes deadlines from the policy and writes the service log, timeline and audit', async () => {
    const { t, agent, customer } = await hotline();
    const first = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    const second = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { kind: 'consultation', priority: 'general' }));
    expect(first.number).toBe('FW-20261120-0001');
    expect(second.number).toBe('FW-20261120-0002');
    expect(first).toMatchObject({ state: 'accepted', customerName: '上海华通科技有限公司', fault: { location: '二号机房' }, ownerName: expect.any(String) });
    // important: respond in 2 hours, on site within 1 working day (Monday), solved within 2 (Tuesday).
    expect(first.deadlines).toEqual({
      respondBy: START_TIME + 2 * HOUR,
      onSiteBy: endOfShanghaiDay('2026-11-23'),
      solveBy: endOfShanghaiDay('2026-11-24'),
      // The brief's steps: nature and department within 1 working day, the plan within 2.
      analyseBy: endOfShanghaiDay('2026-11-23'),
      planBy: endOfShanghaiDay('2026-11-24'),
    });
    // A consultation has nothing to do on site.
    expect(second.deadlines.onSiteBy).toBeNull();
    expect(second.fault).toBeNull();
    const page = await t.expectOk(agent, 'requests.get', { id: first.id });
    expect(page.log.map((line) => line.kind)).toEqual(['created']);
    const archive = await t.expectOk(agent, 'customers.get', { id: customer.id });
    expect(archive.timeline.map((e) => e.kind)).toContain('request.created');
    const audit = await t.expectOk(t.admin!, 'audit.list', { entity: 'request', limit: 10 });
    expect(audit.items.length).toBeGreaterThanOrEqual(2);
  });

  it('closes a consultation answered on the spot at once and refuses on-spot answers for other kinds', async () => {
    const { t, agent, customer } = await hotline();
    const answered = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { kind: 'consultation', answeredOnSpot: true }));
    expect(answered).toMatchObject({ state: 'closed', closedAt: START_TIME, firstResponseAt: START_TIME, solvedAt: START_TIME });
    const refused = await t.call(agent, 'requests.create', faultCall(customer.id, { answeredOnSpot: true }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'answeredOnSpot' }] } } });
  });

  it('records which article answered a consultation on the spot, and refuses an article that does not exist', async () => {
    const { t, agent, seatManager, customer } = await hotline();
    const article = await t.expectOk(seatManager, 'knowledge.create', {
      zh: { title: '录像机无法开机怎么办', question: '断电后无法开机', answer: '检查电源适配器，长按电源键十秒。' },
      publish: true,
    });
    const answered = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { kind: 'consultation', answeredOnSpot: true, articleId: article.id }));
    expect(answered).toMatchObject({ state: 'closed', answeredByArticleId: article.id });
    const uses = await t.expectOk(agent, 'knowledge.usedBy', { articleId: article.id });
    expect(uses.items.map((use) => use.requestNumber)).toEqual([answered.number]);
    const missing = await t.call(agent, 'requests.create', faultCall(customer.id, { kind: 'consultation', answeredOnSpot: true, articleId: 9999 }));
    expect(missing).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'articleId' }] } } });
  });

  it('refuses a call time in the future, equipment of another customer, and an unknown customer, saving nothing', async () => {
    const { t, agent, customer } = await hotline();
    expect(await t.call(agent, 'requests.create', faultCall(customer.id, { receivedAt: START_TIME + 2 * HOUR }))).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'receivedAt' }] } },
    });
    expect(await t.call(agent, 'requests.create', faultCall(99_999))).toMatchObject({ ok: false, error: { code: 'validation' } });
    const list = await t.expectOk(agent, 'requests.list', { limit: 10 });
    expect(list.items).toEqual([]);
  });
});

async function walk(t: TestBackend, session: SessionContext, id: number, steps: Record<string, unknown>[]) {
  let request = await t.expectOk(session, 'requests.get', { id }).then((page) => page.request);
  for (const step of steps) {
    request = await t.expectOk(session, 'requests.transition', { id, version: request.version, ...(step as { action: 'start' }) });
  }
  return request;
}

describe("a request's life", () => {
  it('goes accepted → analysing → planned → in progress → awaiting confirmation → closed, every step in the log', async () => {
    const { t, agent, customer, department } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    t.clock.advance(HOUR);
    const analysed = await walk(t, agent, created.id, [{ action: 'analyse', nature: '电源故障', departmentId: department.id }]);
    expect(analysed).toMatchObject({ state: 'analysing', nature: '电源故障', departmentId: department.id, firstResponseAt: START_TIME + HOUR });
    const resolved = await walk(t, agent, created.id, [
      { action: 'plan', solution: '更换电源模块', plannedBy: START_TIME + 24 * HOUR },
      { action: 'start' },
      { action: 'resolve' },
    ]);
    expect(resolved).toMatchObject({ state: 'awaiting_confirmation', solvedAt: START_TIME + HOUR, solution: '更换电源模块' });
    const closed = await t.expectOk(agent, 'requests.confirm', { id: created.id, version: resolved.version, satisfied: true, comment: '满意' });
    expect(closed).toMatchObject({ state: 'closed', satisfied: true, closedAt: START_TIME + HOUR });
    const page = await t.expectOk(agent, 'requests.get', { id: created.id });
    expect(page.log.map((line) => line.kind)).toEqual(['created', 'state.analyse', 'state.plan', 'state.start', 'state.resolve', 'confirmed']);
    expect(page.log[1]!.details).toMatchObject({ from: 'accepted', to: 'analysing', nature: '电源故障' });
  });

  it('refuses a transition the state does not allow, one the role does not allow, one missing what it needs, and a stale version', async () => {
    const { t, agent, seatManager, customer } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    const wrongState = await t.call(agent, 'requests.transition', { id: created.id, version: created.version, action: 'resolve' });
    expect(wrongState).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'request.transitionNotAllowed' } });
    const wrongRole = await t.call(agent, 'requests.transition', { id: created.id, version: created.version, action: 'cancel', reason: '重复来电' });
    expect(wrongRole).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const missing = await t.call(agent, 'requests.transition', { id: created.id, version: created.version, action: 'analyse' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'nature' }] } } });
    const held = await t.expectOk(agent, 'requests.transition', { id: created.id, version: created.version, action: 'hold', reason: '等客户回电' });
    const stale = await t.call(seatManager, 'requests.transition', { id: created.id, version: created.version, action: 'cancel', reason: '重复' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const resumed = await t.expectOk(agent, 'requests.transition', { id: created.id, version: held.version, action: 'resume' });
    expect(resumed).toMatchObject({ state: 'accepted', heldState: null });
    const cancelled = await t.expectOk(seatManager, 'requests.transition', { id: created.id, version: resumed.version, action: 'cancel', reason: '重复来电' });
    expect(cancelled.state).toBe('cancelled');
  });

  it('keeps an urgent request\'s analysis and plan within its 8 hours to solve', async () => {
    const { t, agent, customer } = await hotline();
    const urgent = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { priority: 'urgent' }));
    expect(urgent.deadlines).toMatchObject({ solveBy: START_TIME + 8 * HOUR, analyseBy: START_TIME + 8 * HOUR, planBy: START_TIME + 8 * HOUR });
  });

  it('records when the analysis and the plan were made, and judges them against 1 and 2 working days', async () => {
    const { t, agent, customer, department } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    // Friday's call not analysed by the end of Monday: on Tuesday the analysis is late (minor), the plan not yet.
    t.clock.advance(4 * 24 * HOUR);
    const tuesday = await t.signInAs(['agent']);
    expect((await t.expectOk(tuesday, 'requests.get', { id: created.id })).breaches).toMatchObject({ analyse: 'minor', plan: null });
    const analysed = await walk(t, tuesday, created.id, [{ action: 'analyse', nature: '电源', departmentId: department.id }]);
    expect(analysed.analysedAt).toBe(START_TIME + 4 * 24 * HOUR);
    const planned = await walk(t, tuesday, created.id, [{ action: 'plan', solution: '换电源', plannedBy: START_TIME + 5 * 24 * HOUR }]);
    expect(planned.plannedAt).toBe(START_TIME + 4 * 24 * HOUR);
    expect((await t.expectOk(tuesday, 'requests.get', { id: created.id })).breaches).toMatchObject({ analyse: 'minor', plan: null });
  });

  it('a new priority recomputes the deadlines from the time the call came in', async () => {
    const { t, agent, customer } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    t.clock.advance(HOUR);
    const urgent = await t.expectOk(agent, 'requests.update', { id: created.id, version: created.version, priority: 'urgent' });
    expect(urgent.deadlines).toMatchObject({ respondBy: START_TIME + HOUR, onSiteBy: START_TIME + 4 * HOUR, solveBy: START_TIME + 8 * HOUR });
    const page = await t.expectOk(agent, 'requests.get', { id: created.id });
    expect(page.log.at(-1)).toMatchObject({
      kind: 'updated',
      details: { changed: ['priority', 'deadlines'], before: { priority: 'important' }, after: { priority: 'urgent', deadlines: urgent.deadlines } },
    });
  });

  it('records the first response with the first progress message, the arrival on site, and a reopened result', async () => {
    const { t, agent, customer, department } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    t.clock.advance(30 * 60_000);
    await t.expectOk(agent, 'requests.addProgress', { id: created.id, message: '工程师已出发' });
    await t.expectOk(agent, 'requests.addNote', { id: created.id, text: '客户要求下午到场' });
    let request = (await t.expectOk(agent, 'requests.get', { id: created.id })).request;
    expect(request).toMatchObject({ firstResponseAt: START_TIME + 30 * 60_000, lastProgressAt: START_TIME + 30 * 60_000 });
    t.clock.advance(HOUR);
    request = await t.expectOk(agent, 'requests.recordArrival', { id: created.id, version: request.version });
    expect(request.arrivedAt).toBe(START_TIME + 90 * 60_000);
    request = await walk(t, agent, created.id, [
      { action: 'analyse', nature: '电源', departmentId: department.id },
      { action: 'plan', solution: '换电源', plannedBy: START_TIME + 5 * HOUR },
      { action: 'start' },
      { action: 'resolve' },
    ]);
    const reopened = await t.expectOk(agent, 'requests.confirm', { id: created.id, version: request.version, satisfied: false, comment: '仍有两路无画面' });
    expect(reopened).toMatchObject({ state: 'in_progress', solvedAt: null, satisfied: false });
  });

  it('owes nothing more once solved: a fault fixed remotely is not late for its visit while awaiting confirmation', async () => {
    const { t, agent, customer, department } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    await walk(t, agent, created.id, [
      { action: 'analyse', nature: '配置', departmentId: department.id },
      { action: 'plan', solution: '远程修改配置', plannedBy: START_TIME + HOUR },
      { action: 'start' },
      { action: 'resolve' },
    ]);
    t.clock.advance(10 * 24 * HOUR);
    const board = await t.expectOk(await t.signInAs(['seat_manager']), 'requests.board', { limit: 10 });
    expect(board.counts).toEqual({ late: 0, dueWithinHour: 0, dueToday: 0 });
    const page = await t.expectOk(await t.signInAs(['agent']), 'requests.get', { id: created.id });
    expect(page.breaches).toEqual({ respond: null, analyse: null, plan: null, onSite: null, solve: null });
  });

  it('refuses an owner or department that cannot take the request, and a dissatisfied confirmation without a reason', async () => {
    const { t, agent, customer, department } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    const unknownOwner = await t.call(agent, 'requests.update', { id: created.id, version: created.version, ownerId: 9999 });
    expect(unknownOwner).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'ownerId' }] } } });
    const office = await t.expectOk(t.admin!, 'departments.create', { name: '省公司客服处', kind: 'higher_level' });
    const higher = await t.call(agent, 'requests.update', { id: created.id, version: created.version, departmentId: office.id });
    expect(higher).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'departmentId' }] } } });
    const resolved = await walk(t, agent, created.id, [
      { action: 'analyse', nature: '电源', departmentId: department.id },
      { action: 'plan', solution: '换电源', plannedBy: START_TIME + HOUR },
      { action: 'start' },
      { action: 'resolve' },
    ]);
    const noReason = await t.call(agent, 'requests.confirm', { id: created.id, version: resolved.version, satisfied: false });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'comment' }] } } });
  });

  it('says on the field what is wrong with a department or owner it refuses: the higher-level office, an inactive one, none', async () => {
    const { t, agent, customer } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { kind: 'complaint' }));
    const office = (await t.expectOk(t.admin!, 'departments.list', {})).items.find((d) => d.kind === 'higher_level')!;
    const closedDown = await t.expectOk(t.admin!, 'departments.create', { name: '已撤销的维修组', kind: 'department' });
    await t.expectOk(t.admin!, 'departments.update', { id: closedDown.id, version: closedDown.version, active: false });
    const refusal = (path: string, key: string) => ({ ok: false, error: { code: 'validation', reason: key, details: { fields: [{ path, key }] } } });
    const analyse = { id: created.id, version: created.version, action: 'analyse' as const, nature: '服务态度' };
    expect(await t.call(agent, 'requests.transition', { ...analyse, departmentId: office.id })).toMatchObject(refusal('departmentId', 'validation.departmentNotOwn'));
    expect(await t.call(agent, 'requests.transition', { ...analyse, departmentId: closedDown.id })).toMatchObject(
      refusal('departmentId', 'validation.departmentInactive'),
    );
    expect(await t.call(agent, 'requests.transition', { ...analyse, departmentId: 9999 })).toMatchObject(refusal('departmentId', 'validation.unknownDepartment'));
    expect(await t.call(agent, 'requests.update', { id: created.id, version: created.version, ownerId: 9999 })).toMatchObject(refusal('ownerId', 'validation.unknownOwner'));
    // Nothing changed.
    expect((await t.expectOk(agent, 'requests.get', { id: created.id })).request).toMatchObject({ state: 'accepted', version: created.version });
  });

  it('gives a suggestion call the suggestion deadline (5 working days), not the priority\'s', async () => {
    const { t, agent, customer } = await hotline();
    const suggestion = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { kind: 'suggestion', priority: 'urgent' }));
    // Received Friday 2026-11-20: five working days later is Friday 2026-11-27.
    expect(suggestion.deadlines).toMatchObject({ respondBy: START_TIME + HOUR, onSiteBy: null, solveBy: endOfShanghaiDay('2026-11-27') });
  });

  it('keeps the service log append-only even for someone going around the app', async () => {
    const { t, agent, customer } = await hotline();
    const created = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    const side = t.openSideConnection();
    try {
      expect(() => side.prepare('UPDATE service_log SET kind = ? WHERE request_id = ?').run('x', created.id)).toThrow(/append-only/);
      expect(() => side.prepare('DELETE FROM service_log WHERE request_id = ?').run(created.id)).toThrow(/append-only/);
    } finally {
      side.close();
    }
  });
});

describe('finding requests', () => {
  it('by number, by caller phone digits, and by 1- and 2-character Chinese and English words', async () => {
    const { t, agent, customer } = await hotline();
    const dvr = await t.expectOk(agent, 'requests.create', faultCall(customer.id));
    const ups = await t.expectOk(agent, 'requests.create', {
      ...faultCall(undefined),
      callerPhone: '139 1234 5678',
      subject: 'UPS battery alarm 电池告警',
      description: '机房 UPS 电池告警',
    });
    const search = async (query: string) => (await t.expectOk(agent, 'requests.search', { query, limit: 10 })).items.map((r) => r.number);
    expect(await search(dvr.number)).toEqual([dvr.number]);
    expect(await search('20261120-2')).toEqual([ups.number]);
    expect(await search('1391234')).toEqual([ups.number]);
    expect(await search('录')).toEqual([dvr.number]);
    expect(await search('告警')).toEqual([ups.number]);
    expect(await search('batt')).toEqual([ups.number]);
    expect(await search('机房')).toEqual(expect.arrayContaining([dvr.number, ups.number]));
  });

  it('ranks requests with the words in their subject first, then the newest', async () => {
    const { t, agent, customer } = await hotline();
    const inSubject = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { subject: '门禁控制器离线', description: '' }));
    t.clock.advance(60_000);
    const inBody = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { subject: '大门无法刷卡', description: '门禁控制器离线' }));
    t.clock.advance(60_000);
    const newerInSubject = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { subject: '二号门禁控制器离线', description: '' }));
    const found = await t.expectOk(agent, 'requests.search', { query: '控制器 离线', limit: 10 });
    expect(found.items.map((r) => r.number)).toEqual([newerInSubject.number, inSubject.number, inBody.number]);
  });

  it('lists open and finished requests newest first, page by page', async () => {
    const { t, agent, customer } = await hotline();
    for (let i = 0; i < 5; i++) {
      await t.expectOk(agent, 'requests.create', faultCall(customer.id, { subject: `来电 ${i}`, kind: 'consultation', answeredOnSpot: i % 2 === 0 }));
      t.clock.advance(60_000);
    }
    const open = await t.expectOk(agent, 'requests.list', { state: 'open', limit: 10 });
    expect(open.items.map((r) => r.subject)).toEqual(['来电 3', '来电 1']);
    const first = await t.expectOk(agent, 'requests.list', { limit: 2 });
    const second = await t.expectOk(agent, 'requests.list', { limit: 2, after: first.nextCursor! });
    expect([...first.items, ...second.items].map((r) => r.subject)).toEqual(['来电 4', '来电 3', '来电 2', '来电 1']);
  });
});

describe('the deadline board and reminders', () => {
  it('shows what is late and by how much, what is due within the hour and today, by priority and owner', async () => {
    const { t, agent, seatManager, customer } = await hotline();
    const late = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { priority: 'urgent', receivedAt: START_TIME - 3 * HOUR }));
    const soon = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { priority: 'urgent', receivedAt: START_TIME - 30 * 60_000 }));
    const today = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { priority: 'important' }));
    const board = await t.expectOk(seatManager, 'requests.board', { limit: 50 });
    expect(board.late.map((r) => r.number)).toEqual([late.number]);
    expect(board.late[0]).toMatchObject({ nextDue: { kind: 'respond' }, lateBy: 2 * HOUR, breach: 'minor' });
    // On its page: the response is a minor breach so far; solving is not late yet (due at 08:30 + 8 h).
    expect((await t.expectOk(agent, 'requests.get', { id: late.id })).breaches).toEqual({ respond: 'minor', analyse: null, plan: null, onSite: null, solve: null });
    t.clock.advance(6 * HOUR);
    const later = await t.expectOk(await t.signInAs(['agent']), 'requests.get', { id: late.id });
    expect(later.breaches).toEqual({ respond: 'minor', analyse: 'minor', plan: 'minor', onSite: 'minor', solve: 'major' });
    expect(board.dueWithinHour.map((r) => r.number)).toEqual([soon.number]);
    expect(board.dueToday.map((r) => r.number)).toEqual([today.number]);
    expect(board.counts).toEqual({ late: 1, dueWithinHour: 1, dueToday: 1 });
    expect(board.byPriority.find((p) => p.priority === 'urgent')).toMatchObject({ late: 1, dueWithinHour: 1, dueToday: 0 });
    expect(board.byOwner).toHaveLength(1);
    expect(await t.call(agent, 'requests.board', { limit: 10 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('reminds the owner of a complex request each day until a progress message is given that day', async () => {
    const { t, agent, customer } = await hotline();
    const complex = await t.expectOk(agent, 'requests.create', faultCall(customer.id, { complex: true }));
    expect((await t.expectOk(agent, 'requests.reminders', {})).progressOwed.map((r) => r.id)).toEqual([complex.id]);
    await t.expectOk(agent, 'requests.addProgress', { id: complex.id, message: '备件已订购' });
    expect((await t.expectOk(agent, 'requests.reminders', {})).progressOwed).toEqual([]);
    t.clock.advance(24 * HOUR);
    const nextMorning = await t.signInAs(['agent']);
    expect((await t.expectOk(nextMorning, 'requests.reminders', {})).progressOwed.map((r) => r.id)).toEqual([complex.id]);
  });
});

describe('customers merged', () => {
  it('take their requests along', async () => {
    const { t, agent, customer } = await hotline();
    const other = await t.expectOk(agent, 'customers.create', { name: '华通科技', kind: 'organization', contacts: [{ name: '李工', phones: ['13900139000'] }] });
    const request = await t.expectOk(agent, 'requests.create', faultCall(other.id));
    const supervisor = await t.signInAs(['supervisor']);
    await t.expectOk(supervisor, 'customers.merge', { sourceId: other.id, sourceVersion: other.version, targetId: customer.id, targetVersion: customer.version });
    expect((await t.expectOk(agent, 'requests.get', { id: request.id })).request.customerId).toBe(customer.id);
  });
});
