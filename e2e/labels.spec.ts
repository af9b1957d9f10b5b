// Labels and the parts list's import, end to end, after foundation.spec.ts: an inventory clerk prints a sheet of part
// labels and a sheet of bin labels (PDFs saved: pdftotext finds every code, and every barcode decodes to its code when
// the page is rendered at 203 and at 300 dpi, as a label printer or an office printer prints it), then imports a parts
// list through the import screen: one bad row is listed with why, the valid parts appear in the store. Both languages,
// screenshots of each screen, an axe check of each.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { axeViolations, settled } from './pages/axe';
import { decodeLabelSheet } from './pages/barcodes';
import { pdfPages, pdfText, pdfToPngs, squeeze } from './pages/pdf';
import { screenshot } from './pages/screenshots';
import { call } from './pages/api';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const CLERK = { username: 'lb-clerk', displayName: '赵库管', password: 'clerk-pass-2026', roles: ['inventory_clerk'] };
const OUT = 'artifacts/labels';

/** Codes of every kind a store writes: letters and digits, all digits (Code 128 set C), dashes, lower case. */
const PARTS = [
  { code: 'LB-FU-0032', name: '熔断器', spec: 'RT18-32 32A', unit: '个', bin: 'LB-A-01' },
  { code: '20260417', name: '硬盘录像机电源模块', spec: 'DS-7608N-K2 12V 5A', unit: '个', bin: 'LB-A-02' },
  { code: 'LB-CB-0010', name: '六类网线', spec: 'CAT6 UTP', unit: '米', bin: 'LB-B-01' },
  { code: 'lb-rl-24v', name: '中间继电器', spec: 'MY2NJ DC24V', unit: '个', bin: 'LB-A-01' },
  { code: 'LB-PW-0001-A', name: 'UPS 蓄电池 12V 100Ah', spec: '', unit: '块', bin: '' },
];
const BINS = ['LB-A-01', 'LB-A-02', 'LB-B-01'];

let page: Page;
let clerk: APIRequestContext;
const partIds: number[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  mkdirSync(OUT, { recursive: true });
  const admin = await apiRequest.newContext({ baseURL });
  await call(admin, 'auth.login', ADMIN);
  await call(admin, 'users.create', { ...CLERK, departmentId: null });
  await admin.dispose();
  clerk = await apiRequest.newContext({ baseURL });
  await call(clerk, 'auth.login', { username: CLERK.username, password: CLERK.password });
  for (const part of PARTS) partIds.push((await call<{ id: number }>(clerk, 'parts.create', part)).id);
  // A page of its own context: axe asks for one.
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto('/');
  await new SignInPage(page).signIn(CLERK.username, CLERK.password);
  await new AppFrame(page).expectSignedIn(CLERK.displayName);
});

test.afterAll(async () => {
  await clerk.dispose();
  await page.context().close();
});

/** Opens a print route as the signed-in user, waits for its ready signal, saves the PDF and its PNGs. */
async function printToPdf(route: string, name: string): Promise<string> {
  await page.goto(`/#${route}`);
  await page.waitForFunction(() => document.body.dataset.printReady !== undefined, undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => document.body.dataset.printReady), `${route} says it is ready`).toBe('true');
  const file = join(OUT, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  pdfToPngs(file);
  return file;
}

/** Opens a screen from the navigation, as the clerk does. */
async function openScreen(key: 'parts' | 'import') {
  await page.getByTestId(`nav-${key}`).click();
  await expect(page.getByTestId(`nav-${key}`)).toHaveClass(/Mui-selected/);
}

async function expectNoAxeViolations(screen: string) {
  expect(await axeViolations(page, screen)).toEqual([]);
}

