// The customer archive end to end, after foundation.spec.ts on the same server (whose data folder holds only its
// users): an agent finds customers while typing, creates one and is warned of a duplicate, adds equipment, renews a
// warranty and adds a handover document; a supervisor merges two customers. Every screen in both languages.
import { expect, test, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { apiCall, CustomerPageScreen, CustomersScreen, QuickSearch } from './pages/CustomersPages';
import { screenshot, type UiLanguage } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'cs-agent', displayName: '吴佳怡', password: 'agent-pass-2026', roles: ['agent'] };
const SUPERVISOR = { username: 'cs-supervisor', displayName: '周国强', password: 'super-pass-2026', roles: ['supervisor'] };
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];

const CMCC = '中国移动通信集团上海有限公司';
const HOSPITAL = '杭州市西湖区人民医院';
const DUPLICATE = '中国移动上海公司';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
const inDays = (days: number) => {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

interface Created {
  id: number;
  code: string;
}

let page: Page;
const codes: Record<string, string> = {};
const ids: Record<string, number> = {};

async function signIn(user: { username: string; password: string; displayName?: string }) {
  const signInPage = new SignInPage(page);
  await signInPage.signIn(user.username, user.password);
  await expect(page.getByTestId('app-frame')).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await page.goto('/');
  // Arrange through the API: the users of this spec, then the customers the agent will look for.
  await apiCall(page, 'auth.login', ADMIN);
  for (const user of [AGENT, SUPERVISOR]) {
    await apiCall(page, 'users.create', { ...user, departmentId: null });
  }
  await apiCall(page, 'auth.logout', {});
  await apiCall(page, 'auth.login', { username: AGENT.username, password: AGENT.password });
  const cmcc = await apiCall<Created>(page, 'customers.create', {
    name: CMCC,
    kind: 'organization',
    region: '上海',
    address: '上海市浦东新区张江路 88 号',
    contacts: [{ name: '陈海燕', title: '信息中心主任', phones: ['021-6288 5000', '+86 138 0013 8000'] }],
    sites: [{ name: '张江数据中心', address: '上海市浦东新区张江路 88 号', region: '上海' }],
  });
  const hospital = await apiCall<Created>(page, 'customers.create', {
    name: HOSPITAL,
    kind: 'organization',
    region: '杭州',
    address: '杭州市西湖区文三路 477 号',
    contacts: [{ name: '刘洋', title: '设备科科长', phones: ['0571-8765 4321'] }],
    sites: [{ name: '门诊部', address: '杭州市西湖区文三路 477 号', region: '杭州' }],
  });
  await apiCall(page, 'customers.create', {
    name: '张伟',
    kind: 'individual',
    region: '上海',
    contacts: [{ name: '张伟', phones: ['139 1234 5678'] }],
  });
  const cmccPage = await apiCall<{ sites: Array<{ id: number }> }>(page, 'customers.get', { id: cmcc.id });
  await apiCall(page, 'equipment.create', {
    customerId: cmcc.id,
    siteId: cmccPage.sites[0]!.id,
    model: 'DS-7608N-K2',
    productName: '网络硬盘录像机',
    category: '安防监控',
    serialNumber: 'DS7608-2023-0001',
    installDate: inDays(-700),
    acceptanceDate: inDays(-690),
    warrantyStart: inDays(-690),
    warrantyEnd: inDays(12),
  });
  await apiCall(page, 'equipment.create', {
    customerId: cmcc.id,
    siteId: cmccPage.sites[0]!.id,
    model: 'iDS-7216HQHI',
    productName: '混合硬盘录像机',
    category: '安防监控',
    serialNumber: 'IDS7216-2020-0417',
    installDate: inDays(-1500),
    acceptanceDate: inDays(-1490),
    warrantyStart: inDays(-1490),
    warrantyEnd: inDays(-30),
  });
  await apiCall(page, 'auth.logout', {});
  Object.assign(codes, { cmcc: cmcc.code, hospital: hospital.code });
  Object.assign(ids, { cmcc: cmcc.id, hospital: hospital.id });
  await page.reload();
  await signIn(AGENT);
});

test.afterAll(async () => {
  await page.close();
});

