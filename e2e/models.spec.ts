// Product models end to end, after foundation.spec.ts on the same server: a supervisor flags a model as discontinued
// (losing the first save to a colleague's change, then saving on top of it) and sees the customers who have it, with
// their phone numbers to copy; an agent, who may not flag models, finds the same customers and opens the repair
// archive of one unit, page by page. Every screen in both languages.
import { expect, test, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { apiCall, CustomerPageScreen } from './pages/CustomersPages';
import { EquipmentTimelineDialog, ModelsScreen } from './pages/ModelsPages';
import { screenshot, type UiLanguage } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'md-agent', displayName: '孙丽娜', password: 'agent-pass-2026', roles: ['agent'] };
const SUPERVISOR = { username: 'md-supervisor', displayName: '郑建华', password: 'super-pass-2026', roles: ['supervisor'] };
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];

const MODEL = 'DS-2CD3T46WD-I3';
const SUCCESSOR = 'DS-2CD3T47G2-L';
const PORT = { name: '宁波舟山港集团通信中心', phone: '0574-2769 1234' };
const PARK = { name: '苏州工业园区管理委员会', phone: '+86 139 1588 6600' };
/** The unit whose repair archive holds more events than one page of the dialog (20). */
const BUSY_UNIT = 'NB-CAM-2021-0007';
const RENEWALS = 20;

interface Created {
  id: number;
  code: string;
}

let page: Page;
const customers: Record<'port' | 'park', Created> = { port: { id: 0, code: '' }, park: { id: 0, code: '' } };

async function signIn(user: { username: string; password: string }) {
  await new SignInPage(page).signIn(user.username, user.password);
  await expect(page.getByTestId('app-frame')).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  // The spec reads back what "copy phone numbers" put on the clipboard.
  page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto('/');
  await apiCall(page, 'auth.login', ADMIN);
  for (const user of [AGENT, SUPERVISOR]) await apiCall(page, 'users.create', { ...user, departmentId: null });
  await apiCall(page, 'auth.logout', {});

  await apiCall(page, 'auth.login', { username: AGENT.username, password: AGENT.password });
  customers.port = await apiCall<Created>(page, 'customers.create', {
    name: PORT.name,
    kind: 'organization',
    region: '宁波',
    contacts: [{ name: '何志强', title: '通信科科长', phones: [PORT.phone] }],
  });
  customers.park = await apiCall<Created>(page, 'customers.create', {
    name: PARK.name,
    kind: 'organization',
    region: '苏州',
    contacts: [{ name: '顾晓燕', phones: [PARK.phone] }],
  });
  const camera = { model: MODEL, productName: '网络摄像机', category: '安防监控', warrantyStart: '2021-06-01', warrantyEnd: '2024-05-31' };
  let busy = await apiCall<{ id: number; version: number; warrantyEnd: string }>(page, 'equipment.create', {
    customerId: customers.port.id,
    serialNumber: BUSY_UNIT,
    installDate: '2021-05-20',
    ...camera,
  });
  await apiCall(page, 'equipment.create', { customerId: customers.port.id, serialNumber: 'NB-CAM-2021-0008', ...camera });
  await apiCall(page, 'equipment.create', { customerId: customers.park.id, serialNumber: 'SZ-CAM-2022-0113', ...camera });
  // Twenty yearly renewals: with the unit's "equipment added", one event more than the dialog's first page.
  for (let year = 1; year <= RENEWALS; year++) {
    busy = await apiCall(page, 'equipment.renewWarranty', {
      id: busy.id,
      version: busy.version,
      contractNumber: `XB-NB-${String(year).padStart(3, '0')}`,
      newEnd: `${2024 + year}-05-31`,
      feeFen: 180_000,
    });
  }
  await apiCall(page, 'auth.logout', {});
  await page.reload();
  await signIn(SUPERVISOR);
});

test.afterAll(async () => {
  await page.close();
});

