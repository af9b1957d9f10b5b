// The foundation end to end on a fresh data folder, in order: setup, sign-in, languages, users and roles, backup and restore.
// Every screen is photographed in both languages into artifacts/screenshots/.
import { expect, test, type Page } from '@playwright/test';
import { MustChangePasswordPage, SetupPage, SignInPage, switchLanguage } from './pages/AuthPages';
import { ADMIN_SCREENS, AppFrame, type ScreenKey } from './pages/AppFrame';
import { BackupsScreen, SettingsScreen, UsersScreen } from './pages/AdminPages';
import { screenshot, type UiLanguage } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', displayName: '王建国', password: 'admin-pass-2026' };
const CENTER = '华东售后服务中心';
const AGENT = { username: 'liming', displayName: '李明', password: 'agent-pass-2026', roles: ['agent', 'seat_manager'] };
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

test('first-run setup names the center, creates the administrator and signs in', async () => {
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.expectVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(setup.root()).toContainText('首次使用设置');
  await screenshot(page, 'setup', 'zh-CN');
  await switchLanguage(page, 'en');
  await expect(setup.root()).toContainText('First-run setup');
  await screenshot(page, 'setup', 'en');
  await switchLanguage(page, 'zh-CN');

  // The form keeps the rules of the contract: a mismatched confirmation is caught before it is sent.
  await page.getByTestId('setup-password').fill('short');
  await page.getByTestId('setup-submit').click();
  await expect(setup.root()).toContainText('必填');

  await setup.complete({ centerName: CENTER, ...ADMIN });
  const frame = new AppFrame(page);
  await frame.expectSignedIn(ADMIN.displayName);
  await expect(frame.centerName()).toHaveText(CENTER);
  expect(await frame.navigationKeys()).toEqual(['home', 'knowledge', 'workOrders', 'customers', 'models', 'import', 'parts', 'stocktakes', 'purchases', 'replacements', 'scrap', 'calendar', 'sla', ...ADMIN_SCREENS]);
});

test('sign-in shows the center, refuses a wrong password and signs the administrator in', async () => {
  const frame = new AppFrame(page);
  await frame.signOut();
  const signIn = new SignInPage(page);
  await expect(signIn.centerName()).toHaveText(CENTER);
  await screenshot(page, 'sign-in', 'zh-CN');
  await switchLanguage(page, 'en');
  await expect(signIn.root()).toContainText('Sign in');
  await screenshot(page, 'sign-in', 'en');

  await signIn.signIn(ADMIN.username, 'not-the-password');
  await expect(signIn.error()).toContainText('Wrong username or password');
  await switchLanguage(page, 'zh-CN');
  await signIn.signIn(ADMIN.username, ADMIN.password);
  await frame.expectSignedIn(ADMIN.displayName);
  await expect(page.getByTestId('page-title')).toContainText(ADMIN.displayName);
});

test('the language switches both ways without reload and is remembered for the user', async () => {
  const frame = new AppFrame(page);
  await expect(frame.navItem('home')).toHaveText('工作台');
  await expect(frame.navItem('users')).toHaveText('用户与角色');
  await expect(page).toHaveTitle(/售后服务台/);

  await switchLanguage(page, 'en');
  await expect(frame.navItem('home')).toHaveText('Home');
  await expect(frame.navItem('users')).toHaveText('Users and roles');
  await expect(frame.navItem('audit')).toHaveText('Audit log');
  await expect(page).toHaveTitle(/Aftersales Desk/);
  await expect(frame.root()).not.toContainText('工作台');

  // Remembered per user: after a reload (and on another computer) the user's language comes back from the server.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(frame.navItem('home')).toHaveText('Home');

  await switchLanguage(page, 'zh-CN');
  await expect(frame.navItem('home')).toHaveText('工作台');
  await expect(frame.navItem('backups')).toHaveText('备份与恢复');
});

test('a new user with the agent and seat manager roles is created', async () => {
  const frame = new AppFrame(page);
  await frame.open('users');
  const users = new UsersScreen(page);
  await expect(users.row(ADMIN.username)).toBeVisible();
  await users.openCreateDialog();
  await users.fillNewUser({ ...AGENT, department: '售后服务部' });
  await users.save();
  const row = users.row(AGENT.username);
  await expect(row).toContainText(AGENT.displayName);
  await expect(row).toContainText('话务员');
  await expect(row).toContainText('座席管理员');
});

