// Issue 16, item 13: on the hotline's usual 1366×768 screen, in English (the longer language), the tables keep their
// columns: short values on one line, the subject wide enough to read (cut, whole on hover), and no column cut off at
// the right — the deadline board's breach above all.
import { expect, test, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { apiCall } from './pages/CustomersPages';
import { screenshot } from './pages/screenshots';
import { tableLayout } from './pages/tableLayout';

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'ly-agent', displayName: '欧阳明轩 (Ouyang Mingxuan)', password: 'agent-pass-2026', roles: ['agent'] };
const SUPERVISOR = { username: 'ly-supervisor', displayName: '司马静怡 (Sima Jingyi)', password: 'super-pass-2026', roles: ['supervisor'] };
const HOUR = 3_600_000;
const SUBJECT = 'Camera picture freezes every few minutes on the north gate, the car park and the loading bay';
const CALLER = '上海国际港务集团物流仓储有限公司信息部欧阳明轩';
const QUESTION = '门诊楼摄像机的供电方式能否改为 PoE？录像机硬盘容量不够，能否扩容到 8 TB 并保持 30 天录像？';
/** The room a subject keeps: a few words, never a character or two. */
const SUBJECT_MIN = 150;

test.use({ viewport: { width: 1366, height: 768 } });

let page: Page;
let lateNumber = '';

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await page.goto('/');
  await apiCall(page, 'auth.login', ADMIN);
  // Made once: a retry after a failure runs this again on the same data.
  const { items } = await apiCall<{ items: Array<{ username: string }> }>(page, 'users.list', { includeInactive: true });
  for (const user of [AGENT, SUPERVISOR]) {
    if (!items.some((u) => u.username === user.username)) await apiCall(page, 'users.create', { ...user, departmentId: null });
  }
  await apiCall(page, 'auth.logout', {});
  await apiCall(page, 'auth.login', { username: AGENT.username, password: AGENT.password });
  const customer = await apiCall<{ id: number }>(page, 'customers.create', {
    name: 'Shanghai International Port Group Logistics and Warehousing Company Limited',
    kind: 'organization',
    region: '上海',
    contacts: [{ name: 'Chen Haiyan', phones: ['139 1700 4455'] }],
  });
  // Late: an urgent call not responded to within the hour, with a long subject and a long customer name.
  const late = await apiCall<{ id: number; number: string }>(page, 'requests.create', {
    callerPhone: '139 1700 4455',
    customerId: customer.id,
    kind: 'fault',
    channel: 'hotline',
    priority: 'urgent',
    subject: SUBJECT,
    receivedAt: Date.now() - 3 * HOUR,
  });
  lateNumber = late.number;
  // Issue 22, item 4: a question and a suggestion from a caller with a long name, of a long-named customer.
  const departments = await apiCall<{ items: Array<{ id: number }> }>(page, 'departments.list', {});
  const taken = { callerName: CALLER, callerPhone: '139 1700 4455', customerId: customer.id, departmentId: departments.items[0]!.id };
  await apiCall(page, 'questions.create', { ...taken, question: `${QUESTION}${QUESTION}` });
  await apiCall(page, 'suggestions.create', { ...taken, channel: 'night_hotline', content: `${QUESTION}${QUESTION}` });
  await apiCall(page, 'auth.logout', {});
  await page.reload();
  await new SignInPage(page).signIn(SUPERVISOR.username, SUPERVISOR.password);
  await expect(page.getByTestId('app-frame')).toBeVisible();
  await switchLanguage(page, 'en');
});

test.afterAll(async () => {
  await switchLanguage(page, 'zh-CN');
  await page.close();
});

