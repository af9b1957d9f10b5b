// Difficult question records through invoke: opened from a call, due in 1 working day on the center's calendar,
// answered by the department, replied to, and closed only with an article written from the answer (or by a
// supervisor, saying why not); each step in the request's service log and the customer's repair archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DifficultQuestion } from '../../../../shared/api/questions';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { logCall } from '../../testing/calls';

let t: TestBackend;
let agent: SessionContext;
let engineer: SessionContext;
let supervisor: SessionContext;
let engineering: number;
let customerId: number;

const HOUR = 3_600_000;

beforeAll(async () => {
  // START_TIME is Friday 20 November 2026, 09:30 in Shanghai.
  t = await createTestBackend();
  agent = await t.signInAs(['agent']);
  engineer = await t.signInAs(['dept_manager']);
  supervisor = await t.signInAs(['supervisor']);
  const departments = await t.expectOk(t.admin, 'departments.list', {});
  engineering = departments.items.find((d) => d.name === '工程部')!.id;
  // The department's manager answers for it: he belongs to Engineering.
  await joinDepartment(engineer, engineering);
  customerId = (
    await t.expectOk(agent, 'customers.create', {
      name: '杭州市西湖区人民医院',
      kind: 'organization',
      contacts: [{ name: '刘洋', phones: ['0571-8765 4321'] }],
    })
  ).id;
});
afterAll(() => t.close());

/** Puts the session's user into a department (users.departmentId), as the administrator does. */
async function joinDepartment(session: SessionContext, departmentId: number): Promise<void> {
  const me = await t.expectOk(session, 'auth.me', {});
  const user = (await t.expectOk(t.admin, 'users.list', {})).items.find((u) => u.id === me.id)!;
  await t.expectOk(t.admin, 'users.update', { id: user.id, version: user.version, departmentId });
}

async function openQuestion(extra: Partial<Parameters<typeof t.expectOk<'questions.create'>>[2]> = {}): Promise<DifficultQuestion> {
  return t.expectOk(agent, 'questions.create', {
    question: '门诊楼的 UPS 能否与消防系统联动断电？',
    departmentId: engineering,
    callerName: '刘洋',
    callerPhone: '0571-8765 4321',
    customerId,
    reasonTold: '需工程部查看原设计图纸',
    ...extra,
  });
}

