// Stock-taking (盘点) end to end, after foundation.spec.ts on the same server. An inventory clerk's parts and stock are
// set up through the API; on screen the clerk makes a count sheet of one bin with the book quantities, prints it (the
// PDF's text has the part codes), enters the counts (one found by a scan, one typed in full-width digits, a part not on
// the sheet scanned and added), sees a movement made after the sheet as "moved since", and posts the differences with
// a reason: the part's balance equals its count. Both languages; screenshots of the list, the sheet and the printed
// page saved; axe on the list and the sheet.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { axeViolations, settled } from './pages/axe';
import { missingPdfTools, pdfText, pdfToPngs, squeeze } from './pages/pdf';
import { call } from './pages/api';
import { motionSettled } from './pages/motion';

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const CLERK = { username: 'st-clerk', displayName: '赵库管', password: 'st-clerk-pass-2026', roles: ['inventory_clerk'] };
const OUT = join(process.env.E2E_OUTPUT_DIR ?? 'test-results', 'stocktakes');
const BIN = 'ST-A01';
const RELAY = { code: 'ST-JDQ-24V', name: '中间继电器', spec: 'MY2NJ DC24V', unit: '个', bin: BIN, stock: 10 };
const CABLE = { code: 'ST-DL-2.5', name: '控制电缆', spec: 'RVV 2×2.5', unit: '米', bin: BIN, stock: 12.5 };
const FUSE = { code: 'ST-RD-32A', name: '熔断器', spec: 'RT18-32', unit: '只', bin: 'ST-B02', stock: 6 };

let page: Page;
let clerk: APIRequestContext;
const ids: Record<string, number> = {};

