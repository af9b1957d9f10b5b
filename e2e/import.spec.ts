// 客户档案导入 and export, end to end: an information manager checks a file with a bad row, imports the valid rows and
// exports the archive, in both languages; a large file imports in the background with a progress bar.
// Runs after foundation.spec.ts, which set up the center and its administrator.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { ImportScreen } from './pages/ImportPage';
import { pickFromMenu } from './pages/menus';
import { screenshot, type UiLanguage } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const INFO_MANAGER = { username: 'zhaomin', displayName: '赵敏', password: 'info-pass-2026', roles: ['info_manager'] };

/** One file per language, with the column names of that language; row 5 is bad in several ways. */
const FILES: Record<UiLanguage, { name: string; csv: string; badRow: number; reasons: string[] }> = {
  'zh-CN': {
    name: '客户档案-华东.csv',
    csv: [
      '客户名称,客户类型,地址,地区,联系人,职务,联系电话,电子邮件,型号,序列号,保修开始,保修截止',
      '江南水务集团,单位,南京市建邺区江东中路 88 号,南京,陈志远,设备科长,025-8888 1234; 139 1234 5678,chen@jnsw.example.cn,HX-3000,SN-IMP-0001,2025-03-01,2028-02-28',
      '江南水务集团,单位,南京市建邺区江东中路 88 号,南京,张丽,值班长,138 0000 1111,,HX-3000,SN-IMP-0002,2025/3/1,2027/2/28',
      '李红梅,个人,杭州市西湖区文三路 12 号,杭州,李红梅,,0571-8765 4321,,,,,',
      '苏州工业园区热力公司,单位,,苏州,王强,,电话待补,wang@,HX-2000,SN-IMP-0003,2026-01-01,2025-12-31',
    ].join('\r\n'),
    badRow: 5,
    reasons: ['联系电话：只能使用数字、空格和 + - ( )', '电子邮件：不是有效的电子邮件地址', '保修截止：保修截止日期早于保修开始日期'],
  },
  en: {
    name: 'customers-north.csv',
    csv: [
      'Customer name,Customer kind,Address,Region,Contact,Title,Phones,Email,Model,Serial number,Warranty start,Warranty end',
      '北方热电有限公司,organization,天津市河西区友谊路 20 号,天津,刘洋,Engineer,022-2345 6789,liu@bfrd.example.cn,HX-3000,SN-IMP-1001,2025-06-01,2028-05-31',
      '北方热电有限公司,organization,天津市河西区友谊路 20 号,天津,刘洋,Engineer,022-2345 6789,,HX-3000,SN-IMP-1002,2025-06-01,2028-05-31',
      '周建华,individual,,济南,周建华,,0531-8123 4567,,,,,',
      '渤海化工厂,factory,,大连,孙磊,,+86 411 8888 9999,,HX-3000,SN-IMP-1003,2026-13-01,',
    ].join('\r\n'),
    badRow: 5,
    reasons: [
      'Customer kind: Please choose from the list',
      'Warranty start: Not a valid date (e.g. 2026-03-01)',
    ],
  },
};

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  // The administrator creates the information manager over the API, as a script would.
  const login = await page.request.post('/api/auth.login', { data: ADMIN });
  expect((await login.json()).ok).toBe(true);
  const created = await page.request.post('/api/users.create', {
    data: { username: INFO_MANAGER.username, displayName: INFO_MANAGER.displayName, password: INFO_MANAGER.password, roles: INFO_MANAGER.roles },
  });
  expect(await created.json()).toMatchObject({ ok: true });
  await page.request.post('/api/auth.logout', { data: {} });
});

test.afterAll(async () => {
  await page.close();
});

test('an information manager signs in and finds the import screen', async () => {
  await page.goto('/');
  const signIn = new SignInPage(page);
  await signIn.expectVisible();
  await signIn.signIn(INFO_MANAGER.username, INFO_MANAGER.password);
  await expect(page.getByTestId('frame-user-name')).toHaveText(INFO_MANAGER.displayName);
  const screen = new ImportScreen(page);
  await expect(screen.navItem()).toHaveText('数据导入');
  await screen.open();
  await expect(screen.title()).toHaveText('客户档案导入');
});

