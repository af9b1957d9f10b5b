// Spare replacement notices (故障处理备品替换通知) and scrap records (报废品处理记录) end to end, after foundation.spec.ts on
// the same server; parts, stock, a customer, its units and a dispatched work order are set up through the API.
// In Chinese: a clerk lends a spare from a work order for its faulty unit (a spare not in stock is refused on the quantity; the stock goes
// down by one), sends the unit to the factory; a technician records 测试合格 and reinstalls it (the spare back in
// stock); the clerk recovers (收回) the notice. In English: another notice's factory repair fails, which opens a scrap
// record; a group of two appraises it and concludes, a department manager approves it from the home page, the clerk
// disposes of it (the unit becomes scrapped); the notice's 正式代替事项 is recorded and it closes. Both forms are printed
// to PDF and read back; axe on every new screen and dialog; screenshots in both languages.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request as apiRequest, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { axeViolations, settled } from './pages/axe';
import { missingPdfTools, pdfPages, pdfText, pdfToPngs, squeeze } from './pages/pdf';
import type { UiLanguage } from './pages/screenshots';
import { call } from './pages/api';

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const CLERK = { username: 'rs-clerk', displayName: '郑库管', password: 'rs-clerk-pass-2026', roles: ['inventory_clerk'] };
const TECH = { username: 'rs-tech', displayName: '孙工', password: 'rs-tech-pass-2026', roles: ['technician'] };
const MANAGER = { username: 'rs-manager', displayName: '卫经理', password: 'rs-manager-pass-2026', roles: ['dept_manager'] };
const SEAT = { username: 'rs-seat', displayName: '蒋座席', password: 'rs-seat-pass-2026', roles: ['seat_manager'] };
const SPARE = { code: 'BJ-RS-PSU', name: '开关电源模块', spec: 'S-350-24', unit: '个', bin: 'B-02-01', reorderPoint: 0, unitCostFen: 42000 };
const CUSTOMER = '常州市第二人民医院';
const UNIT_A = { model: 'UPS-RS3000', serialNumber: 'RS-A-0001' };
const UNIT_B = { model: 'UPS-RS3000', serialNumber: 'RS-B-0002' };
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];
const OUT = join(process.env.E2E_OUTPUT_DIR ?? 'test-results', 'replacements');

let clerkApi: APIRequestContext;
let spareId = 0;
let customerId = 0;
const units: Record<'a' | 'b', number> = { a: 0, b: 0 };
const workOrder = { id: 0, number: '' };
const FAULT = 'UPS 报警，输出中断，整流模块烧毁';

async function signIn(page: Page, who: typeof CLERK, language: UiLanguage) {
  await page.goto('/');
  await new SignInPage(page).signIn(who.username, who.password);
  await new AppFrame(page).expectSignedIn(who.displayName);
  await switchLanguage(page, language);
}

/** Another user in a browser of their own, signed in through the API (signing in on screen is foundation.spec's). */
async function otherUser(browser: Browser, baseURL: string | undefined, who: typeof CLERK, language: UiLanguage) {
  const api = await apiRequest.newContext({ baseURL });
  await call(api, 'auth.login', { username: who.username, password: who.password });
  await call(api, 'auth.setLanguage', { language });
  const context = await browser.newContext({ storageState: await api.storageState() });
  await api.dispose();
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** The screen in both languages (back in `back` after), saved as PNGs to look at. */
async function screenshots(page: Page, name: string, back: UiLanguage) {
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.mouse.move(1, 899);
    await page.screenshot({ path: join(OUT, `${name}-${language}.png`) });
  }
  await switchLanguage(page, back);
}

async function expectNoAxeViolations(page: Page, screen: string, ready = page.getByTestId('page-title').first()) {
  await settled(page, ready);
  expect(await axeViolations(page, screen)).toEqual([]);
}

