// Each role's home shows what waits for its next step, after foundation.spec.ts on the same server: a complaint form
// taken along its route through the API reaches each desk's home in turn (the seat manager's review, the information
// manager's routing and part 2 out, the department manager's signature, the seat manager's reply assignment, the
// agent's reply), a difficult question addressed to a department reaches its technician, a late one the supervisor;
// each row opens its record. The clerk's home is the store's: parts below their reorder point and the last movements.
// Every role's home in both languages, with screenshots.
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { AppFrame } from './pages/AppFrame';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { HomeScreen } from './pages/HomePages';
import { screenshot, type UiLanguage } from './pages/screenshots';
import { call } from './pages/api';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const person = (username: string, displayName: string, role: string) => ({ username, displayName, password: `${username}-pass-2026`, roles: [role] });
const AGENT = person('hq-agent', '林小雨', 'agent');
const SEAT = person('hq-seat', '高文静', 'seat_manager');
const INFO = person('hq-info', '马俊', 'info_manager');
const MANAGER = person('hq-manager', '韩志远', 'dept_manager');
const TECH = person('hq-tech', '吴海涛', 'technician');
const CLERK = person('hq-clerk', '许静', 'inventory_clerk');
const SUPERVISOR = person('hq-supervisor', '罗建国', 'supervisor');
type Person = typeof AGENT;
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];
const DAY = 24 * 3_600_000;

interface Form {
  id: number;
  number: string;
  version: number;
}

let page: Page;
const api: Record<string, APIRequestContext> = {};
let form: Form;
let question = '';
let lateQuestion = '';


/** A step of the complaint's route, taken at its desk through the API. */
async function step(desk: string, method: string, input: Record<string, unknown> = {}) {
  form = await call<Form>(api[desk]!, `complaints.${method}`, { id: form.id, version: form.version, ...input });
}

async function signInAs(who: Person) {
  const frame = new AppFrame(page);
  if (await frame.root().isVisible()) await frame.signOut();
  await new SignInPage(page).signIn(who.username, who.password);
  await frame.expectSignedIn(who.displayName);
}

/** Signs in, finds the record in the section of the home, in both languages, and opens it with one click. */
async function waitsAt(who: Person, section: string, number: string, shot: string) {
  await signInAs(who);
  const home = new HomeScreen(page);
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await expect(home.row(section, number)).toBeVisible();
    await screenshot(page, shot, language);
  }
  await switchLanguage(page, 'zh-CN');
  // The navigation is on the left; the home does not repeat it.
  await expect(home.screenCards()).toHaveCount(0);
  await home.openRow(section, number);
}

test.beforeAll(async ({ browser, baseURL }) => {
  page = await browser.newPage();
  const admin = await apiRequest.newContext({ baseURL });
  await call(admin, 'auth.login', ADMIN);
  // Departments of their own (named unlike any other spec picks), so what waits for them is only this spec's.
  const works = await call<{ id: number }>(admin, 'departments.create', { name: '园区运维组', nameEn: 'Park Maintenance', kind: 'department' });
  const store = await call<{ id: number }>(admin, 'departments.create', { name: '备件库房', nameEn: 'Parts Store', kind: 'department' });
  for (const [who, departmentId] of [
    [AGENT, null],
    [SEAT, null],
    [INFO, null],
    [MANAGER, works.id],
    [TECH, works.id],
    [CLERK, store.id],
    [SUPERVISOR, null],
  ] as const) {
    await call(admin, 'users.create', { ...who, departmentId });
  }
  await admin.dispose();
  for (const [key, who] of [['agent', AGENT], ['seat', SEAT], ['info', INFO], ['manager', MANAGER]] as const) {
    api[key] = await apiRequest.newContext({ baseURL });
    await call(api[key]!, 'auth.login', { username: who.username, password: who.password });
  }
  const customer = await call<{ id: number }>(api.agent!, 'customers.create', {
    name: '杭州滨江智慧园区管理有限公司',
    kind: 'organization',
    region: '嘉兴',
    contacts: [{ name: '郑主任', title: '物业部', phones: ['0571-8765 4321'] }],
  });
  // Written up from a letter received some days ago: the oldest form waiting at each desk it reaches.
  form = await call<Form>(api.agent!, 'complaints.create', {
    customerId: customer.id,
    complainant: '郑主任',
    contactPhone: '0571-8765 4321',
    content: '园区道闸三次报修仍未修好，维修人员每次只更换保险丝。',
    receivedAt: Date.now() - 6 * DAY,
  });
  question = (
    await call<{ number: string }>(api.agent!, 'questions.create', {
      question: '园区周界报警主机能否接入消防联动？',
      departmentId: works.id,
      customerId: customer.id,
      callerName: '郑主任',
    })
  ).number;
  // Opened three weeks ago and never answered: late.
  lateQuestion = (
    await call<{ number: string }>(api.agent!, 'questions.create', {
      question: '旧款门禁控制器的固件还能升级吗？',
      departmentId: works.id,
      callerName: '郑主任',
      receivedAt: Date.now() - 21 * DAY,
    })
  ).number;
  await page.goto('/');
});