for (const language of ['zh-CN', 'en'] as const) {
  test(`a file with a bad row: every reason listed, the valid rows imported, the archive exported (${language})`, async () => {
    const screen = new ImportScreen(page);
    const file = FILES[language];
    await switchLanguage(page, language);
    await screen.open();
    await expect(screen.commitButton()).toHaveCount(0);
    await screenshot(page, 'import-empty', language);

    // The template: an empty CSV with the column names of the user's language, UTF-8 with a byte-order mark.
    const templateDownload = page.waitForEvent('download');
    await page.getByTestId('import-template').click();
    const template = await templateDownload;
    expect(template.suggestedFilename()).toBe(language === 'zh-CN' ? '客户档案导入模板.csv' : 'customer-import-template.csv');
    const templateText = readFileSync(await template.path(), 'utf8');
    expect(templateText.startsWith('\ufeff')).toBe(true);
    expect(templateText).toContain(language === 'zh-CN' ? '客户名称,客户类型,地址' : 'Customer name,Customer kind,Address');

    await screen.choose(file.name, file.csv);
    await expect(screen.rowCount()).toHaveText('4');
    await expect(screen.figure('rows')).toHaveText('4');
    await expect(screen.figure('valid')).toHaveText('3');
    await expect(screen.figure('invalid')).toHaveText('1');
    await expect(screen.figure('customers')).toHaveText('2');
    await expect(screen.figure('equipment')).toHaveText('2');
    // The columns were recognised from their names.
    await expect(screen.mapping('customer.name').getByRole('combobox')).toHaveText(language === 'zh-CN' ? '客户名称' : 'Customer name');
    await expect(screen.mapping('site.name').getByRole('combobox')).toHaveText(language === 'zh-CN' ? '不导入' : 'Not imported');
    const bad = screen.invalidRow(file.badRow);
    await expect(bad).toBeVisible();
    for (const reason of file.reasons) await expect(bad).toContainText(reason);
    await expect(screen.sample().locator('.import-invalid')).toHaveCount(1);
    await expect(screen.commitButton()).toHaveText(language === 'zh-CN' ? '导入 3 条有效行' : 'Import 3 valid rows');
    // The check result at the top of the window, the invalid rows and the preview below it.
    await page.getByTestId('import-summary').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'import-invalid', language);
    await page.getByTestId('page-title').evaluate((element) => element.scrollIntoView({ block: 'end' }));

    // Changing the mapping checks the file again.
    if (language === 'zh-CN') {
      await screen.mapField('contact.email', '不导入');
      await expect(bad).not.toContainText('电子邮件');
      await expect(bad).toContainText(file.reasons[0]!);
      await screen.mapField('customer.name', '不导入');
      await expect(page.getByTestId('import-summary')).toContainText('请选择“客户名称”所在的列。');
      await screen.mapField('customer.name', '客户名称');
      await screen.mapField('contact.email', '电子邮件');
      await expect(bad).toContainText(file.reasons[1]!);
    }

    await screen.importValid();
    await page.getByTestId('page-title').evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await expect(screen.done()).toContainText(
      language === 'zh-CN' ? '新建客户 2 个，联系人 3 个，设备 2 台。' : 'Created 2 customers, 2 contacts and 2 pieces of equipment.',
    );
    await expect(page.getByTestId('import-again')).toBeVisible();
    await screenshot(page, 'import-done', language);

    const download = await screen.export('xlsx');
    expect(download.suggestedFilename()).toMatch(language === 'zh-CN' ? /^客户档案-\d{8}\.xlsx$/ : /^customers-\d{8}\.xlsx$/);
    expect(await download.failure()).toBeNull();
    await expect(page.getByTestId('notice')).toContainText(language === 'zh-CN' ? '已导出' : 'Exported');

    // The same file again: its customers exist now, so nothing is new and its serial numbers are taken.
    await page.getByTestId('import-again').click();
    await screen.choose(file.name, file.csv);
    await expect(screen.figure('customers')).toHaveText('0');
    await expect(screen.figure('equipment')).toHaveText('0');
    await expect(screen.invalidRow(2)).toContainText(language === 'zh-CN' ? '序列号：' : 'Serial number: ');
  });
}