/** Opens a step's dialog, checks it (only it: the page behind was checked on its own) with axe, and leaves it open. */
async function openStep(page: Page, action: string, dialog: string, screen: string) {
  await page.getByTestId(action).click();
  await settled(page, page.getByTestId(dialog));
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `[${screen}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const balance = async () => (await call<{ balance: number }>(clerkApi, 'stock.balance', { partId: spareId })).balance;

/** Prints a record's form to PDF in a language and checks that every label and value is on its one page. */
async function printForm(page: Page, route: string, file: string, wanted: string[]) {
  await page.goto(`/#${route}`);
  await page.waitForFunction(() => document.body.dataset.printReady !== undefined, undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => document.body.dataset.printReady)).toBe('true');
  const path = join(OUT, file);
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
  pdfToPngs(path);
  const text = squeeze(pdfText(path));
  for (const value of wanted) expect(text, `${file}: ${value}`).toContain(squeeze(value));
  expect(pdfPages(path)).toBe(1);
}

test.beforeAll(async ({ baseURL }) => {
  mkdirSync(OUT, { recursive: true });
  const admin = await apiRequest.newContext({ baseURL });
  await call(admin, 'auth.login', ADMIN);
  const userIds: number[] = [];
  for (const u of [CLERK, TECH, MANAGER, SEAT]) userIds.push((await call<{ id: number }>(admin, 'users.create', { ...u, departmentId: null })).id);
  await admin.dispose();
  // The seat manager keeps the archive and dispatches: the customer, its two units, a fault report of the first and
  // its work order, dispatched to the technician.
  const seat = await apiRequest.newContext({ baseURL });
  await call(seat, 'auth.login', { username: SEAT.username, password: SEAT.password });
  customerId = (await call<{ id: number }>(seat, 'customers.create', { name: CUSTOMER, kind: 'organization', region: '常州', contacts: [{ name: '沈科长', phones: ['0519-8810 2233'] }] })).id;
  units.a = (await call<{ id: number }>(seat, 'equipment.create', { customerId, ...UNIT_A, productName: '不间断电源' })).id;
  units.b = (await call<{ id: number }>(seat, 'equipment.create', { customerId, ...UNIT_B, productName: '不间断电源' })).id;
  const fault = await call<{ id: number }>(seat, 'requests.create', {
    callerPhone: '0519-8810 2233',
    callerName: '沈科长',
    customerId,
    equipmentId: units.a,
    kind: 'fault',
    channel: 'hotline',
    priority: 'important',
    subject: 'UPS 报警',
    description: FAULT,
  });
  const drafted = await call<{ id: number; number: string; version: number }>(seat, 'workOrders.create', { requestId: fault.id, technicianIds: [userIds[1]] });
  await call(seat, 'workOrders.dispatch', { id: drafted.id, version: drafted.version });
  Object.assign(workOrder, { id: drafted.id, number: drafted.number });
  await seat.dispose();
  clerkApi = await apiRequest.newContext({ baseURL });
  await call(clerkApi, 'auth.login', { username: CLERK.username, password: CLERK.password });
  spareId = (await call<{ id: number }>(clerkApi, 'parts.create', SPARE)).id;
  await call(clerkApi, 'stock.receive', { partId: spareId, quantity: 3, unitCostFen: 42000 });
});

test.afterAll(async () => {
  await clerkApi.dispose();
});

test.setTimeout(180_000);