test('an agent finds a customer by part of a phone number, by two Chinese characters and by pinyin initials', async () => {
  const search = new QuickSearch(page);
  const customer = new CustomerPageScreen(page);
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await search.focusWithShortcut();
    // The caller's number as the agent types it: the customer is there before the number is complete.
    await search.type('138 0013');
    await expect(search.result(codes.cmcc!)).toBeVisible();
    await expect(search.result(codes.cmcc!).getByTestId('search-matched')).toContainText(language === 'zh-CN' ? '电话' : 'Phone');
    await expect(search.result(codes.cmcc!).locator('mark')).toHaveText('138 0013');
    await screenshot(page, 'customers-search', language);
    await search.clear();

    await search.type('移动');
    await expect(search.result(codes.cmcc!)).toBeVisible();
    await expect(search.result(codes.cmcc!).locator('mark')).toHaveText('移动');
    await search.clear();

    await search.type('zgyd');
    await expect(search.result(codes.cmcc!)).toBeVisible();
    await expect(search.result(codes.cmcc!).getByTestId('search-matched')).toContainText(language === 'zh-CN' ? '拼音' : 'Pinyin');
    await page.keyboard.press('Enter');
    await expect(customer.title()).toHaveText(CMCC);
    await expect(customer.code()).toHaveText(codes.cmcc!);
    await expect(customer.equipmentRow('DS7608-2023-0001')).toContainText(language === 'zh-CN' ? '30天内到期' : 'Expires within 30 days');
    await expect(customer.equipmentRow('IDS7216-2020-0417')).toContainText(language === 'zh-CN' ? '已过保' : 'Expired');
    await expect(customer.sites()).toContainText(language === 'zh-CN' ? '竣工图纸' : 'As-built drawings');
    await expect(customer.timeline().getByTestId('timeline-customer.created')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'customers-page', language);
  }
  await switchLanguage(page, 'zh-CN');
});

test('results show as the number is typed at 120 ms a key, each key answered before the next, never emptied or going back (issue 22, item 1)', async () => {
  const search = new QuickSearch(page);
  await search.focusWithShortcut();
  const samples = await search.typeSampling('13800138000', 120);
  await expect(search.result(codes.cmcc!)).toBeVisible();
  // The number's customers before its last digit (a run of four digits finds a phone).
  const found = samples.findIndex((sample) => sample.results > 0 && sample.answered.length >= 4);
  expect(found, JSON.stringify(samples)).toBeGreaterThanOrEqual(0);
  expect(found, `results before the last key: ${JSON.stringify(samples)}`).toBeLessThan(samples.length - 1);
  // Each key's own answer on screen before the next key (no wait in front of the search): most keys, allowing for a
  // loaded machine; a 150 ms wait after every key answered none but the last.
  const ownAnswers = samples.filter((sample) => sample.answered === sample.typed).length;
  expect(ownAnswers, JSON.stringify(samples)).toBeGreaterThanOrEqual(Math.ceil(samples.length / 2));
  const first = samples.findIndex((sample) => sample.answered !== '');
  let answered = '';
  for (const sample of samples.slice(first)) {
    const said = `after "${sample.typed}": ${JSON.stringify(samples)}`;
    // What is shown answers what was typed so far, never a query older than the one shown before (a loaded machine
    // may be a key behind: the bench measures the pace, npm run bench -- --only typing).
    expect(sample.typed.startsWith(sample.answered) && sample.answered.length >= answered.length, said).toBe(true);
    // An empty list only as the answer to what is typed (no customer has "13"), never while the next answer comes.
    if (sample.results === 0) expect(sample.answered, said).toBe(sample.typed);
    answered = sample.answered;
  }
  await search.clear();
});

test('the customers list filters by region and warranty status, in both languages', async () => {
  const customers = new CustomersScreen(page);
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await customers.open();
    await expect(customers.row(codes.cmcc!)).toBeVisible();
    await expect(customers.row(codes.hospital!)).toBeVisible();
    // Sorted by name, in pinyin: 杭州… (hang) before 中国移动… (zhong), though 中 comes before 杭 by code point.
    const order = await customers.codesInOrder();
    expect(order.indexOf(codes.hospital!)).toBeLessThan(order.indexOf(codes.cmcc!));
    await screenshot(page, 'customers-list', language);
  }
  await switchLanguage(page, 'zh-CN');
  await page.getByTestId('filter-region').getByRole('combobox').click();
  await page.getByRole('option', { name: '杭州' }).click();
  await expect(customers.row(codes.hospital!)).toBeVisible();
  await expect(customers.row(codes.cmcc!)).toHaveCount(0);
  await page.getByTestId('filter-region').getByRole('combobox').click();
  await page.getByRole('option', { name: '全部' }).click();
  await page.getByTestId('filter-warranty').getByRole('combobox').click();
  await page.getByRole('option', { name: '30天内到期' }).click();
  await expect(customers.row(codes.cmcc!)).toBeVisible();
  await expect(customers.row(codes.hospital!)).toHaveCount(0);
});