/** A person of the same name as one imported above, with another number: the same person only if the user says so. */
const NAMESAKES: Record<UiLanguage, { name: string; csv: string; newCustomer: string; figureUndecided: string }> = {
  'zh-CN': {
    name: '同名客户.csv',
    csv: ['客户名称,客户类型,地区,联系人,联系电话', '李红梅,个人,宁波,李红梅,0574-8700 0001'].join('\r\n'),
    newCustomer: '新客户',
    figureUndecided: '1',
  },
  en: {
    name: 'namesakes.csv',
    csv: ['Customer name,Customer kind,Region,Contact,Phones', '周建华,individual,青岛,周建华,0532-8600 0002'].join('\r\n'),
    newCustomer: 'A new customer',
    figureUndecided: '1',
  },
};

for (const language of ['zh-CN', 'en'] as const) {
  test(`a person who only shares a name with a customer on file is asked about, never merged silently (${language})`, async () => {
    const screen = new ImportScreen(page);
    await switchLanguage(page, language);
    await screen.open();
    const file = NAMESAKES[language];
    await screen.choose(file.name, file.csv);
    const duplicates = page.getByTestId('import-duplicates');
    await expect(duplicates).toBeVisible();
    await expect(page.getByTestId('summary-undecided')).toHaveText(file.figureUndecided);
    await expect(screen.figure('customers')).toHaveText('0');
    await expect(screen.commitButton()).toBeDisabled();
    await expect(page.getByTestId('import-undecided')).toBeVisible();
    await page.getByTestId('import-duplicates-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-duplicates', language);
    const decision = page.getByTestId('decision-r2').getByRole('combobox');
    await pickFromMenu(decision, page.getByRole('option', { name: file.newCustomer, exact: true }), () =>
      expect(page.getByRole('listbox')).toBeHidden({ timeout: 3_000 }),
    );
    await expect(page.getByTestId('summary-undecided')).toHaveText('0');
    await expect(screen.figure('customers')).toHaveText('1');
    await screen.importValid();
    await expect(screen.done()).toBeVisible();
  });
}

test('a file that is not CSV or xlsx is refused before it is sent', async () => {
  const screen = new ImportScreen(page);
  await switchLanguage(page, 'zh-CN');
  await screen.open();
  await page.getByTestId('import-file-input').setInputFiles({ name: '客户.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(page.getByTestId('import-file-error')).toHaveText('请选择 CSV 或 Excel（.xlsx）文件。');
  await page.getByTestId('import-file-input').setInputFiles({ name: '损坏.xlsx', mimeType: 'text/plain', buffer: Buffer.from('not a workbook') });
  await expect(page.getByTestId('import-file-error')).toContainText('无法读取该文件');
});

test('a large file imports in the background with a progress bar', async () => {
  const screen = new ImportScreen(page);
  await screen.open();
  const rows = Array.from({ length: 1500 }, (_, i) => `批量导入测试客户${String(i + 1).padStart(4, '0')},单位,华东`);
  await screen.choose('批量.csv', ['客户名称,客户类型,地区', ...rows].join('\n'));
  await expect(screen.figure('valid')).toHaveText('1,500');
  await expect(page.getByTestId('import-no-invalid')).toBeVisible();
  // More than one turn of rows: the commit answers at once and the screen follows the job through import.progress.
  const polled = page.waitForRequest('**/api/import.progress');
  await screen.commitButton().click();
  await polled;
  await expect(screen.done()).toContainText('新建客户 1,500 个', { timeout: 30_000 });
});