test('a spare is lent, the unit repaired at the factory and back; another unit is scrapped and its spare becomes the formal replacement', async ({ page, browser, baseURL }) => {
  test.skip(missingPdfTools() !== null, missingPdfTools() ?? '');
  await signIn(page, CLERK, 'zh-CN');

  // The lend form from a unit: its customer, the unit and its serial are there.
  await page.goto(`/#/replacements/new?equipmentId=${units.b}`);
  await expect(page.getByTestId('picked-customer')).toContainText(CUSTOMER);
  await expect(page.getByTestId('replacement-faulty-serial')).toHaveValue(UNIT_B.serialNumber);
  // From the work order ("lend a spare" on its page): its customer, unit, serial and fault carry over.
  await page.goto(`/#/replacements/new?workOrderId=${workOrder.id}`);
  await expect(page.getByTestId('replacement-form-work-order')).toContainText(workOrder.number);
  await expect(page.getByTestId('replacement-form-work-order')).toContainText(`${UNIT_A.model} · ${UNIT_A.serialNumber}`);
  await expect(page.getByTestId('replacement-faulty-serial')).toHaveValue(UNIT_A.serialNumber);
  await expect(page.getByTestId('replacement-reason')).toHaveValue(FAULT);
  await page.getByTestId('replacement-reason').fill('整流模块烧毁，现场无法修复，返厂维修');
  await page.getByTestId('replacement-part').click();
  await page.keyboard.type(SPARE.code, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('replacement-part')).toHaveValue(`${SPARE.code} ${SPARE.name}`);
  await page.getByTestId('replacement-spare-serial').fill('PSU-7731');
  await expectNoAxeViolations(page, 'lend form');
  await screenshots(page, 'replacement-form', 'zh-CN');
  // More than is in stock: refused on the quantity, in Chinese, and nothing is lent.
  await page.getByTestId('replacement-quantity').fill('5');
  await page.getByTestId('replacement-save').click();
  await expect(page.getByTestId('replacement-form')).toContainText('库存不足');
  expect(await balance()).toBe(3);
  await page.getByTestId('replacement-quantity').fill('1');
  await page.getByTestId('replacement-save').click();

  await expect(page.getByTestId('replacement-page')).toBeVisible();
  const first = /TH-\d{8}-\d{4}/.exec((await page.getByTestId('page-title').textContent()) ?? '')?.[0] ?? '';
  expect(first).not.toBe('');
  const firstId = Number(/#\/replacements\/(\d+)/.exec(page.url())?.[1]);
  await expect(page.getByTestId('replacement-where')).toHaveAttribute('data-where', 'at_customer_replaced');
  await expect(page.getByTestId('replacement-movements-loan_out')).toContainText(SPARE.code);
  await expect(page.getByTestId('replacement-work-order-link')).toHaveText(workOrder.number);
  expect(await balance()).toBe(2);
  // Only the clerk's step of this state is offered.
  await expect(page.locator('[data-testid^="replacement-action-"]')).toHaveCount(1);

  // Out on loan: on the clerk's home page and the open notices, with its age.
  await page.goto('/#/');
  await expect(page.getByTestId(`spare-on-loan-${first}-age`)).toHaveText('0 天');
  await page.getByTestId('spares-on-loan').screenshot({ path: join(OUT, 'home-spares-on-loan-zh-CN.png') });
  await page.goto('/#/replacements');
  await expect(page.getByTestId(`replacement-where-${first}`)).toHaveText('在用户处(备品替换中)');
  await expectNoAxeViolations(page, 'replacement list');
  await screenshots(page, 'replacement-list', 'zh-CN');

  // The unit goes to the factory.
  await page.goto(`/#/replacements/${firstId}`);
  await openStep(page, 'replacement-action-sendToFactory', 'replacement-send-dialog', 'send to factory dialog');
  await page.getByTestId('replacement-send-factory').fill('山特电子（深圳）有限公司');
  await page.getByTestId('replacement-send-dialog-save').click();
  await expect(page.getByTestId('replacement-state')).toHaveAttribute('data-state', 'at_factory');

  // The technician: 测试合格, then reinstalls it; the spare is back in stock.
  const tech = await otherUser(browser, baseURL, TECH, 'zh-CN');
  await tech.page.goto(`/#/replacements/${firstId}`);
  await expect(tech.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(tech.page.locator('[data-testid^="replacement-action-"]')).toHaveCount(1);
  await openStep(tech.page, 'replacement-action-passTest', 'replacement-test-dialog', 'test dialog');
  await expect(tech.page.getByTestId('replacement-test-tester')).toHaveValue(TECH.displayName);
  await tech.page.getByTestId('replacement-test-result').fill('满载运行 4 小时，输出正常');
  await tech.page.screenshot({ path: join(OUT, 'dialog-pass-test-zh-CN.png') });
  await tech.page.getByTestId('replacement-test-dialog-save').click();
  await expect(tech.page.getByTestId('replacement-state')).toHaveAttribute('data-state', 'tested');
  await openStep(tech.page, 'replacement-action-reinstall', 'replacement-reinstall-dialog', 'reinstall dialog');
  await tech.page.getByTestId('replacement-reinstall-dialog-save').click();
  await expect(tech.page.getByTestId('replacement-state')).toHaveAttribute('data-state', 'reinstalled');
  await tech.close();
  expect(await balance()).toBe(3);

  // The clerk recovers (收回) the notice; both movements are on it, each linked to the part.
  await page.reload();
  await openStep(page, 'replacement-action-recover', 'replacement-recover-dialog', 'recover dialog');
  await page.getByTestId('replacement-recover-dialog-text').fill('随派工单收回');
  await page.getByTestId('replacement-recover-dialog-save').click();
  await expect(page.getByTestId('replacement-state')).toHaveAttribute('data-state', 'recovered');
  await expect(page.locator('[data-testid^="replacement-action-"]')).toHaveCount(0);
  await expect(page.getByTestId('replacement-movements-loan_back-part')).toHaveAttribute('href', `#/parts/${spareId}`);
  await expectNoAxeViolations(page, 'replacement page');
  await screenshots(page, 'replacement-page', 'zh-CN');

  // In English: another unit's notice (lent and sent through the API); the factory cannot repair it.
  await switchLanguage(page, 'en');
  let second = await call<{ id: number; number: string; version: number }>(clerkApi, 'replacements.create', {
    equipmentId: units.b,
    reason: 'Battery pack swollen, inverter board burnt',
    sparePartId: spareId,
    spareSerial: 'PSU-7732',
  });
  second = await call(clerkApi, 'replacements.sendToFactory', { id: second.id, version: second.version, factory: 'Santak Shenzhen' });
  expect(await balance()).toBe(2);
  await page.goto(`/#/replacements/${second.id}`);
  await openStep(page, 'replacement-action-failRepair', 'replacement-fail-dialog', 'repair failed dialog');
  await page.getByTestId('replacement-fail-reason').fill('Inverter board no longer made; repair ineffective');
  await page.screenshot({ path: join(OUT, 'dialog-repair-failed-en.png') });
  await page.getByTestId('replacement-fail-dialog-save').click();
  await expect(page.getByTestId('replacement-state')).toHaveAttribute('data-state', 'repair_failed');
  const scrapNumber = ((await page.getByTestId('replacement-scrap-link').textContent()) ?? '').trim();
  expect(scrapNumber).toMatch(/^BF-\d{8}-\d{4}$/);
  await page.getByTestId('replacement-scrap-link').click();

  // The scrap record: a group of at least two (the clerk, picked; an engineer, typed), with titles.
  await expect(page.getByTestId('scrap-page')).toBeVisible();
  const scrapId = Number(/#\/scrap\/(\d+)/.exec(page.url())?.[1]);
  await expect(page.getByTestId('scrap-source-link')).toContainText(second.number);
  await openStep(page, 'scrap-action-startAppraisal', 'scrap-appraisal-dialog', 'appraisal dialog');
  await expect(page.getByTestId('scrap-member-0-name')).toHaveValue(CLERK.displayName);
  await page.getByTestId('scrap-member-0-title').fill('Inventory clerk');
  await page.getByTestId('scrap-appraisal-dialog-save').click();
  await expect(page.getByTestId('scrap-members-error')).toHaveText('The appraisal group needs at least two members.');
  await page.getByTestId('scrap-member-1-name').fill('Zhang Wei');
  await page.getByTestId('scrap-member-1-title').fill('Senior engineer, Santak');
  await page.screenshot({ path: join(OUT, 'dialog-appraisal-en.png') });
  await page.getByTestId('scrap-appraisal-dialog-save').click();
  await expect(page.getByTestId('scrap-state')).toHaveAttribute('data-state', 'appraising');
  await expect(page.getByTestId('scrap-appraisers')).toContainText('Zhang Wei');

  await openStep(page, 'scrap-action-conclude', 'scrap-conclude-dialog', 'conclude dialog');
  await page.getByTestId('scrap-opinion').fill('Beyond economic repair; the maker takes the unit back');
  await page.getByTestId('scrap-proposed-method').click();
  await page.getByRole('option', { name: 'Return to maker (退回厂家)' }).click();
  await page.getByTestId('scrap-conclude-dialog-save').click();
  await expect(page.getByTestId('scrap-state')).toHaveAttribute('data-state', 'awaiting_approval');
  await expect(page.locator('[data-testid^="scrap-action-"]')).toHaveCount(0);

  // The department manager: waiting on the home page, approves with the method proposed.
  const manager = await otherUser(browser, baseURL, MANAGER, 'en');
  await manager.page.goto('/#/');
  await expect(manager.page.getByTestId(`scrap-waiting-${scrapNumber}`)).toBeVisible();
  await manager.page.getByTestId('scrap-waiting').screenshot({ path: join(OUT, 'home-scrap-waiting-en.png') });
  await manager.page.getByTestId(`scrap-waiting-${scrapNumber}`).click();
  await openStep(manager.page, 'scrap-action-approve', 'scrap-approve-dialog', 'approve dialog');
  await expect(manager.page.getByTestId('scrap-approved-method')).toContainText('Return to maker');
  await manager.page.getByTestId('scrap-approve-dialog-save').click();
  await expect(manager.page.getByTestId('scrap-state')).toHaveAttribute('data-state', 'approved');
  await manager.close();

  // The clerk disposes of it: the customer's unit becomes scrapped.
  await page.reload();
  await openStep(page, 'scrap-action-dispose', 'scrap-dispose-dialog', 'dispose dialog');
  await expect(page.getByTestId('scrap-dispose-dialog')).toContainText('becomes scrapped in the archive');
  await page.getByTestId('scrap-dispose-note').fill('Handed to Santak with return slip 0412');
  await page.getByTestId('scrap-dispose-dialog-save').click();
  await expect(page.getByTestId('scrap-state')).toHaveAttribute('data-state', 'disposed');
  await expectNoAxeViolations(page, 'scrap page');
  await screenshots(page, 'scrap-page', 'en');
  const archive = await call<{ equipment: Array<{ id: number; lifecycle: string }> }>(clerkApi, 'customers.get', { id: customerId });
  expect(archive.equipment.find((unit) => unit.id === units.b)?.lifecycle).toBe('scrapped');

  // Back on the notice: 正式代替事项, then closed; the spare stays with the customer.
  await page.goto(`/#/replacements/${second.id}`);
  await openStep(page, 'replacement-action-formallyReplace', 'replacement-formal-dialog', 'formal replacement dialog');
  await expect(page.getByTestId('replacement-formal-dialog-text')).toHaveValue(/PSU-7732/);
  await page.getByTestId('replacement-formal-dialog-save').click();
  await expect(page.getByTestId('replacement-state')).toHaveAttribute('data-state', 'formally_replaced');
  await openStep(page, 'replacement-action-close', 'replacement-close-dialog', 'close dialog');
  await page.getByTestId('replacement-close-dialog-save').click();
  await expect(page.getByTestId('replacement-state')).toHaveAttribute('data-state', 'closed');
  expect(await balance()).toBe(2);

  // The unit's repair archive tells its loan, the factory and the scrap, each linked to its record.
  await page.goto(`/#/customers/${customerId}`);
  for (const kind of ['replacement.lent', 'replacement.repairFailed', 'scrap.disposed', 'replacement.closed']) await expect(page.getByTestId(`timeline-${kind}`).first()).toBeVisible();
  await expect(page.getByTestId('timeline-scrap.approved').getByTestId('timeline-record-link')).toHaveText(scrapNumber);
  await page.getByTestId('customer-timeline').screenshot({ path: join(OUT, 'customer-timeline-en.png') });

  // The scrap records' list.
  await page.goto('/#/scrap');
  await expect(page.getByTestId(`scrap-state-${scrapNumber}`)).toHaveAttribute('data-state', 'disposed');
  await expectNoAxeViolations(page, 'scrap list');
  await screenshots(page, 'scrap-list', 'en');
  // Both forms printed: every label and value on one A4 page.
  const notice = await call<{ installedAt: number }>(clerkApi, 'replacements.get', { id: firstId });
  expect(notice.installedAt).toBeGreaterThan(0);
  await printForm(page, `/print/replacement/${firstId}?lang=zh-CN`, 'replacement-print-zh-CN.pdf', [
    '故障处理备品替换通知', first, CUSTOMER, '派工单号', workOrder.number, '故障设备', `${UNIT_A.model} · ${UNIT_A.serialNumber}`, '故障件序列号', '替换原因', '整流模块烧毁，现场无法修复，返厂维修',
    '替换备品', `${SPARE.code} ${SPARE.name}`, '备品序列号', 'PSU-7731', '安装时间', '送修厂家', '山特电子（深圳）有限公司', '测试合格：结果', '满载运行 4 小时，输出正常',
    '测试人', TECH.displayName, '测试日期', '装回时间', '备品收回入库', '收回', '正式代替事项', '备注', '随派工单收回', '库管员', '维修人员', '用户签认', '签字',
  ]);
  await printForm(page, `/print/replacement/${second.id}?lang=en`, 'replacement-print-en.pdf', [
    'Spare Replacement Notice', second.number, 'Faulty unit', UNIT_B.serialNumber, 'Why replaced', 'Battery pack swollen, inverter board burnt', 'PSU-7732', 'Santak Shenzhen',
    'Tested OK: result', 'Formal replacement', 'formally replaces the faulty unit', 'Scrap record', scrapNumber, 'Inverter board no longer made; repair ineffective', 'Customer sign-off',
  ]);
  for (const language of LANGUAGES) {
    const words =
      language === 'zh-CN'
        ? ['报废品处理记录', '临时技术鉴定小组', '维修无效', '报废', '退回厂家', '审批人', '批准处置方式', '处置人']
        : ['Scrap Disposal Record', 'Temporary technical appraisal group', 'Repair ineffective', 'Scrap', 'Return to maker', 'Approved by', 'Approved disposal', 'Disposed of by'];
    await printForm(page, `/print/scrap/${scrapId}?lang=${language}`, `scrap-print-${language}.pdf`, [
      ...words, scrapNumber, second.number, UNIT_B.serialNumber, CLERK.displayName, 'Inventory clerk', 'Zhang Wei', 'Senior engineer, Santak',
      'Beyond economic repair; the maker takes the unit back', MANAGER.displayName, 'Handed to Santak with return slip 0412',
    ]);
  }

  // A new draft from a part in stock.
  await page.goto(`/#/scrap/new?partId=${spareId}`);
  await expect(page.getByTestId('scrap-part')).toHaveValue(`${SPARE.code} ${SPARE.name}`);
  await page.getByTestId('scrap-reason').click();
  await page.getByRole('option', { name: 'Upgrade (superseded)' }).click();
  await page.getByTestId('scrap-reason-text').fill('Superseded by the S-500 series');
  await expectNoAxeViolations(page, 'scrap form');
  await screenshots(page, 'scrap-form', 'en');
  await page.getByTestId('scrap-save').click();
  await expect(page.getByTestId('scrap-state')).toHaveAttribute('data-state', 'draft');
  await expect(page.getByTestId('scrap-action-update')).toBeVisible();
});