describe('a difficult question record', () => {
  it('is due by the end of the next working day: opened on a Friday, due at the end of Monday', async () => {
    const question = await openQuestion();
    expect(question.number).toMatch(/^YN-20261120-\d{4}$/);
    expect(question).toMatchObject({ state: 'open', departmentName: '工程部', departmentNameEn: 'Engineering', overdue: false });
    // Monday 23 November 2026, 24:00 in Shanghai.
    expect(new Date(question.dueAt).toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(question.replyPromisedAt).toBe(question.dueAt);
  });

  it('keeps the reply deadline told to the caller, which cannot be in the past', async () => {
    const promised = t.clock.now() + 4 * HOUR;
    expect((await openQuestion({ replyPromisedAt: promised })).replyPromisedAt).toBe(promised);
    const past = await t.call(agent, 'questions.create', { question: '过去的期限', departmentId: engineering, replyPromisedAt: t.clock.now() - HOUR });
    expect(past).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'replyPromisedAt' }] } } });
  });

  it('written up afterwards counts its day from when it came in, which must be recent and not in the future', async () => {
    // A fax of Wednesday 18 November: due at the end of Thursday the 19th, late by Friday morning.
    const fax = await openQuestion({ receivedAt: Date.UTC(2026, 10, 18, 2, 0) });
    expect(fax.number).toMatch(/^YN-20261118-/);
    expect(new Date(fax.dueAt).toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(fax.overdue).toBe(true);
    for (const receivedAt of [t.clock.now() + 3_600_000, t.clock.now() - 31 * 86_400_000]) {
      expect(await t.call(agent, 'questions.create', { question: '？', departmentId: engineering, receivedAt })).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { fields: [{ path: 'receivedAt', key: 'validation.receivedAtRange' }] } },
      });
    }
  });

  it('goes to a department of the company, not to the higher-level office or a department that does not exist', async () => {
    const higher = (await t.expectOk(t.admin, 'departments.list', {})).items.find((d) => d.kind === 'higher_level')!;
    for (const departmentId of [higher.id, 9999]) {
      expect(await t.call(agent, 'questions.create', { question: '？', departmentId })).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { fields: [{ path: 'departmentId' }] } },
      });
    }
  });

  it('follows its life to closure with an article written from the answer', async () => {
    const request = await logCall(t, agent, { callerPhone: '0571-8765 4321', customerId, kind: 'consultation', subject: 'UPS 与消防联动' });
    let question = await openQuestion({ requestId: request.id, customerId: undefined });
    expect(question).toMatchObject({ requestId: request.id, requestNumber: request.number, customerId, customerName: '杭州市西湖区人民医院' });

    // Steps out of order are refused and change nothing.
    expect(await t.call(agent, 'questions.reply', { id: question.id, version: question.version, reply: '已告知' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    t.clock.advance(2 * HOUR);
    question = await t.expectOk(engineer, 'questions.answer', { id: question.id, version: question.version, answer: '可以联动，需在 UPS 加装 EPO 紧急关机模块。' });
    expect(question).toMatchObject({ state: 'answered', answeredAt: t.clock.now() });
    expect(question.answeredByName).toBeTruthy();

    question = await t.expectOk(agent, 'questions.reply', { id: question.id, version: question.version, reply: '已回电刘工，告知需加装 EPO 模块。' });
    expect(question.state).toBe('replied');

    // Without an article from the answer it does not close.
    expect(await t.call(agent, 'questions.close', { id: question.id, version: question.version })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'questions.articleRequired' },
    });
    const unrelated = await t.expectOk(agent, 'knowledge.create', { zh: { title: '无关条目', question: '', answer: '无关' } });
    expect(await t.call(agent, 'questions.close', { id: question.id, version: question.version, articleId: unrelated.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'articleId' }] } },
    });

    const article = await t.expectOk(agent, 'knowledge.create', {
      zh: { title: 'UPS 与消防系统联动断电', question: question.question, answer: question.answer },
      productTags: ['UPS'],
      fromQuestionId: question.id,
    });
    expect(article.sourceQuestions).toEqual([{ id: question.id, number: question.number }]);
    question = await t.expectOk(agent, 'questions.get', { id: question.id });
    expect(question.linkedArticles).toEqual([{ id: article.id, number: article.number, revision: 1, title: 'UPS 与消防系统联动断电', titleEn: null }]);

    question = await t.expectOk(agent, 'questions.close', { id: question.id, version: question.version });
    expect(question).toMatchObject({ state: 'closed', article: { id: article.id, revision: 1 }, closedAt: t.clock.now() });

    const page = await t.expectOk(agent, 'requests.get', { id: request.id });
    expect(page.log.map((line) => line.kind).filter((kind) => kind.startsWith('question.'))).toEqual([
      'question.opened',
      'question.answered',
      'question.replied',
      'question.closed',
    ]);
    const archive = await t.expectOk(agent, 'customers.timeline', { customerId });
    expect(archive.items.map((e) => e.kind)).toEqual(expect.arrayContaining(['question.opened', 'question.answered', 'question.closed']));
  });

  it('may be closed with an existing article updated from the answer', async () => {
    let question = await openQuestion({ question: '摄像机夜间画面发红怎么办？' });
    question = await t.expectOk(engineer, 'questions.answer', { id: question.id, version: question.version, answer: '切换到黑白夜视模式，或更换红外滤光片。' });
    const existing = await t.expectOk(supervisor, 'knowledge.create', {
      zh: { title: '摄像机夜间画面异常', question: '', answer: '检查红外灯。' },
      publish: true,
    });
    const updated = await t.expectOk(agent, 'knowledge.update', {
      id: existing.id,
      version: existing.version,
      zh: { title: '摄像机夜间画面异常', question: '', answer: '检查红外灯；画面发红时切换黑白模式或更换红外滤光片。' },
      fromQuestionId: question.id,
    });
    question = await t.expectOk(agent, 'questions.reply', { id: question.id, version: question.version, reply: '已告知客户。' });
    question = await t.expectOk(agent, 'questions.close', { id: question.id, version: question.version, articleId: existing.id });
    expect(question.article).toEqual({ id: existing.id, number: existing.number, revision: updated.revision, title: '摄像机夜间画面异常', titleEn: null });
  });

  it('is closed without an article only by a supervisor, who says why', async () => {
    let question = await openQuestion({ question: '能否派人周日上门？' });
    question = await t.expectOk(engineer, 'questions.answer', { id: question.id, version: question.version, answer: '可以，已排班。' });
    question = await t.expectOk(agent, 'questions.reply', { id: question.id, version: question.version, reply: '已告知。' });
    expect(await t.call(agent, 'questions.closeWithoutArticle', { id: question.id, version: question.version, reason: '个案' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    question = await t.expectOk(supervisor, 'questions.closeWithoutArticle', { id: question.id, version: question.version, reason: '属个案安排，不入知识库' });
    expect(question).toMatchObject({ state: 'closed', article: null, noArticleReason: '属个案安排，不入知识库' });
  });

  it('is answered only by the people of the department it was addressed to, or by a supervisor', async () => {
    const materials = (await t.expectOk(t.admin, 'departments.list', {})).items.find((d) => d.name === '物资部')!.id;
    const clerk = await t.signInAs(['inventory_clerk']);
    await joinDepartment(clerk, materials);
    const technician = await t.signInAs(['technician']);
    await joinDepartment(technician, engineering);

    let question = await openQuestion({ question: '能否提供门禁控制器的接线图？' });
    // The materials clerk, and the agent who opened it, do not speak for Engineering: refused, nothing changes.
    for (const outsider of [clerk, agent]) {
      expect(await t.call(outsider, 'questions.answer', { id: question.id, version: question.version, answer: '不是我的部门' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden', reason: 'questions.notYourDepartment' },
      });
    }
    expect(await t.expectOk(agent, 'questions.get', { id: question.id })).toMatchObject({ state: 'open', answer: '', version: question.version });
    // An engineer of the department answers.
    question = await t.expectOk(technician, 'questions.answer', { id: question.id, version: question.version, answer: '接线图见控制器说明书第 12 页。' });
    expect(question).toMatchObject({ state: 'answered', answer: '接线图见控制器说明书第 12 页。' });

    // A supervisor, of no department, answers for any.
    const another = await openQuestion({ question: '门禁控制器能否断电保存记录？' });
    expect(await t.expectOk(supervisor, 'questions.answer', { id: another.id, version: another.version, answer: '可以，掉电保存 10 万条。' })).toMatchObject({
      state: 'answered',
    });
  });

  it('loses a step taken on a stale version', async () => {
    const question = await openQuestion({ question: '并发答复' });
    await t.expectOk(engineer, 'questions.answer', { id: question.id, version: question.version, answer: '第一份答复' });
    expect(await t.call(agent, 'questions.answer', { id: question.id, version: question.version, answer: '第二份答复' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    const answered = await t.expectOk(agent, 'questions.get', { id: question.id });
    expect(await t.call(agent, 'questions.reply', { id: question.id, version: question.version, reply: '旧版本' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(answered.answer).toBe('第一份答复');
  });
});

describe('the list of difficult questions', () => {
  it('shows overdue records once the working day has passed, oldest due first, by department', async () => {
    const support = (await t.expectOk(t.admin, 'departments.list', {})).items.find((d) => d.name === '技术支持组')!.id;
    const a = await openQuestion({ question: '逾期一' });
    const b = await openQuestion({ question: '逾期二', departmentId: support });
    const lateIds = async () => (await t.expectOk(agent, 'questions.list', { overdue: true })).items.map((q) => q.id);
    expect(await lateIds()).not.toEqual(expect.arrayContaining([a.id]));
    expect(await lateIds()).not.toEqual(expect.arrayContaining([b.id]));
    // Monday 23 November, 23:59 in Shanghai: still in time.
    t.clock.time = Date.UTC(2026, 10, 23, 15, 59);
    // Sessions end after 12 idle hours: sign in again on Monday night.
    agent = await t.signInAs(['agent']);
    expect(await lateIds()).not.toEqual(expect.arrayContaining([a.id]));
    expect(await lateIds()).not.toEqual(expect.arrayContaining([b.id]));
    // Tuesday morning: both are late.
    t.clock.time = Date.UTC(2026, 10, 24, 1, 0);
    const overdue = await t.expectOk(agent, 'questions.list', { overdue: true });
    expect(overdue.items.map((q) => q.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(overdue.items.every((q) => q.overdue && q.state === 'open')).toBe(true);
    const dues = overdue.items.map((q) => q.dueAt);
    expect(dues).toEqual([...dues].sort((x, y) => x - y));
    expect((await t.expectOk(agent, 'questions.list', { overdue: true, departmentId: support })).items.map((q) => q.id)).toEqual([b.id]);
    expect((await t.expectOk(agent, 'questions.get', { id: a.id })).overdue).toBe(true);
  });

  it('filters by state and department and pages by keyset without repeating a record', async () => {
    const all = await t.expectOk(agent, 'questions.list', { limit: 100 });
    const seen: number[] = [];
    let after: string | undefined;
    do {
      const page = await t.expectOk(agent, 'questions.list', { limit: 3, ...(after !== undefined && { after }) });
      seen.push(...page.items.map((q) => q.id));
      after = page.nextCursor ?? undefined;
    } while (after !== undefined);
    expect(seen).toEqual(all.items.map((q) => q.id));
    expect(seen).toEqual([...seen].sort((x, y) => y - x));
    const closed = await t.expectOk(agent, 'questions.list', { state: 'closed' });
    expect(closed.items.length).toBeGreaterThanOrEqual(3);
    expect(closed.items.every((q) => q.state === 'closed')).toBe(true);
    const byDepartment = await t.expectOk(agent, 'questions.list', { departmentId: engineering, state: 'open' });
    expect(byDepartment.items.every((q) => q.departmentId === engineering && q.state === 'open')).toBe(true);
    const ofCustomer = await t.expectOk(agent, 'questions.list', { customerId });
    expect(ofCustomer.items.length).toBeGreaterThan(0);
  });
});