async function shot(name: string) {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.mouse.move(1, 899);
  await motionSettled(page);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

async function expectNoAxeViolations(name: string) {
  await settled(page);
  expect(await axeViolations(page, name)).toEqual([]);
}

test.beforeAll(async ({ browser, baseURL }) => {
  mkdirSync(OUT, { recursive: true });
  const admin = await apiRequest.newContext({ baseURL });
  await call(admin, 'auth.login', ADMIN);
  await call(admin, 'users.create', { ...CLERK, departmentId: null });
  await admin.dispose();
  clerk = await apiRequest.newContext({ baseURL });
  await call(clerk, 'auth.login', { username: CLERK.username, password: CLERK.password });
  for (const part of [RELAY, CABLE, FUSE]) {
    const made = await call<{ id: number }>(clerk, 'parts.create', { code: part.code, name: part.name, spec: part.spec, unit: part.unit, bin: part.bin });
    await call(clerk, 'stock.receive', { partId: made.id, quantity: part.stock, unitCostFen: 1500 });
    ids[part.code] = made.id;
  }
  // A context of its own: the printed sheet opens in a second tab of the same session.
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto('/');
});

test.afterAll(async () => {
  await clerk.dispose();
  await page.context().close();
});

test('a clerk makes, prints, counts and posts a count sheet of one bin', async () => {
  await new SignInPage(page).signIn(CLERK.username, CLERK.password);
  await new AppFrame(page).expectSignedIn(CLERK.displayName);
  await switchLanguage(page, 'zh-CN');

  // A new sheet of one bin, with the book quantities on paper.
  await page.getByTestId('nav-stocktakes').click();
  await page.getByTestId('stocktake-create').click();
  await page.getByTestId('stocktake-bins').fill('ST-A');
  await page.getByTestId(`bin-option-${BIN}`).click();
  await page.getByTestId('stocktake-show-book').check();
  await page.getByTestId('new-stocktake-save').click();
  await expect(page.getByTestId('page-title')).toContainText(/盘点表 PD-\d{8}-\d{4}/);
  const id = Number(/stocktakes\/(\d+)/.exec(page.url())![1]);
  const number = (await page.getByTestId('page-title').textContent())!.replace('盘点表', '').trim();
  await expect(page.getByTestId(`line-${RELAY.code}`)).toBeVisible();
  await expect(page.getByTestId(`line-${FUSE.code}`)).toHaveCount(0);

  // Printed (in a tab of its own: a page printed to PDF takes no more typing): A4, the codes on it, a picture kept.
  if (missingPdfTools() === null) {
    const paper = await page.context().newPage();
    await paper.goto(`/#/print/stocktake/${id}?lang=zh-CN`);
    await paper.waitForFunction(() => document.body.dataset.printReady !== undefined, undefined, { timeout: 30_000 });
    expect(await paper.evaluate(() => document.body.dataset.printReady)).toBe('true');
    const file = join(OUT, `count-sheet-${number}.pdf`);
    await paper.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await paper.close();
    const text = squeeze(pdfText(file));
    for (const wanted of [RELAY.code, CABLE.code, '盘点表', number, '盘点人', '复核人', '库管员', '账面数', '实盘数']) expect(text, wanted).toContain(squeeze(wanted));
    pdfToPngs(file);
  }

  // Stock moves after the sheet was made: the sheet says so.
  await call(clerk, 'stock.issue', { partId: ids[RELAY.code], quantity: 2, note: '检修领用' });
  await page.reload();
  await expect(page.getByTestId('stocktake-moved')).toBeVisible();
  await expect(page.getByTestId(`moved-${RELAY.code}`)).toContainText('−2');
  await expect(page.getByTestId(`balance-${RELAY.code}`)).toHaveText('8');

  // A scan finds the cable's line (lines go by bin, then code); Enter moves on to the relay's, then back to the scan
  // field; a part not on the sheet is scanned and added.
  await page.getByTestId('stocktake-scan').fill(CABLE.code.toLowerCase());
  await page.getByTestId('stocktake-scan').press('Enter');
  await expect(page.getByTestId(`count-${CABLE.code}`)).toBeFocused();
  await page.keyboard.type('１２．５');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`count-${RELAY.code}`)).toBeFocused();
  await page.keyboard.type('7');
  await expect(page.getByTestId(`difference-${RELAY.code}`)).toHaveText('−1');
  await expect(page.getByTestId(`difference-${CABLE.code}`)).toHaveText('0');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stocktake-scan')).toBeFocused();
  await page.keyboard.type(FUSE.code);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`count-${FUSE.code}`)).toBeFocused();
  await page.keyboard.type('5');
  await page.getByTestId('counts-save').click();
  await expect(page.getByTestId('counts-unsaved')).toHaveCount(0);
  await expect(page.getByTestId('stocktake-progress')).toContainText('3 / 3');
  await expect(page.getByTestId(`difference-${FUSE.code}`)).toHaveText('−1');
  await shot('sheet-zh-CN');
  await expectNoAxeViolations('stocktake sheet');

  // The other language, once: the sheet and the list.
  await switchLanguage(page, 'en');
  await expect(page.getByTestId('page-title')).toContainText('Count sheet');
  await shot('sheet-en');
  await page.getByTestId('nav-stocktakes').click();
  await expect(page.getByTestId(`stocktake-row-${number}`)).toBeVisible();
  await shot('list-en');
  await expectNoAxeViolations('stocktakes list');
  await switchLanguage(page, 'zh-CN');
  await shot('list-zh-CN');

  // Posted with the reason: the differences listed first, then the balances are the counts.
  await page.getByTestId(`stocktake-row-${number}`).getByRole('link').click();
  await page.getByTestId('stocktake-post').click();
  await expect(page.getByTestId(`post-line-${RELAY.code}`)).toBeVisible();
  await expect(page.getByTestId(`post-line-${CABLE.code}`)).toHaveCount(0);
  await page.getByTestId('post-reason').fill('A01 库位月末盘点');
  await shot('post-dialog-zh-CN');
  await page.getByTestId('post-submit').click();
  await expect(page.getByTestId('stocktake-posted')).toContainText('A01 库位月末盘点');
  await expect(page.getByTestId(`difference-${RELAY.code}`)).toHaveText('−1');
  for (const [code, counted] of [
    [RELAY.code, 7],
    [CABLE.code, 12.5],
    [FUSE.code, 5],
  ] as const) {
    expect((await call<{ balance: number }>(clerk, 'stock.balance', { partId: ids[code] })).balance, code).toBe(counted);
  }
});
