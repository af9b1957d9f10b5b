// Issue 16, item 13: on the hotline's usual 1366×768 screen, in English (the longer language), the tables keep their
// columns: short values on one line, the subject wide enough to read (cut, whole on hover), and no column cut off at
// the right — the deadline board's breach above all.
import { expect, test, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { apiCall } from './pages/CustomersPages';
import { tableLayout } from './pages/tableLayout';

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'ly-agent', displayName: '欧阳明轩 (Ouyang Mingxuan)', password: 'agent-pass-2026', roles: ['agent'] };
const SUPERVISOR = { username: 'ly-supervisor', displayName: '司马静怡 (Sima Jingyi)', password: 'super-pass-2026', roles: ['supervisor'] };
const HOUR = 3_600_000;
const SUBJECT = 'Camera picture freezes every few minutes on the north gate, the car park and the loading bay';
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