test('creating a customer with a phone already on file warns of the duplicate first', async () => {
  const customers = new CustomersScreen(page);
  const customer = new CustomerPageScreen(page);
  for (const language of ['en', 'zh-CN'] as UiLanguage[]) {
    await switchLanguage(page, language);
    await customers.open();
    await customers.openCreateDialog();
    await customers.fillNewCustomer({ name: DUPLICATE, region: '上海', contact: '陈海燕', phones: ['138-0013-8000', '021 6288 5001'] });
    await customers.save();
    await expect(customers.duplicates()).toBeVisible();
    const candidate = page.getByTestId(`duplicate-${codes.cmcc}`);
    await expect(candidate).toContainText(CMCC);
    await expect(candidate).toContainText(language === 'zh-CN' ? '电话相同' : 'Same phone');
    await screenshot(page, 'customers-create-duplicate', language);
    if (language === 'en') {
      // What was typed is not thrown away by Esc without a question.
      await page.keyboard.press('Escape');
      await page.getByTestId('unsaved-discard').click();
      await expect(customers.dialog()).toBeHidden();
    }
  }
  // Saved anyway: the new customer's page opens.
  await customers.save();
  await expect(customers.dialog()).toBeHidden();
  await expect(customer.title()).toHaveText(DUPLICATE);
  ids.duplicate = await customer.id();
  codes.duplicate = (await customer.code().textContent()) ?? '';
});

test('an agent adds equipment, renews its warranty and adds a handover document', async () => {
  const customer = new CustomerPageScreen(page);
  await customer.goto(ids.hospital!);
  await expect(customer.title()).toHaveText(HOSPITAL);
  for (const language of ['en', 'zh-CN'] as UiLanguage[]) {
    await switchLanguage(page, language);
    await customer.openEquipmentDialog();
    await screenshot(page, 'customers-equipment-dialog', language);
    if (language === 'en') {
      await page.keyboard.press('Escape');
      await expect(customer.equipmentDialog()).toBeHidden();
    }
  }
  await customer.fillEquipment({
    model: 'HY-UPS-3000',
    serial: 'HYUPS3K-2024-0042',
    product: '在线式不间断电源 3kVA',
    acceptanceDate: inDays(-400),
    warrantyStart: inDays(-400),
    warrantyEnd: inDays(-35),
  });
  await page.getByTestId('equipment-save').click();
  await expect(customer.equipmentDialog()).toBeHidden();
  const row = customer.equipmentRow('HYUPS3K-2024-0042');
  await expect(row).toContainText('HY-UPS-3000');
  await expect(row).toContainText('已过保');
  // The version a record was read at travels with the save; it is not the user's business (issue 16, item 15).
  await page.getByTestId('equipment-edit-HYUPS3K-2024-0042').click();
  await expect(customer.equipmentDialog()).toBeVisible();
  await expect(customer.equipmentDialog()).not.toContainText(/记录版本|Record version/);
  await page.keyboard.press('Escape');
  await expect(customer.equipmentDialog()).toBeHidden();
  await expect(row).toContainText('门诊部');

  // 续保: a renewal contract for 1 280.50 yuan extends the warranty by a year.
  for (const language of ['en', 'zh-CN'] as UiLanguage[]) {
    await switchLanguage(page, language);
    await page.getByTestId('equipment-renew-HYUPS3K-2024-0042').click();
    await expect(customer.renewDialog()).toBeVisible();
    await screenshot(page, 'customers-renew-dialog', language);
    if (language === 'en') {
      await page.keyboard.press('Escape');
      await expect(customer.renewDialog()).toBeHidden();
    }
  }
  await page.getByTestId('renew-contract').fill('XB-2026-0042');
  await customer.typeDate('renew-new-end', inDays(330));
  await page.getByTestId('renew-fee').fill('1280.50');
  await page.getByTestId('renew-save').click();
  await expect(customer.renewDialog()).toBeHidden();
  await expect(row).toContainText('在保');
  await expect(customer.timeline().getByTestId('timeline-warranty.renewed')).toContainText('¥1,280.50');

  for (const language of ['en', 'zh-CN'] as UiLanguage[]) {
    await switchLanguage(page, language);
    await customer.openDocumentDialog();
    await screenshot(page, 'customers-document-dialog', language);
    if (language === 'en') {
      await page.keyboard.press('Escape');
      await expect(customer.documentDialog()).toBeHidden();
    }
  }
  await expect(customer.sites().getByTestId('site-missing-acceptance_report')).toBeVisible();
  await customer.chooseDocument({
    kindLabel: '验收报告',
    title: '门诊部 UPS 验收报告',
    file: { name: '验收报告-门诊部.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% 验收报告 demo\n') },
  });
  await page.getByTestId('document-save').click();
  await expect(customer.documentDialog()).toBeHidden();
  await expect(customer.documents()).toContainText('验收报告-门诊部.pdf');
  await expect(customer.documents()).toContainText('门诊部 UPS 验收报告');
  await expect(customer.sites().getByTestId('site-missing-acceptance_report')).toHaveCount(0);
  await expect(customer.sites().getByTestId('site-missing-as_built_drawings')).toBeVisible();
  await expect(customer.timeline().getByTestId('timeline-document.added')).toBeVisible();

  // The file comes back as it went in.
  const download = page.waitForEvent('download');
  await customer.documents().locator('[data-testid^="document-download-"]').first().click();
  expect((await download).suggestedFilename()).toBe('验收报告-门诊部.pdf');
});

