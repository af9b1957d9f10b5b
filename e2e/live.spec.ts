// Two desks on one host (the LAN issue): what one desk saves shows on the other's open screens without a reload, by
// the host's change notices (GET /api/events). Both desks are browsers here, on the end-to-end server.
import { expect, test } from '@playwright/test';
import { call } from './pages/api';
import { CustomerPageScreen, CustomersScreen } from './pages/CustomersPages';
import { axeViolations, settled } from './pages/axe';
import { screenshot, type UiLanguage } from './pages/screenshots';
import { asUser, ensureUser, signedInPage } from './pages/session';

// The administrator foundation.spec.ts set the center up with.
const ADMIN = { username: 'admin', displayName: '王建国', password: 'admin-pass-2026' };
const FIRST = { username: 'live-agent-1', displayName: '林晓雯', password: 'live-pass-2026', roles: ['agent'] };
const SECOND = { username: 'live-agent-2', displayName: '高志远', password: 'live-pass-2026', roles: ['agent'] };

test('a call logged and a customer renamed at one desk show at the other without a reload', async ({ browser, baseURL }) => {
  await asUser(baseURL, ADMIN, async (admin) => {
    for (const user of [FIRST, SECOND]) await ensureUser(admin, user);
  });
  const stamp = Date.now().toString(36);
  const watching = await signedInPage(browser, baseURL, FIRST);
  await watching.goto('/#/requests');
  await expect(watching.getByTestId('page-title')).toBeVisible();

  await asUser(baseURL, SECOND, async (second) => {
    const customer = await call<{ id: number; version: number }>(second, 'customers.create', {
      name: `常州天宁实时${stamp}有限公司`,
      kind: 'organization',
      contacts: [{ name: '许工', phones: ['0519-8800 1234'] }],
    });
    const subject = `实时看板测试 ${stamp}`;
    const started = Date.now();
    await call(second, 'requests.create', {
      callerPhone: '0519-8800 1234',
      callerName: '许工',
      customerId: customer.id,
      kind: 'complaint',
      channel: 'hotline',
      priority: 'general',
      subject,
      description: '报修后三天无人联系。',
    });
    // The first desk's list takes the new call in by itself.
    await expect(watching.getByText(subject)).toBeVisible({ timeout: 5_000 });
    const shownAfter = Date.now() - started;
    test.info().annotations.push({ type: 'notice to screen (ms)', description: String(shownAfter) });

    await watching.goto(`/#/customers/${customer.id}`);
    await expect(watching.getByTestId('page-title')).toContainText(`常州天宁实时${stamp}`);
    const current = await call<{ customer: { version: number } }>(second, 'customers.get', { id: customer.id });
    await call(second, 'customers.update', { id: customer.id, version: current.customer.version, name: `常州天宁新名${stamp}有限公司` });
    await expect(watching.getByTestId('page-title')).toContainText(`常州天宁新名${stamp}`, { timeout: 5_000 });
  });
  await watching.context().close();
});

test('a customer edited at two desks: the second is told who changed it before saving, keeps what it typed, and its save meets the version check', async ({ browser, baseURL }) => {
  const THIRD = { username: 'live-agent-4', displayName: '赵一鸣', password: 'live-pass-2026', roles: ['agent'] };
  await asUser(baseURL, ADMIN, async (admin) => {
    for (const user of [FIRST, SECOND, THIRD]) await ensureUser(admin, user);
  });
  const stamp = Date.now().toString(36);
  const [customer, other] = await asUser(baseURL, FIRST, async (api) => [
    await call<{ id: number }>(api, 'customers.create', { name: `扬州邗江双台${stamp}有限公司`, kind: 'organization', address: '扬州市文昌西路 8 号', contacts: [] }),
    await call<{ id: number }>(api, 'customers.create', { name: `泰州海陵他户${stamp}有限公司`, kind: 'organization', contacts: [] }),
  ]);
  const first = await signedInPage(browser, baseURL, FIRST);
  const firstScreen = new CustomerPageScreen(first);
  const words: Record<UiLanguage, { record: string; conflict: string }> = {
    'zh-CN': { record: '修改了此客户', conflict: '内容已被他人修改' },
    en: { record: 'changed this customer at', conflict: 'Someone else changed it' },
  };
  for (const language of ['zh-CN', 'en'] as const) {
    const second = await signedInPage(browser, baseURL, SECOND, language);
    const secondScreen = new CustomerPageScreen(second);
    for (const [page, screen] of [[first, firstScreen], [second, secondScreen]] as const) {
      await screen.goto(customer.id);
      await page.getByTestId('customer-edit').click();
      await expect(page.getByTestId('customer-dialog')).toBeVisible();
    }
    const typed = `${language} 周四下午回电（未保存）`;
    await second.getByTestId('customer-notes').fill(typed);

    // Another customer changed elsewhere says nothing on this form.
    await asUser(baseURL, THIRD, async (third) => {
      const { customer: read } = await call<{ customer: { version: number } }>(third, 'customers.get', { id: other.id });
      await call(third, 'customers.update', { id: other.id, version: read.version, notes: `另一位坐席改了别的客户 ${language}` });
    });
    await second.waitForTimeout(500);
    await expect(second.getByTestId('changed-elsewhere')).toHaveCount(0);

    // The first desk saves the same customer: the second desk's open form says who, and when, without a reload.
    await first.getByTestId('customer-address').fill(`扬州市文昌西路 ${language === 'en' ? 10 : 9} 号`);
    const savedAt = Date.now();
    await first.getByTestId('customer-save').click();
    await expect(first.getByTestId('customer-dialog')).toBeHidden();
    const notice = second.getByTestId('changed-elsewhere');
    await expect(notice).toBeVisible({ timeout: 5_000 });
    test.info().annotations.push({ type: `save to who-changed message, ${language} (ms)`, description: String(Date.now() - savedAt) });
    await expect(notice).toContainText(FIRST.displayName);
    await expect(notice).toContainText(words[language].record);
    await expect(notice).toContainText(/\d{2}:\d{2}/);
    await expect(second.getByTestId('customer-notes')).toHaveValue(typed);
    await screenshot(second, 'customer-changed-elsewhere', language);
    if (language === 'zh-CN') {
      await settled(second, notice);
      expect(await axeViolations(second, 'customer form told who changed it')).toEqual([]);
    }

    if (language === 'zh-CN') {
      // The version check stays the last word: the second save is refused as a conflict, the typed notes still there.
      await second.getByTestId('customer-save').click();
      await expect(second.getByTestId('conflict-alert')).toContainText(words[language].conflict);
      await expect(second.getByTestId('changed-elsewhere')).toHaveCount(0);
      await expect(second.getByTestId('customer-notes')).toHaveValue(typed);
    } else {
      // Or the latest version is taken at once, as after a conflict: the other desk's address beside the notes kept.
      await notice.getByTestId('changed-elsewhere-load').click();
      await expect(second.getByTestId('changed-elsewhere')).toHaveCount(0);
      await expect(second.getByTestId('their-change-address')).toContainText('扬州市文昌西路 10 号');
      await expect(second.getByTestId('customer-notes')).toHaveValue(typed);
      await second.getByTestId('customer-save').click();
      await expect(second.getByTestId('customer-dialog')).toBeHidden();
    }
    await second.context().close();
  }
  await first.context().close();
});

