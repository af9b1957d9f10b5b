// The spare-parts store at the inventory clerk's desk, after foundation.spec.ts on the same server: the clerk's home
// shows a part below its reorder point; a part is created in the dialog (full-width digits typed), stock received and
// issued, an issue beyond the stock refused on the quantity naming the part, what was asked and what is there, in
// Chinese and in English, and the issue reversed from its row. The list, the part's page and the home pass axe; every
// screen is photographed in both languages.
import { expect, request as apiRequest, test, type Page } from '@playwright/test';
import { AppFrame } from './pages/AppFrame';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { axeViolations, settled } from './pages/axe';
import { call } from './pages/api';
import { screenshot } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const CLERK = { username: 'pt-clerk', displayName: '许静怡', password: 'pt-clerk-pass-2026', roles: ['inventory_clerk'] };
const CODE = 'BJ-E2E-0001';
const NAME = '真空泵密封圈';

let page: Page;

test.beforeAll(async ({ browser, baseURL }) => {
  const admin = await apiRequest.newContext({ baseURL });
  await call(admin, 'auth.login', ADMIN);
  await call(admin, 'users.create', CLERK);
  await admin.dispose();
  // A part already low, so the clerk's home has something to reorder.
  const clerk = await apiRequest.newContext({ baseURL });
  await call(clerk, 'auth.login', { username: CLERK.username, password: CLERK.password });
  const low = await call<{ id: number }>(clerk, 'parts.create', { code: 'BJ-E2E-LOW', name: '控制板保险丝', unit: '个', bin: 'A-02', reorderPoint: 5 });
  await call(clerk, 'stock.receive', { partId: low.id, quantity: 2, unitCostFen: 350, note: '首批到货' });
  await clerk.dispose();
  // A context of its own: axe needs one (browser.newPage's is not one it can use).
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  await page.goto('/');
  await new SignInPage(page).signIn(CLERK.username, CLERK.password);
  await new AppFrame(page).expectSignedIn(CLERK.displayName);
});

test.afterAll(async () => {
  await page.context().close();
});

/** Posts one movement from the part's page through its dialog. */
async function move(action: 'receive' | 'issue', quantity: string) {
  await page.getByTestId(`part-${action}`).click();
  const dialog = page.getByTestId(`stock-dialog-${action}`);
  await dialog.getByTestId('stock-quantity').fill(quantity);
  await dialog.getByTestId('stock-save').click();
  return dialog;
}

/** An issue of more than is there: refused on the quantity, the dialog kept open with what was typed. */
async function refusedIssue(expected: RegExp) {
  const dialog = await move('issue', '20');
  const quantity = dialog.getByTestId('stock-quantity');
  await expect(dialog).toContainText(expected);
  await expect(quantity).toHaveValue('20');
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  return dialog;
}

test('a clerk creates a part, receives and issues it, and is refused an issue beyond the stock, in both languages', async () => {
  const home = page.getByTestId('store-home');
  await expect(home.getByTestId('store-low-row-BJ-E2E-LOW')).toBeVisible();
  await settled(page);
  expect(await axeViolations(page, 'clerk home zh-CN')).toEqual([]);
  await screenshot(page, 'parts-home', 'zh-CN');

  // A new part, quantities and money typed with full-width digits.
  await new AppFrame(page).open('parts');
  await page.getByTestId('part-create').click();
  const dialog = page.getByTestId('part-dialog');
  await dialog.getByTestId('part-code').fill(CODE);
  await dialog.getByTestId('part-name').fill(NAME);
  await dialog.getByTestId('part-spec').fill('Φ40×3 氟橡胶');
  await dialog.getByTestId('part-bin').fill('B-01');
  await dialog.getByTestId('part-reorder').fill('４');
  await dialog.getByTestId('part-cost').fill('１２.５');
  await screenshot(page, 'part-dialog', 'zh-CN');
  await dialog.getByTestId('part-save').click();
  await expect(page.getByTestId('page-title')).toHaveText(`${CODE} ${NAME}`);
  await expect(page.getByTestId('part-on-hand')).toHaveText('0 个');

  const received = await move('receive', '１０');
  await expect(received).toHaveCount(0);
  await expect(page.getByTestId('part-on-hand')).toHaveText('10 个');
  const issued = await move('issue', '3');
  await expect(issued).toHaveCount(0);
  await expect(page.getByTestId('part-on-hand')).toHaveText('7 个');
  await expect(page.getByTestId('part-value')).toHaveText('¥87.50');
  await expect(page.getByTestId('movements').getByTestId('movement-kind').first()).toHaveText('领用');

  const refused = await refusedIssue(new RegExp(`${CODE} ${NAME} 库存不足：申请 20 个，现有 7 个`));
  await refused.getByTestId('stock-quantity').fill('');
  await page.keyboard.press('Escape');
  await expect(refused).toHaveCount(0);
  await settled(page);
  expect(await axeViolations(page, 'part page zh-CN')).toEqual([]);
  await screenshot(page, 'part-page', 'zh-CN');

  // The list finds it by a fragment of its name; a scanned code and Enter opens its page.
  await page.getByTestId('nav-parts').click();
  await page.getByTestId('parts-search').fill('密封');
  await expect(page.getByTestId(`part-row-${CODE}`)).toContainText('7 个');
  await page.getByTestId('parts-search').fill('');
  await expect(page.getByTestId('part-row-BJ-E2E-LOW').getByTestId('part-low')).toBeVisible();
  await settled(page);
  expect(await axeViolations(page, 'parts list zh-CN')).toEqual([]);
  await screenshot(page, 'parts-list', 'zh-CN');

  await switchLanguage(page, 'en');
  await expect(page.getByTestId('page-title')).toHaveText('Spare parts store');
  await screenshot(page, 'parts-list', 'en');
  await page.getByTestId('parts-search').fill(CODE);
  await page.getByTestId('parts-search').press('Enter');
  await expect(page.getByTestId('page-title')).toHaveText(`${CODE} ${NAME}`);
  await refusedIssue(new RegExp(`Not enough ${CODE} ${NAME} in stock: 20 个 asked, 7 个 available`));
  await screenshot(page, 'part-issue-refused', 'en');
  await page.getByTestId('stock-quantity').fill('');
  await page.keyboard.press('Escape');
  // A wrong issue is reversed from its row: the reversal names it, and it is marked.
  const issueRow = page.getByTestId('movements').getByTestId(/^movement-\d+$/).first();
  await issueRow.getByRole('button').click();
  await page.getByTestId('reverse-dialog-text').fill('领错型号');
  await page.getByTestId('reverse-dialog-save').click();
  await expect(page.getByTestId('part-on-hand')).toHaveText('10 个');
  await expect(page.getByTestId('movement-reversal')).toBeVisible();
  await expect(page.getByTestId('movement-reversed')).toBeVisible();
  await screenshot(page, 'part-page', 'en');

  await page.getByTestId('nav-home').click();
  await expect(home.getByTestId('store-movements')).toContainText(CODE);
  await screenshot(page, 'parts-home', 'en');
  await switchLanguage(page, 'zh-CN');
});
