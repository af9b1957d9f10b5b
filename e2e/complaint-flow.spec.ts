// A complaint call and its complaint form end to end, after foundation.spec.ts on the same server: the analysis
// dialog of the call's request offers only departments the back end accepts (not the higher-level office); the form's
// steps record the request's response and move it on; filing the form offers to close the request, and yes closes it.
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { apiCall } from './pages/CustomersPages';
import { ComplaintPageScreen, STEP_DIALOG } from './pages/ComplaintsPages';
import { RequestPageScreen } from './pages/RequestsPages';
import { screenshot, type UiLanguage } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const PASSWORD = 'flow-pass-2026';
const USERS = {
  agent: { username: 'fl-agent', displayName: '吕婷', roles: ['agent'] },
  seat: { username: 'fl-seat', displayName: '冯军', roles: ['seat_manager'] },
  info: { username: 'fl-info', displayName: '邓立', roles: ['info_manager'] },
  manager: { username: 'fl-manager', displayName: '贺平', roles: ['dept_manager'] },
} as const;
type Desk = keyof typeof USERS;
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];
const CUSTOMER = '绍兴市柯桥区人民医院';
const PHONE = '0575-8401 2233';

let page: Page;
const desks: Partial<Record<Desk, APIRequestContext>> = {};
let customerId = 0;
let departments: Array<{ id: number; name: string; kind: string }> = [];

