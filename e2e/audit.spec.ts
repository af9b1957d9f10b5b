// Issue 16, item 12: after real work (a customer, a call, a complaint form filled and reviewed), the audit log names
// every action, record type, field and value in the reader's language: no raw key (`complaints.create`, `part1`,
// `in_progress`) in the table or in an entry's details, in either language; its filter offers every record type.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { apiCall } from './pages/CustomersPages';

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'au-agent', displayName: '韩梅', password: 'agent-pass-2026', roles: ['agent'] };
const SEAT = { username: 'au-seat', displayName: '李雷', password: 'seat-pass-2026', roles: ['seat_manager'] };
const SUPERVISOR = { username: 'au-supervisor', displayName: '周强', password: 'super-pass-2026', roles: ['supervisor'] };

/** What a raw key looks like: a method (`complaints.create`), a field (`customerId`), a code (`in_progress`). */
const RAW_KEYS = [/\b[a-z]+\.[a-z][A-Za-z]+\b/, /\b[a-z]+[A-Z][A-Za-z]*\b/, /\b[a-z]+_[a-z_]+\b/, /\bpart[12]\b/];

let page: Page;

async function as(user: { username: string; password: string }) {
  await apiCall(page, 'auth.logout', {}).catch(() => undefined);
  await apiCall(page, 'auth.login', { username: user.username, password: user.password });
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await page.goto('/');
  await as(ADMIN);
  // Made once: a retry after a failure runs this again on the same data.
  const { items } = await apiCall<{ items: Array<{ username: string }> }>(page, 'users.list', { includeInactive: true });
  for (const user of [AGENT, SEAT, SUPERVISOR]) {
    if (!items.some((u) => u.username === user.username)) await apiCall(page, 'users.create', { ...user, departmentId: null });
  }
  await as(AGENT);
  const customer = await apiCall<{ id: number }>(page, 'customers.create', {
    name: '苏州工业园区管委会',
    kind: 'organization',
    region: '苏州',
    contacts: [{ name: '钱主任', phones: ['0512-6668 1234'] }],
  });
  const request = await apiCall<{ id: number }>(page, 'requests.create', {
    callerPhone: '0512-6668 1234',
    customerId: customer.id,
    kind: 'complaint',
    channel: 'hotline',
    priority: 'important',
    subject: '维修人员上门迟到两小时',
  });
  const form = await apiCall<{ id: number; version: number }>(page, 'complaints.create', {
    customerId: customer.id,
    requestId: request.id,
    complainant: '钱主任',
    contactPhone: '0512-6668 1234',
    content: '约定上午九点上门，十一点才到，期间没有电话说明。',
  });
  await as(SEAT);
  await apiCall(page, 'complaints.review', { id: form.id, version: form.version });
  // Signed in on screen as the supervisor (the page shares the API's session).
  await apiCall(page, 'auth.logout', {});
  await page.reload();
  await new SignInPage(page).signIn(SUPERVISOR.username, SUPERVISOR.password);
  await expect(page.getByTestId('app-frame')).toBeVisible();
});

test.afterAll(async () => {
  await switchLanguage(page, 'zh-CN');
  await page.close();
});

/** A file's name (a backup's `manual.sqlite`) is data the user sees as it is, not a key. */
const FILE_NAME = /\.(sqlite|db|pdf|xlsx?|csv|png|jpe?g)$/;

async function rawKeysIn(area: Locator): Promise<string[]> {
  const text = await area.innerText();
  return RAW_KEYS.flatMap((pattern) => text.match(new RegExp(pattern.source, 'g')) ?? []).filter((key) => !FILE_NAME.test(key));
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`the audit log after real work shows no raw key, in ${language}`, async () => {
    await page.goto('/#/admin/audit');
    await switchLanguage(page, language);
    const grid = page.getByTestId('audit-grid');
    await expect(grid.locator('[role="row"][data-id]').first()).toBeVisible();
    // Wait for every entry of the work above (the newest first) to be in the table.
    await expect(grid.getByText(language === 'en' ? 'Review complaint form' : '审核投诉联系书', { exact: true }).first()).toBeVisible();
    expect(await rawKeysIn(grid)).toEqual([]);
    for (const action of language === 'en' ? ['Fill in complaint form', 'Log a call', 'Create customer'] : ['填写投诉联系书', '登记来电', '新建客户']) {
      await expect(grid.getByText(action, { exact: true }).first()).toBeVisible();
    }

    // An entry's details: the complaint form's review, its part 1 opened to the fields that changed.
    await grid.getByText(language === 'en' ? 'Review complaint form' : '审核投诉联系书', { exact: true }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(language === 'en' ? 'Part 1 › Reviewed by' : '第一联 › 审核人');
    expect(await rawKeysIn(dialog)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // The record-type filter offers service requests and complaint forms, by name.
    await page.getByTestId('audit-filters').getByLabel(language === 'en' ? 'Record type' : '对象').click();
    const listbox = page.getByRole('listbox');
    for (const entity of language === 'en' ? ['Service request', 'Complaint form'] : ['服务单', '投诉联系书']) {
      await expect(listbox.getByRole('option', { name: entity, exact: true })).toBeVisible();
    }
    expect(await rawKeysIn(listbox)).toEqual([]);
    await page.keyboard.press('Escape');
  });
}
