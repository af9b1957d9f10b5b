// Editing a record two people have open, and leaving a form before saving (issue 16, items 1 and 8), after
// foundation.spec.ts on the same server. A colleague changes the address while the agent changes the notes: the agent's
// save is refused, the latest version is loaded with the agent's notes on top and the colleague's address shown beside,
// and the save keeps both. A form with changes asks before Esc, Cancel, the browser's Back or a link loses them.
import { expect, test, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { apiCall, CustomerPageScreen, CustomersScreen } from './pages/CustomersPages';
import { screenshot, type UiLanguage } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'ed-agent', displayName: '钱晓东', password: 'agent-pass-2026', roles: ['agent'] };
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];

interface CustomerRead {
  customer: { id: number; version: number; name: string; address: string; notes: string; region: string };
}

let page: Page;
let customerId = 0;
let customerCode = '';

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await page.goto('/');
  await apiCall(page, 'auth.login', ADMIN);
  await apiCall(page, 'users.create', { ...AGENT, departmentId: null });
  await apiCall(page, 'auth.logout', {});
  await apiCall(page, 'auth.login', { username: AGENT.username, password: AGENT.password });
  const created = await apiCall<{ id: number; code: string }>(page, 'customers.create', {
    name: '上海申通地铁集团有限公司',
    kind: 'organization',
    region: '上海',
    address: '上海市徐汇区衡山路 12 号',
    contacts: [{ name: '顾文杰', title: '通信处', phones: ['021-6431 2000'] }],
  });
  customerId = created.id;
  customerCode = created.code;
  await apiCall(page, 'auth.logout', {});
  await new SignInPage(page).signIn(AGENT.username, AGENT.password);
  await expect(page.getByTestId('app-frame')).toBeVisible();
});

test.afterAll(async () => {
  await page.close();
});

/** The colleague's save, through the API with the same session: only the address changes. */
async function colleagueMovesTheAddress(address: string): Promise<void> {
  const { customer } = await apiCall<CustomerRead>(page, 'customers.get', { id: customerId });
  await apiCall(page, 'customers.update', { id: customerId, version: customer.version, address });
}

test("after a conflict the form shows the other person's change beside the user's own and saves both", async () => {
  const customerPage = new CustomerPageScreen(page);
  let round = 0;
  for (const language of LANGUAGES) {
    round += 1;
    await switchLanguage(page, language);
    await customerPage.goto(customerId);
    await page.getByTestId('customer-edit').click();
    const dialog = page.getByTestId('customer-dialog');
    await expect(dialog).toBeVisible();
    const theirAddress = `上海市徐汇区漕溪北路 ${200 + round} 号`;
    const myNotes = `周三上午联系顾工（第 ${round} 次）`;
    await colleagueMovesTheAddress(theirAddress);
    await page.getByTestId('customer-notes').fill(myNotes);
    await page.getByTestId('customer-save').click();
    const conflict = page.getByTestId('conflict-alert');
    await expect(conflict).toBeVisible();
    await conflict.getByRole('button').click();
    // The latest address is on the form, the notes typed are kept, and the colleague's change is listed beside them.
    await expect(page.getByTestId('customer-address')).toHaveValue(theirAddress);
    await expect(page.getByTestId('customer-notes')).toHaveValue(myNotes);
    const change = page.getByTestId('their-change-address');
    await expect(change).toContainText(theirAddress);
    await expect(change).toContainText(language === 'zh-CN' ? '地址' : 'Address');
    await expect(page.getByTestId('their-changes')).not.toContainText('notes');
    await screenshot(page, 'customer-conflict-merged', language);
    await page.getByTestId('customer-save').click();
    await expect(dialog).toBeHidden();
    const { customer } = await apiCall<CustomerRead>(page, 'customers.get', { id: customerId });
    expect(customer.address).toBe(theirAddress);
    expect(customer.notes).toBe(myNotes);
  }
  await switchLanguage(page, 'zh-CN');
});

test('a form with changes asks before Esc, Cancel, Back or a link closes it; an untouched one closes at once', async () => {
  const customerPage = new CustomerPageScreen(page);
  const dialog = page.getByTestId('customer-dialog');
  const question = page.getByTestId('unsaved-changes-dialog');
  // Into the customer's page through the screens (so Back has the list to go back to).
  const list = new CustomersScreen(page);
  await list.open();
  await list.row(customerCode).dblclick();
  await expect(customerPage.root()).toBeVisible();

  // Untouched: Esc closes without a question.
  await page.getByTestId('customer-edit').click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(question).toBeHidden();

  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await page.getByTestId('customer-edit').click();
    await page.getByTestId('customer-notes').fill('尚未保存的备注');
    // Esc asks; keeping goes on with what was typed.
    await page.keyboard.press('Escape');
    await expect(question).toBeVisible();
    await screenshot(page, 'unsaved-changes-question', language);
    await page.getByTestId('unsaved-keep').click();
    await expect(question).toBeHidden();
    await expect(page.getByTestId('customer-notes')).toHaveValue('尚未保存的备注');
    // Cancel asks too.
    await dialog.getByRole('button', { name: language === 'zh-CN' ? '取消' : 'Cancel' }).click();
    await expect(question).toBeVisible();
    await page.getByTestId('unsaved-keep').click();
    // The browser's Back asks, and keeping stays on the page with the dialog and its text.
    await page.goBack();
    await expect(question).toBeVisible();
    await page.getByTestId('unsaved-keep').click();
    await expect(customerPage.root()).toBeVisible();
    await expect(page.getByTestId('customer-notes')).toHaveValue('尚未保存的备注');
    // Discarding closes it, and nothing was saved (Esc from inside the dialog, where the user is).
    await expect(question).toBeHidden();
    await page.getByTestId('customer-notes').click();
    await page.keyboard.press('Escape');
    await expect(question).toBeVisible();
    await page.getByTestId('unsaved-discard').click();
    await expect(dialog).toBeHidden();
    await expect(customerPage.root()).toBeVisible();
  }
  const { customer } = await apiCall<CustomerRead>(page, 'customers.get', { id: customerId });
  expect(customer.notes).not.toBe('尚未保存的备注');

  // Back with changes, discarded: the page goes back.
  await page.getByTestId('customer-edit').click();
  await page.getByTestId('customer-notes').fill('又一条');
  await page.goBack();
  await page.getByTestId('unsaved-discard').click();
  await expect(customerPage.root()).toBeHidden();
  await expect(list.grid()).toBeVisible();
  await switchLanguage(page, 'zh-CN');
});
