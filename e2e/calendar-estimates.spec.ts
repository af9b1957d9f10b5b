// Dates outside the calendar's knowledge (issue 16, item 6): the package has no official holidays for 2027 yet, so a
// deadline counted in working days over 2027 says it is an estimate where it is shown (the calculator, a request's
// page); a fault said to happen months ahead is refused on its field; a plan finishing after the solution deadline is
// asked about before it is kept. After foundation.spec.ts on the same server.
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { CalendarScreen } from './pages/CalendarPages';
import { RequestPageScreen } from './pages/RequestsPages';
import { screenshot } from './pages/screenshots';
import { call } from './pages/api';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const SUPERVISOR = { username: 'ce-supervisor', displayName: '冯建国', password: 'ce-supervisor-pass-2026', roles: ['supervisor'] };
const HOUR = 3_600_000;

interface Policy {
  version: number;
  priorities: Record<string, Record<string, { amount: number; unit: string }>>;
  other: Record<string, unknown>;
}

let page: Page;
let supervisorApi: APIRequestContext;
let requestId = 0;
let solveBy = 0;


test.beforeAll(async ({ browser, baseURL }) => {
  const admin = await apiRequest.newContext({ baseURL });
  await call(admin, 'auth.login', ADMIN);
  await call(admin, 'users.create', { ...SUPERVISOR, departmentId: null });
  const department = (await call<{ items: Array<{ id: number; kind: string }> }>(admin, 'departments.list', {})).items.find((d) => d.kind === 'department')!;
  await admin.dispose();
  supervisorApi = await apiRequest.newContext({ baseURL });
  await call(supervisorApi, 'auth.login', { username: SUPERVISOR.username, password: SUPERVISOR.password });

  // A general fault solved within 60 working days: its solution deadline falls in 2027. The policy is put back at once.
  const policy = await call<Policy>(supervisorApi, 'sla.getPolicy', {});
  const longer = { ...policy.priorities, general: { ...policy.priorities.general, solve: { amount: 60, unit: 'working_days' } } };
  const changed = await call<Policy>(supervisorApi, 'sla.updatePolicy', { version: policy.version, priorities: longer, other: policy.other });
  const created = await call<{ id: number; version: number; deadlines: { solveBy: number } }>(supervisorApi, 'requests.create', {
    callerPhone: '0512-6761 2200',
    kind: 'fault',
    channel: 'hotline',
    priority: 'general',
    subject: '门禁控制器离线',
    fault: { occurredAt: Date.now() - 2 * HOUR, nature: '网络' },
  });
  await call(supervisorApi, 'sla.updatePolicy', { version: changed.version, priorities: policy.priorities, other: policy.other });
  requestId = created.id;
  solveBy = created.deadlines.solveBy;
  expect(new Date(solveBy).getUTCFullYear()).toBe(2027);
  await call(supervisorApi, 'requests.transition', { id: created.id, version: created.version, action: 'analyse', nature: '网络', departmentId: department.id });

  page = await browser.newPage();
  await page.goto('/');
  await new SignInPage(page).signIn(SUPERVISOR.username, SUPERVISOR.password);
  await new AppFrame(page).expectSignedIn(SUPERVISOR.displayName);
});

test.afterAll(async () => {
  await supervisorApi.dispose();
  await page.close();
});

test('the working-day calculator says a date counted over 2027 is an estimate, and says nothing within 2026', async () => {
  await switchLanguage(page, 'zh-CN');
  await new AppFrame(page).open('calendar');
  const calendar = new CalendarScreen(page);
  await calendar.calculate('2027-02-05', 5);
  await expect(calendar.calculatorResult()).toHaveAttribute('data-date', '2027-02-12');
  const mark = page.getByTestId('working-day-calculator').getByTestId('deadline-estimated');
  await expect(mark).toHaveText('估算：2027 年的法定节假日尚未公布');
  await screenshot(page, 'calendar-estimate', 'zh-CN');
  await switchLanguage(page, 'en');
  await expect(mark).toHaveText('estimated: the 2027 holidays are not known yet');
  await screenshot(page, 'calendar-estimate', 'en');
  await switchLanguage(page, 'zh-CN');

  await calendar.calculate('2026-09-28', 5);
  await expect(calendar.calculatorResult()).toHaveAttribute('data-date', '2026-10-10');
  await expect(mark).toHaveCount(0);
});

test("a request's solution deadline in 2027 is marked as an estimate; its deadline in hours is not", async () => {
  const request = new RequestPageScreen(page);
  await request.goto(requestId);
  await expect(page.getByTestId('deadline-solve-due').getByTestId('deadline-estimated')).toHaveText('估算');
  await expect(page.getByTestId('deadline-respond-due')).toBeVisible();
  await expect(page.getByTestId('deadline-respond-due').getByTestId('deadline-estimated')).toHaveCount(0);
  await screenshot(page, 'request-deadline-estimate', 'zh-CN');
});

test('a plan finishing after the solution deadline is asked about; a fault time months ahead is refused on its field', async () => {
  const request = new RequestPageScreen(page);
  await request.goto(requestId);

  await request.take('plan');
  await page.getByTestId('action-solution').fill('更换门禁控制器网卡');
  const late = new Date(solveBy + 30 * 24 * HOUR + 8 * HOUR).toISOString().slice(0, 10);
  await request.typeDateTime('action-plannedBy', `${late} 17:00`);
  await page.getByTestId('action-save').click();
  await expect(page.getByTestId('plan-after-deadline')).toContainText('计划完成时间晚于解决时限');
  await expect(request.actionDialog('plan')).toBeVisible();
  await screenshot(page, 'request-plan-late', 'zh-CN');
  await page.getByTestId('plan-after-deadline-keep').click();
  await expect(request.state('planned')).toBeVisible();
  const saved = await call<{ request: { plannedBy: number } }>(supervisorApi, 'requests.get', { id: requestId });
  expect(saved.request.plannedBy).toBeGreaterThan(solveBy);

  await page.getByTestId('request-edit').click();
  const future = new Date(Date.now() + 120 * 24 * HOUR + 8 * HOUR).toISOString().slice(0, 10);
  await request.typeDateTime('edit-fault-occurredAt', `${future} 10:00`);
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('edit-fault-occurredAt')).toContainText('故障发生时间不能晚于现在');
  await expect(page.getByTestId('edit-save')).toBeVisible();
  await screenshot(page, 'request-fault-future', 'zh-CN');
  const after = await call<{ request: { fault: { occurredAt: number } } }>(supervisorApi, 'requests.get', { id: requestId });
  expect(after.request.fault.occurredAt).toBeLessThan(Date.now());
});