test('the deadline board at 1366×768 in English keeps the subject readable and the breach column on screen', async () => {
  await page.goto('/#/board');
  const table = page.getByTestId('board-late-rows');
  await expect(table.getByTestId(`board-row-${lateNumber}`)).toBeVisible();
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const layout = await tableLayout(table, 'Subject');
  expect(layout.columnWidth, 'the subject column').toBeGreaterThanOrEqual(SUBJECT_MIN);
  expect(layout.lastRight, 'the breach column ends inside the table').toBeLessThanOrEqual(layout.containerRight + 0.5);
  expect(layout.lastRight, 'the breach column ends inside the window').toBeLessThanOrEqual(layout.viewportWidth);
  expect(layout.scrolls, 'the table does not scroll sideways').toBe(false);
  expect(layout.headerLines, 'no header takes more than two lines').toBeLessThanOrEqual(2);
  // The subject gives way, cut with its whole text on hover.
  await expect(table.getByTestId(`board-row-${lateNumber}`).getByTitle(SUBJECT)).toBeVisible();
});

test('the service requests list at 1366×768 in English keeps every column on screen', async () => {
  await page.goto('/#/requests');
  const table = page.getByTestId('requests-grid');
  await expect(table.getByTestId(`request-row-${lateNumber}`)).toBeVisible();
  const layout = await tableLayout(table, 'Subject / customer');
  expect(layout.columnWidth, 'the subject column').toBeGreaterThanOrEqual(SUBJECT_MIN);
  expect(layout.lastRight, 'the last column ends inside the table').toBeLessThanOrEqual(layout.containerRight + 0.5);
  expect(layout.scrolls, 'the table does not scroll sideways').toBe(false);
  expect(layout.headerLines, 'no header takes more than two lines').toBeLessThanOrEqual(2);
});

test('every list screen at 1366×768 in English fits its table to the screen', async () => {
  const screens: Array<[path: string, testId: string]> = [
    ['/customers', 'customers-grid'],
    ['/questions', 'questions-grid'],
    ['/suggestions', 'suggestions-grid'],
    ['/complaints', 'complaints-grid'],
    ['/admin/audit', 'audit-grid'],
  ];
  for (const [path, testId] of screens) {
    await page.goto(`/#${path}`);
    const table = page.getByTestId(testId);
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr, [role="row"]').first()).toBeVisible();
    const layout = await tableLayout(table);
    expect({ path, right: layout.lastRight <= layout.containerRight + 0.5, scrolls: layout.scrolls, headerLines: layout.headerLines <= 2 }).toEqual({
      path,
      right: true,
      scrolls: false,
      headerLines: true,
    });
  }
});

test('the difficult questions and suggestions lists at 1366×768 in Chinese keep names on a line and headers across (issue 22, item 4)', async () => {
  await switchLanguage(page, 'zh-CN');
  try {
    for (const [path, testId] of [['/questions', 'questions-grid'], ['/suggestions', 'suggestions-grid']] as const) {
      await page.goto(`/#${path}`);
      const table = page.getByTestId(testId);
      await expect(table.getByTestId('record-caller').first()).toBeVisible();
      const layout = await tableLayout(table);
      expect({ path, headerLines: layout.headerLines, scrolls: layout.scrolls }).toEqual({ path, headerLines: 1, scrolls: false });
      // Every line of the caller's cell is one line: the name is cut with an ellipsis, never stacked a character a line.
      const lines = await table.getByTestId('record-caller').first().evaluate((cell) =>
        [...cell.children].map((line) => Math.round(line.getBoundingClientRect().height / (parseFloat(getComputedStyle(line).lineHeight) || 20))),
      );
      expect(lines.every((count) => count === 1), `${path}: lines of the caller's cell ${lines.join(', ')}`).toBe(true);
      // The long text gives way first, its whole text and the whole name on hover.
      await expect(table.getByTitle(CALLER).first()).toBeVisible();
      await expect(table.getByTitle(`${QUESTION}${QUESTION}`).first()).toBeVisible();
      const row = await table.locator('tbody tr').first().boundingBox();
      expect(row!.height, `${path}: a row's height`).toBeLessThanOrEqual(64);
      await screenshot(page, `layout-${path.slice(1)}-1366`, 'zh-CN');
    }
  } finally {
    await switchLanguage(page, 'en');
  }
});