test('a supervisor flags a model as discontinued, on top of a colleague’s change, and sees the customers who have it', async () => {
  const models = new ModelsScreen(page);
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await models.open();
    await models.filter('ds-2cd3t46');
    await expect(models.row(MODEL)).toContainText(language === 'zh-CN' ? '在售' : 'Current');
    await expect(models.equipmentCount(MODEL)).toHaveText('3');
    await expect(models.customerCount(MODEL)).toHaveText('2');
    await models.filter('');
    await screenshot(page, 'models', language);
    await models.openStatusDialog(MODEL);
    await screenshot(page, 'models-status-dialog', language);
    await page.keyboard.press('Escape');
    await expect(models.statusDialog()).toBeHidden();
  }
  await switchLanguage(page, 'zh-CN');

  await models.openStatusDialog(MODEL);
  // Meanwhile a colleague flags the same model as upgraded.
  const { items } = await apiCall<{ items: Array<{ id: number; model: string; version: number }> }>(page, 'equipment.models', {});
  const model = items.find((m) => m.model === MODEL)!;
  await apiCall(page, 'equipment.setModelStatus', { id: model.id, version: model.version, status: 'upgraded', notes: '同事先做的标记' });

  await models.chooseStatus('discontinued');
  const notes = '2026 年 12 月 31 日起停止供货，备品备件供应至 2031 年。';
  await models.fillSuccessorAndNotes(SUCCESSOR, notes);
  await models.save();
  const conflict = page.getByTestId('conflict-alert');
  await expect(conflict).toBeVisible();
  // What the user typed is still there; the latest version is taken and the save goes on top of it.
  await expect(page.getByTestId('model-notes')).toHaveValue(notes);
  await conflict.getByRole('button', { name: '载入最新版本' }).click();
  await expect(conflict).toBeHidden();
  await models.save();
  await expect(models.statusDialog()).toBeHidden();

  await expect(models.row(MODEL)).toContainText('停产');
  await expect(models.row(MODEL)).toContainText(SUCCESSOR);
  await expect(models.notice()).toContainText(`型号 ${MODEL} 已停产`);
  await expect(models.notice()).toContainText(notes);
  await expect(models.customerRow(customers.port.code)).toContainText(PORT.name);
  await expect(models.customerRow(customers.port.code)).toContainText(PORT.phone);
  await expect(models.customerRow(customers.port.code)).toContainText(BUSY_UNIT);
  await expect(models.customerRow(customers.park.code)).toContainText(PARK.phone);
  await expect(page.getByTestId('model-customers-count')).toHaveText('2');

  await page.getByTestId('model-customers-copy-phones').click();
  await expect(page.getByRole('alert').filter({ hasText: '已复制 2 个电话号码' })).toBeVisible();
  // Both customers' numbers, as typed, one per line (the list is in customer order).
  expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n').sort()).toEqual([PORT.phone, PARK.phone].sort());
  await page.getByTestId('model-customers-copy-list').click();
  const list = await page.evaluate(() => navigator.clipboard.readText());
  expect(list.split('\n')[0]).toBe('客户编号\t客户名称\t联系人\t电话\t序列号');
  expect(list).toContain(`${customers.park.code}\t${PARK.name}\t顾晓燕\t${PARK.phone}\tSZ-CAM-2022-0113`);

  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await expect(models.notice()).toContainText(language === 'zh-CN' ? '请通知以下客户' : 'tell the customers below');
    await screenshot(page, 'models-customers', language);
  }
  await switchLanguage(page, 'zh-CN');
  await page.getByTestId(`model-customer-link-${customers.park.code}`).click();
  await expect(page.getByTestId('page-title')).toHaveText(PARK.name);
  await expect(new CustomerPageScreen(page).equipmentRow('SZ-CAM-2022-0113').getByTestId('model-discontinued')).toHaveText('停产');
});

test('an agent, who may not flag models, finds who has one and opens a unit’s repair archive page by page', async () => {
  await new AppFrame(page).signOut();
  await signIn(AGENT);
  const models = new ModelsScreen(page);
  await models.open();
  await expect(models.anyFlagButton()).toHaveCount(0);
  await models.select(MODEL);
  await expect(models.customerRow(customers.port.code)).toContainText(PORT.phone);
  await page.getByTestId(`model-customer-link-${customers.port.code}`).click();

  const customer = new CustomerPageScreen(page);
  await expect(customer.title()).toHaveText(PORT.name);
  const timeline = new EquipmentTimelineDialog(page);
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await timeline.open(BUSY_UNIT);
    await expect(timeline.root()).toContainText(BUSY_UNIT);
    await expect(page.getByTestId('equipment-timeline-unit')).toContainText(language === 'zh-CN' ? '停产' : 'Discontinued');
    await expect(timeline.events()).toHaveCount(20);
    await expect(timeline.events().first()).toContainText(`XB-NB-${String(RENEWALS).padStart(3, '0')}`);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'equipment-timeline', language);
    await timeline.loadMore().click();
    await expect(timeline.events()).toHaveCount(RENEWALS + 1);
    await expect(timeline.events().last()).toHaveAttribute('data-testid', 'timeline-equipment.added');
    await expect(timeline.loadMore()).toHaveCount(0);
    await timeline.close();
  }
  // The other unit's archive holds only its own event.
  await timeline.open('NB-CAM-2021-0008');
  await expect(timeline.events()).toHaveCount(1);
  await expect(timeline.events().first()).toContainText('NB-CAM-2021-0008');
  await timeline.close();
  await switchLanguage(page, 'zh-CN');
});