test('every administrator screen, in both languages', async () => {
  const frame = new AppFrame(page);
  const backups = new BackupsScreen(page);
  let backupId: string | null = null;
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await frame.open('home');
    await screenshot(page, 'home', language);

    await frame.open('users');
    await expect(page.getByTestId('users-grid')).toContainText(AGENT.username);
    await screenshot(page, 'users', language);
    await page.getByTestId(`edit-user-${AGENT.username}`).click();
    await expect(page.getByTestId('user-dialog')).toBeVisible();
    await screenshot(page, 'user-dialog', language);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('user-dialog')).toBeHidden();

    for (const key of ['departments', 'settings'] as ScreenKey[]) {
      await frame.open(key);
      await expect(frame.pageTitle()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await screenshot(page, key, language);
    }

    await frame.open('backups');
    if (!backupId) backupId = await backups.createBackup();
    await screenshot(page, 'backups', language);
    await backups.openRestore(backupId);
    await screenshot(page, 'restore-dialog', language);
    await page.keyboard.press('Escape');
    await expect(backups.restoreDialog()).toBeHidden();

    await frame.open('integrity');
    await expect(page.getByTestId('schema-version')).toBeVisible();
    await screenshot(page, 'integrity', language);

    await frame.open('audit');
    await page.getByTestId('audit-verify').click();
    await expect(page.getByTestId('audit-verify-result')).toBeVisible();
    await screenshot(page, 'audit', language);
  }
  await switchLanguage(page, 'zh-CN');
});

test('the new user sees only the navigation their roles permit', async () => {
  const frame = new AppFrame(page);
  await frame.signOut();
  const signIn = new SignInPage(page);
  await signIn.signIn(AGENT.username, AGENT.password);
  await frame.expectSignedIn(AGENT.displayName);
  expect(await frame.navigationKeys()).toEqual(['home', 'requests', 'board', 'knowledge', 'questions', 'suggestions', 'complaints', 'workOrders', 'customers', 'models', 'parts', 'replacements', 'scrap', 'calendar', 'sla']);
  for (const key of ADMIN_SCREENS) await expect(frame.navItem(key)).toHaveCount(0);
  await expect(page.getByTestId('role-agent')).toHaveText('话务员');
  await expect(page.getByTestId('role-seat_manager')).toHaveText('座席管理员');
  await expect(page.getByTestId('home-coming')).toBeVisible();
  await screenshot(page, 'home-agent', 'zh-CN');

  // A typed address does not open an admin screen either (and the server refuses the calls regardless).
  await page.goto('/#/admin/users');
  await expect(page.getByTestId('page-notPermitted')).toBeVisible();
  await expect(page.getByTestId('users-grid')).toHaveCount(0);

  await switchLanguage(page, 'en');
  await frame.open('home');
  await expect(page.getByTestId('role-agent')).toHaveText('Agent');
  await screenshot(page, 'home-agent', 'en');
  await switchLanguage(page, 'zh-CN');
  await frame.signOut();
});

test('a backup restored brings back the data as it was', async () => {
  const signIn = new SignInPage(page);
  await signIn.signIn(ADMIN.username, ADMIN.password);
  const frame = new AppFrame(page);
  await frame.expectSignedIn(ADMIN.displayName);

  await frame.open('backups');
  const backups = new BackupsScreen(page);
  const backupId = await backups.createBackup();

  await frame.open('settings');
  const settings = new SettingsScreen(page);
  const changed = `${CENTER}（临时改名）`;
  await settings.setCenterName(changed);
  await expect(frame.centerName()).toHaveText(changed);

  await frame.open('backups');
  await backups.openRestore(backupId);
  await backups.confirmRestore();
  await expect(page.getByTestId('notice')).toContainText('已从');

  // Every session ended with the archive it was made in: the administrator signs in again, told why.
  await expect(page.getByText('备份已恢复，所有登录随被替换的数据一起结束，请重新登录。')).toBeVisible();
  await screenshot(page, 'signed-out-by-restore', 'zh-CN');
  await signIn.signIn(ADMIN.username, ADMIN.password);
  await frame.expectSignedIn(ADMIN.displayName);
  // The center's name is the one of the backup again, in the top bar and the settings.
  await expect(frame.centerName()).toHaveText(CENTER);
  await frame.open('settings');
  await expect(settings.centerName()).toHaveValue(CENTER);
});

test('after an administrator resets a password, the user must choose a new one before anything else', async () => {
  const frame = new AppFrame(page);
  await frame.open('users');
  const users = new UsersScreen(page);
  await users.resetPassword(AGENT.username, 'temporary-2026');
  await frame.signOut();

  const signIn = new SignInPage(page);
  await signIn.signIn(AGENT.username, 'temporary-2026');
  const mustChange = new MustChangePasswordPage(page);
  await expect(mustChange.root()).toBeVisible();
  await expect(frame.navigation()).toHaveCount(0);
  await screenshot(page, 'must-change-password', 'zh-CN');

  await mustChange.changePassword('wrong-current', 'my-own-pass-2026');
  await expect(mustChange.root()).toContainText('当前密码不正确');
  await mustChange.changePassword('temporary-2026', 'my-own-pass-2026');
  await frame.expectSignedIn(AGENT.displayName);
  expect(await frame.navigationKeys()).toEqual(['home', 'requests', 'board', 'knowledge', 'questions', 'suggestions', 'complaints', 'workOrders', 'customers', 'models', 'parts', 'replacements', 'scrap', 'calendar', 'sla']);
});