async function call<T>(desk: Desk, method: string, input: unknown): Promise<T> {
  const response = await desks[desk]!.post(`/api/${method}`, { data: input });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${method} as ${desk} failed: ${envelope.error?.code} ${envelope.error?.message}`);
  return envelope.value as T;
}

async function signInAs(desk: Desk) {
  const frame = new AppFrame(page);
  if (await page.getByTestId('app-frame').isVisible()) await frame.signOut();
  await new SignInPage(page).signIn(USERS[desk].username, PASSWORD);
  await frame.expectSignedIn(USERS[desk].displayName);
}

interface Form {
  id: number;
  version: number;
  number: string;
}

/** A complaint call and the form filled from it, as the agent logs them. */
async function complaintCall(subject: string): Promise<{ request: { id: number; number: string }; form: Form }> {
  const request = await call<{ id: number; number: string }>('agent', 'requests.create', {
    channel: 'hotline',
    kind: 'complaint',
    priority: 'important',
    callerPhone: PHONE,
    callerName: '周主任',
    customerId,
    subject,
    description: '',
  });
  const form = await call<Form>('agent', 'complaints.create', { customerId, complainant: '周主任', contactPhone: PHONE, content: `${subject}：维修人员未按约定时间到场。`, requestId: request.id });
  return { request, form };
}

/** The form's route inside the center, up to the customer told (replied), each step at its desk. */
async function walkToReplied(form: Form): Promise<Form> {
  const v = (f: Form) => ({ id: f.id, version: f.version });
  let f = await call<Form>('seat', 'complaints.review', v(form));
  f = await call<Form>('info', 'complaints.route', { ...v(f), route: 'internal' });
  f = await call<Form>('info', 'complaints.recordResult', { ...v(f), result: '已核实，向客户致歉并调整排班。' });
  f = await call<Form>('manager', 'complaints.sign', v(f));
  const agentId = (await call<{ id: number }>('agent', 'auth.me', {})).id;
  f = await call<Form>('seat', 'complaints.assignReply', { ...v(f), agentId });
  return call<Form>('agent', 'complaints.recordReply', { ...v(f), reply: '已电话致歉并告知处理结果。' });
}

test.beforeAll(async ({ browser, baseURL }) => {
  page = await browser.newPage();
  await page.goto('/');
  await apiCall(page, 'auth.login', ADMIN);
  departments = (await apiCall<{ items: typeof departments }>(page, 'departments.list', {})).items;
  const afterSales = departments.find((d) => d.name === '售后服务部')!.id;
  for (const user of Object.values(USERS)) await apiCall(page, 'users.create', { ...user, password: PASSWORD, departmentId: afterSales });
  await apiCall(page, 'auth.logout', {});
  for (const desk of Object.keys(USERS) as Desk[]) {
    desks[desk] = await apiRequest.newContext({ baseURL });
    await call(desk, 'auth.login', { username: USERS[desk].username, password: PASSWORD });
  }
  customerId = (
    await call<{ id: number }>('agent', 'customers.create', { name: CUSTOMER, kind: 'organization', contacts: [{ name: '周主任', phones: [PHONE] }] })
  ).id;
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
  for (const context of Object.values(desks)) await context.dispose();
});

test("the analysis of a complaint call offers the center's own departments, not the higher-level office", async () => {
  const { request } = await complaintCall('投诉分析责任部门');
  await signInAs('agent');
  const screen = new RequestPageScreen(page);
  const higher = departments.find((d) => d.kind === 'higher_level')!;
  const engineering = departments.find((d) => d.name === '工程部')!;
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await screen.goto(request.id);
    await screen.take('analyse');
    await expect(screen.actionDialog('analyse')).toBeVisible();
    await page.getByTestId('action-department').click();
    await expect(page.getByTestId(`action-department-${engineering.id}`)).toBeVisible();
    await expect(page.getByTestId(`action-department-${higher.id}`)).toHaveCount(0);
    await screenshot(page, 'complaint-call-analyse-departments', language);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(screen.actionDialog('analyse')).toHaveCount(0);
  }
  await switchLanguage(page, 'zh-CN');
});

test('filling the form records the request’s response; the steps move it; filing offers to close it, and yes closes it', async () => {
  const { request, form } = await complaintCall('投诉到场迟到');
  await signInAs('agent');
  const screen = new RequestPageScreen(page);
  await screen.goto(request.id);
  // Filled: the request is responded to, and its log says so on the form's line.
  await expect(screen.state('accepted')).toBeVisible();
  await expect(screen.logLine('complaint.filled')).toContainText('以投诉联系书记录响应');
  await expect(screen.page.getByTestId('deadline-respond-met')).toBeVisible();

  const replied = await walkToReplied(form);
  await page.reload();
  await expect(screen.state('awaiting_confirmation')).toBeVisible();
  await expect(screen.logLine('complaint.routed')).toContainText('服务单：受理 → 方案');
  await expect(screen.logLine('complaint.replied')).toContainText('反馈确认');

  // The information manager files the form and is asked whether to close the request too.
  await signInAs('info');
  await page.goto(`/#/complaints/${replied.id}`);
  const complaint = new ComplaintPageScreen(page);
  await expect(complaint.root()).toBeVisible();
  await complaint.action('file').click();
  await page.getByTestId(`${STEP_DIALOG.file}-save`).click();
  const offer = page.getByTestId('close-request-dialog');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText(`同时关闭服务单 ${request.number}？`);
  await screenshot(page, 'complaint-filed-close-request', 'zh-CN');
  await page.getByTestId('close-request-yes').click();
  await expect(offer).toHaveCount(0);

  await page.getByTestId('complaint-request-link').click();
  await expect(screen.root()).toBeVisible();
  await expect(screen.state('closed')).toBeVisible();
  await expect(screen.logLine('complaint.requestClosed')).toContainText('反馈确认 → 已关闭');
  await screenshot(page, 'complaint-request-closed', 'zh-CN');
});

test('answering no leaves the request as it was', async () => {
  const { request, form } = await complaintCall('投诉服务态度');
  const replied = await walkToReplied(form);
  await switchLanguage(page, 'en');
  await page.goto(`/#/complaints/${replied.id}`);
  await new ComplaintPageScreen(page).action('file').click();
  await page.getByTestId(`${STEP_DIALOG.file}-save`).click();
  const offer = page.getByTestId('close-request-dialog');
  await expect(offer).toContainText(`Close request ${request.number} too?`);
  await screenshot(page, 'complaint-filed-close-request', 'en');
  await page.getByTestId('close-request-no').click();
  await expect(offer).toHaveCount(0);
  const screen = new RequestPageScreen(page);
  await screen.goto(request.id);
  await expect(screen.state('awaiting_confirmation')).toBeVisible();
  await switchLanguage(page, 'zh-CN');
});