test('the administrator sees the desks signed in and ends one; that desk is back at sign-in at once', async ({ browser, baseURL }) => {
  const LEAVER = { username: 'live-agent-3', displayName: '邵明哲', password: 'live-pass-2026', roles: ['agent'] };
  await asUser(baseURL, ADMIN, async (admin) => ensureUser(admin, LEAVER));
  const desk = await signedInPage(browser, baseURL, LEAVER);
  const admin = await signedInPage(browser, baseURL, ADMIN);
  await admin.goto('/#/admin/sessions');
  const row = admin.getByTestId(`end-session-${LEAVER.username}`);
  await expect(row).toBeVisible();
  await expect(admin.getByTestId('desk-current')).toBeVisible();
  await settled(admin, admin.getByTestId('desks-grid'));
  expect(await axeViolations(admin, 'connected desks')).toEqual([]);
  await screenshot(admin, 'connected-desks', 'zh-CN');

  await row.click();
  await expect(admin.getByTestId('end-session-dialog')).toContainText(LEAVER.displayName);
  await settled(admin, admin.getByTestId('end-session-dialog'));
  expect(await axeViolations(admin, 'end session dialog')).toEqual([]);
  await screenshot(admin, 'end-session-dialog', 'zh-CN');
  await admin.getByTestId('end-session-confirm').click();
  await expect(admin.getByTestId('end-session-dialog')).toBeHidden();
  await expect(row).toBeHidden();

  // The agent's desk is told at once, before any step of theirs: the sign-in screen says why.
  await expect(desk.getByTestId('sign-in-screen')).toBeVisible({ timeout: 5_000 });
  await expect(desk.getByTestId('sign-in-screen')).toContainText('您的登录已结束，请重新登录。');
  await desk.context().close();
  await admin.context().close();
});

test('a save whose answer the network lost is sent again when the host answers, says so meanwhile, and is made once', async ({ browser, baseURL }) => {
  const desk = await signedInPage(browser, baseURL, FIRST);
  const customers = new CustomersScreen(desk);
  await desk.goto('/#/customers');
  await expect(customers.grid()).toBeVisible();
  const name = `无锡断线重发${Date.now().toString(36)}有限公司`;
  const keys: string[] = [];
  let hostAway = false;
  const release = () => (hostAway = false);
  // The host goes away as it makes the customer: that answer is lost on the way back, and every call of this desk
  // fails until it is back (the other specs' desks keep writing meanwhile, and their notices make this one read).
  await desk.route('**/api/**', async (route) => {
    if (route.request().url().endsWith('/api/customers.create')) {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length === 1) {
        hostAway = true;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
    }
    if (hostAway) await route.abort('connectionrefused');
    else await route.continue();
  });
  await customers.openCreateDialog();
  await customers.fillNewCustomer({ name, contact: '钱工', phones: ['0510-8111 2233'] });
  await customers.save();
  // Every screen says the host cannot be reached; the form stays open as typed.
  await expect(desk.getByTestId('host-unreachable')).toBeVisible();
  await expect(desk.getByTestId('host-unreachable')).toContainText('无法连接服务台主机');
  await expect(desk.getByTestId('customer-name')).toHaveValue(name);
  await screenshot(desk, 'host-unreachable', 'zh-CN');
  release();
  await expect(desk.getByTestId('host-unreachable')).toBeHidden();
  await expect(customers.dialog()).toBeHidden();
  expect(new Set(keys).size).toBe(1);
  expect(keys.length).toBeGreaterThan(1);
  const found = await asUser(baseURL, FIRST, (api) => call<{ items: unknown[] }>(api, 'customers.search', { query: name }));
  expect(found.items).toHaveLength(1);
  await desk.context().close();
});