test('a clerk prints part labels and bin labels: the codes are on the paper and every barcode reads', async () => {
  for (const language of ['zh-CN', 'en'] as const) {
    await switchLanguage(page, language);
    // The preview of the parts' labels, as the parts screen's Print labels button opens it.
    await page.goto(`/#/parts/labels?parts=${partIds.join(',')}`);
    await expect(page.getByTestId('labels-print-preview')).toBeVisible();
    await expect(page.getByTestId('print-frame')).toHaveAttribute('data-ready', 'ready', { timeout: 30_000 });
    await expect(page.getByTestId('labels-count')).toContainText(String(PARTS.length));
    await settled(page);
    await screenshot(page, 'labels-parts-preview', language);
    await expectNoAxeViolations(`labels preview ${language}`);

    // Bin labels: from the store's screen, tick the bins, print.
    await openScreen('parts');
    await page.getByTestId('bin-labels').click();
    const dialog = page.getByTestId('bin-labels-dialog');
    await expect(dialog.getByTestId(`bin-label-${BINS[0]}`)).toBeVisible();
    await settled(page, dialog);
    await screenshot(page, 'labels-bins-dialog', language);
    await expectNoAxeViolations(`bin labels dialog ${language}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  // The dialog's choice reaches the preview: every bin (of this store's parts too) unless unticked.
  await page.getByTestId('bin-labels').click();
  await page.getByTestId('bin-labels-all').click();
  for (const bin of BINS) await page.getByTestId(`bin-label-${bin}`).click();
  await page.getByTestId('bin-labels-print').click();
  await expect(page).toHaveURL(new RegExp(`/parts/labels\\?bins=${BINS.join(',')}$`));
  await expect(page.getByTestId('labels-count')).toContainText(String(BINS.length));

  const partsPdf = await printToPdf(`/print/part-labels?parts=${partIds.join(',')}&lang=zh-CN`, 'part-labels');
  const binsPdf = await printToPdf(`/print/part-labels?bins=${BINS.join(',')}&lang=en`, 'bin-labels');
  expect(pdfPages(partsPdf)).toBe(1);
  const text = squeeze(pdfText(partsPdf));
  for (const part of PARTS) for (const value of [part.code, part.name, part.spec, part.bin]) expect(text, value).toContain(squeeze(value));
  const binText = squeeze(pdfText(binsPdf));
  for (const bin of BINS) expect(binText).toContain(bin);

  // A scanner at 203 dpi (a label printer) and at 300 dpi reads every label's barcode as its code.
  for (const dpi of [203, 300]) {
    expect(decodeLabelSheet(partsPdf, 1, dpi, 3, 8, PARTS.length), `part labels at ${dpi} dpi`).toEqual(PARTS.map((p) => p.code));
    expect(decodeLabelSheet(binsPdf, 1, dpi, 3, 8, BINS.length), `bin labels at ${dpi} dpi`).toEqual(BINS);
  }
});

const CSV = {
  'zh-CN': [
    '备件编码,名称,规格型号,单位,库位,最低库存,单价,状态,适用型号,备注',
    'IM-FU-0010,快速熔断器,RS0-100A,个,LB-C-01,5,12.50,正常,DS-7608N-K2,',
    'IM-CB-0020,电源线,RVV 2×1.5,米,LB-C-02,10.5,3.2,,,',
    'IM-RL-0030,时间继电器,H3Y-2,,LB-C-01,2,45,,,',
  ].join('\n'),
  en: [
    'Part code,Name,Spec,Unit,Bin,Reorder point,Unit cost,Status',
    'IM-EN-0001,Door lock relay,12V,pcs,LB-C-03,1.5,8,active',
    'IM-EN-0002,Camera bracket,,pcs,LB-C-03,2,15.80,discontinued',
    'IM-EN-0003,Power cord,3x1.5,m,LB-C-04,2.5,4,',
  ].join('\n'),
};

test('a clerk imports a parts list: the bad row with why, the valid parts in the store', async () => {
  for (const language of ['zh-CN', 'en'] as const) {
    // Back from the print routes (no frame there) to the app.
    await page.goto('/#/');
    await expect(page.getByTestId('app-frame')).toBeVisible();
    await switchLanguage(page, language);
    await openScreen('import');
    // A clerk may import parts only: the screen asks what is imported and offers parts.
    await expect(page.getByTestId('import-kind-parts')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('import-kind-customers')).toBeDisabled();
    await expect(page.getByTestId('import-no-stock')).toBeVisible();
    const name = language === 'zh-CN' ? '备件清单.csv' : 'parts.csv';
    await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(CSV[language], 'utf8') });
    await expect(page.getByTestId('import-file-name')).toHaveText(name);
    await expect(page.getByTestId('summary-invalid')).toHaveText('1');
    // The bad row's reason in the user's language, naming the column: row 4 has no unit; row 2 asks 1.5 of a part counted in pcs.
    await expect(page.getByTestId('invalid-rows-grid')).toContainText(language === 'zh-CN' ? '单位：必填' : 'Reorder point: Counted in pcs: at most 0 decimals');
    await settled(page);
    await screenshot(page, 'import-parts-checked', language);
    await expectNoAxeViolations(`parts import ${language}`);
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-done')).toBeVisible();
    await expect(page.getByTestId('import-done')).toContainText(language === 'zh-CN' ? '已新增 2 种备件' : 'Created 2 parts');
    await screenshot(page, 'import-parts-done', language);
  }
  const found = await call<{ items: Array<{ code: string; onHand: number; bin: string }> }>(clerk, 'parts.search', { query: 'IM-' });
  expect(found.items.map((p) => p.code).sort()).toEqual(['IM-CB-0020', 'IM-EN-0002', 'IM-EN-0003', 'IM-FU-0010']);
  expect(found.items.every((p) => p.onHand === 0)).toBe(true);
  const byName = await call<{ items: Array<{ code: string }> }>(clerk, 'parts.search', { query: '熔断' });
  expect(byName.items.map((p) => p.code)).toContain('IM-FU-0010');
});