test.afterAll(async () => {
  for (const context of Object.values(api)) await context.dispose();
  await page.close();
});

test('the seat manager finds the new complaint form to review on the home and opens it', async () => {
  await waitsAt(SEAT, 'complaints.review', form.number, 'home-seat-manager');
});

test('the information manager finds the reviewed form to route', async () => {
  await step('seat', 'review');
  await waitsAt(INFO, 'complaints.route', form.number, 'home-info-manager');
  const works = (await call<{ items: Array<{ id: number; name: string }> }>(api.info!, 'departments.list', {})).items.find((d) => d.name === '园区运维组')!;
  await step('info', 'route', { route: 'transfer_department', departmentId: works.id });
});

test('the department manager finds the transfer to sign', async () => {
  await waitsAt(MANAGER, 'complaints.sign', form.number, 'home-dept-manager');
});

test('the information manager finds part 2 out with the unit, no longer to route', async () => {
  await step('manager', 'sign');
  await step('info', 'send');
  await waitsAt(INFO, 'complaints.recordOpinion', form.number, 'home-info-manager-part2');
  const home = new HomeScreen(page);
  await home.open();
  await expect(home.row('complaints.recordOpinion', form.number)).toBeVisible();
  await expect(home.section('complaints.route').getByTestId(`queue-row-${form.number}`)).toHaveCount(0);
});

test('the seat manager finds the answered form to give an agent, and the agent the reply to give', async () => {
  await step('info', 'recordOpinion', { opinion: '已派工程师复查道闸电机并更换控制板。', opinionBy: '园区运维组 张工' });
  await step('info', 'recordResult', { result: '工程部已更换道闸控制板，故障排除。' });
  await waitsAt(SEAT, 'complaints.assignReply', form.number, 'home-seat-manager-reply');
  const agentId = (await call<{ id: number }>(api.agent!, 'auth.me', {})).id;
  await step('seat', 'assignReply', { agentId });
  await waitsAt(AGENT, 'complaints.recordReply', form.number, 'home-agent');
});

test('the technician finds the difficult question addressed to the department', async () => {
  await waitsAt(TECH, 'questions.answer', question, 'home-technician');
});

test('the supervisor finds the late question', async () => {
  await waitsAt(SUPERVISOR, 'late.questions', lateQuestion, 'home-supervisor');
  // It is late: its row says so.
  const home = new HomeScreen(page);
  await home.open();
  await expect(home.row('late.questions', lateQuestion).getByTestId('overdue-chip')).toBeVisible();
});

test("the clerk's home is the store's: parts below their reorder point and the last movements, and no queue", async () => {
  await signInAs(CLERK);
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await expect(page.getByTestId('store-home')).toBeVisible();
    await expect(page.getByTestId('store-low')).toBeVisible();
    await expect(page.getByTestId('store-movements')).toBeVisible();
    await expect(page.getByTestId('home-coming')).toHaveCount(0);
    await expect(new HomeScreen(page).screenCards()).toHaveCount(0);
    await screenshot(page, 'home-clerk', language);
  }
  await switchLanguage(page, 'zh-CN');
});