test('a supervisor merges the duplicate into the customer it duplicates', async () => {
  const frame = new AppFrame(page);
  await frame.signOut();
  await signIn(SUPERVISOR);
  const customer = new CustomerPageScreen(page);
  await customer.goto(ids.duplicate!);
  await expect(customer.title()).toHaveText(DUPLICATE);
  for (const language of ['en', 'zh-CN'] as UiLanguage[]) {
    await switchLanguage(page, language);
    await customer.openMergeDialog();
    await customer.pickMergeTarget('中国移动通信', codes.cmcc!);
    await expect(page.getByTestId('merge-source')).toContainText(codes.duplicate!);
    await expect(page.getByTestId('merge-summary')).toContainText(language === 'zh-CN' ? '1 位联系人' : '1 contact');
    await screenshot(page, 'customers-merge-dialog', language);
    if (language === 'en') {
      await page.keyboard.press('Escape');
      await expect(customer.mergeDialog()).toBeHidden();
    }
  }
  await page.getByTestId('merge-confirm').click();
  await expect(customer.mergeDialog()).toBeHidden();
  await expect(customer.title()).toHaveText(CMCC);
  expect(await customer.id()).toBe(ids.cmcc);
  await expect(customer.timeline().getByTestId('timeline-customer.merged')).toContainText(codes.duplicate!);
  await expect(page.getByTestId('customer-contacts')).toContainText('021 6288 5001');

  // The merged-away customer says where its records went, and search no longer offers it.
  await customer.goto(ids.duplicate!);
  await expect(page.getByTestId('customer-merged')).toContainText(CMCC);
  const search = new QuickSearch(page);
  await search.focusWithShortcut();
  await search.type('中国移动');
  await expect(search.result(codes.cmcc!)).toBeVisible();
  await expect(search.result(codes.duplicate!)).toHaveCount(0);
});

test('a phone typed full-width with an extension is kept apart from its number, shown so in each language and found again as typed (issue 16, items 2 and 5)', async () => {
  const customers = new CustomersScreen(page);
  const customer = new CustomerPageScreen(page);
  const search = new QuickSearch(page);
  const cases = [
    { language: 'zh-CN', name: '上海华通科技有限公司', typed: '０２１－５８８８　１２３４转８０１２', shown: '021-5888 1234 转 8012', again: '021-5888 1234转8012', extension: '转8012' },
    { language: 'en', name: '杭州申达电子有限公司', typed: '０５７１－８６６６　４３２１ ｅｘｔ．８０２０', shown: '0571-8666 4321 ext. 8020', again: '0571-8666 4321 ext. 8020', extension: 'x8020' },
  ] as const;
  for (const c of cases) {
    await switchLanguage(page, c.language);
    await customers.open();
    await customers.openCreateDialog();
    // An extension alone is refused on its field, saying why.
    await customers.fillNewCustomer({ name: c.name, region: '上海', contact: '王经理', phones: ['#8012'] });
    await customers.save();
    const phoneField = customers.dialog().locator('.MuiFormControl-root', { has: page.getByTestId('contact-0-phone-0') });
    await expect(phoneField).toContainText(c.language === 'zh-CN' ? '分机号前要有总机号码' : 'An extension needs the number before it');
    await page.getByTestId('contact-0-phone-0').fill(c.typed);
    await customers.save();
    await expect(customers.dialog()).toBeHidden();
    await expect(customer.title()).toHaveText(c.name);
    await expect(page.getByTestId('customer-contacts').getByTestId('contact-phone')).toHaveText(c.shown);
    await screenshot(page, 'customers-phone-extension', c.language);
    const code = (await customer.code().textContent()) ?? '';

    for (const query of [c.again, c.extension]) {
      await search.focusWithShortcut();
      await search.type(query);
      await expect(search.result(code), query).toBeVisible();
      await expect(search.result(code)).toContainText(c.shown);
      await search.clear();
    }
  }
  await switchLanguage(page, 'zh-CN');
});
