// Long texts (issue 16, item 3): a complaint's text or a call's description is never cut where it is typed; the count
// shows near the limit, before saving; a text over the limit is refused with the field's message and kept whole.
// After foundation.spec.ts on the same server.
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { ComplaintDialogScreen, ComplaintPageScreen, ComplaintsScreen } from './pages/ComplaintsPages';
import { CallForm } from './pages/RequestsPages';
import { screenshot } from './pages/screenshots';
import { call } from './pages/api';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'lt-agent', displayName: '许文静', password: 'lt-agent-pass-2026', roles: ['agent'] };
const CUSTOMER = '无锡新吴区长江实验小学';

let page: Page;
let agentApi: APIRequestContext;


/** A text of exactly `length` characters, Chinese as typed on the hotline, with line breaks. */
const textOf = (length: number) => {
  const line = '监控中心大屏第三路画面闪烁，重启后仍然出现，客户要求上门检查。\n';
  return line.repeat(Math.ceil(length / line.length)).slice(0, length);
};

test.beforeAll(async ({ browser, baseURL }) => {
  const admin = await apiRequest.newContext({ baseURL });
  await call(admin, 'auth.login', ADMIN);
  await call(admin, 'users.create', { ...AGENT, departmentId: null });
  await admin.dispose();
  agentApi = await apiRequest.newContext({ baseURL });
  await call(agentApi, 'auth.login', { username: AGENT.username, password: AGENT.password });
  await call(agentApi, 'customers.create', { name: CUSTOMER, kind: 'organization', region: '无锡', contacts: [{ name: '钱老师', phones: ['0510-8522 7788'] }] });
  page = await browser.newPage();
  await page.goto('/');
  await new SignInPage(page).signIn(AGENT.username, AGENT.password);
  await new AppFrame(page).expectSignedIn(AGENT.displayName);
});

test.afterAll(async () => {
  await agentApi.dispose();
  await page.close();
});

test('a complaint text over 4,000 characters is counted, refused with the field message and kept whole; 4,000 are saved whole', async () => {
  await switchLanguage(page, 'zh-CN');
  const list = new ComplaintsScreen(page);
  await list.open();
  await list.createButton().click();
  const dialog = new ComplaintDialogScreen(page);
  await dialog.pickCustomer('长江', CUSTOMER);
  const count = page.getByTestId('complaint-content-count');

  // Short: no count. From 80 % of the limit: the count, before any save.
  await dialog.content().fill(textOf(100));
  await expect(count).toHaveCount(0);
  await dialog.content().fill(textOf(3412));
  await expect(count).toHaveText('3,412 / 4,000 字');
  await expect(count).toHaveAttribute('data-over', 'false');

  // Over: nothing cut where it is typed, the count red, the save refused on the field, the text still whole.
  await dialog.content().fill(textOf(4100));
  await expect(dialog.content()).toHaveValue(textOf(4100));
  await expect(count).toHaveText('4,100 / 4,000 字');
  await expect(count).toHaveAttribute('data-over', 'true');
  await screenshot(page, 'long-text-over', 'zh-CN');
  await dialog.save().click();
  await expect(dialog.root()).toBeVisible();
  await expect(dialog.root()).toContainText('最多 4000 个字符');
  await expect(dialog.content()).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.content()).toHaveValue(textOf(4100));

  // At the limit: saved, and saved whole.
  await dialog.content().fill(textOf(4000));
  await dialog.save().click();
  const form = new ComplaintPageScreen(page);
  await expect(form.root()).toBeVisible();
  const id = Number(page.url().split('/').pop());
  const saved = await call<{ part1: { content: string } }>(agentApi, 'complaints.get', { id });
  expect(saved.part1.content).toBe(textOf(4000).trim());
});

test("the call's description shows its count before Save and is refused over 8,000 characters, in English too", async () => {
  await switchLanguage(page, 'en');
  const form = new CallForm(page);
  await form.openWithShortcut('Control+Shift+N');
  await form.typePhone('0510 8522 7788');
  await form.subject().fill('Screen flickers');
  const count = page.getByTestId('call-description-count');
  await form.description().fill(textOf(6500));
  await expect(count).toHaveText('6,500 / 8,000');
  await form.description().fill(textOf(8001));
  await expect(count).toHaveText('8,001 / 8,000');
  await expect(count).toHaveAttribute('data-over', 'true');
  await expect(form.description()).toHaveValue(textOf(8001));
  await screenshot(page, 'long-text-call', 'en');
  await form.save();
  await expect(form.root()).toContainText('At most 8000 characters');
  await expect(form.saved()).toHaveCount(0);
  await expect(form.description()).toHaveValue(textOf(8001));
});
