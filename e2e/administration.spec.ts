// The foundation's screens after the first run (foundation.spec.ts): sign-in, languages, users and roles, every
// administrator screen in both languages, backup and restore, a password reset. Each test stands alone (its own user,
// its own page or the worker's shared administrator page), so a slow or failing screen fails one test and the rest run.
// Every screen is photographed in both languages into artifacts/screenshots/.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { MustChangePasswordPage, SignInPage, switchLanguage } from './pages/AuthPages';
import { ADMIN_SCREENS, AppFrame, type ScreenKey } from './pages/AppFrame';
import { BackupsScreen, SettingsScreen, UsersScreen } from './pages/AdminPages';
import { screenshot, type UiLanguage } from './pages/screenshots';
import { asUser, ensureUser, signedInPage, type Person } from './pages/session';

const ADMIN = { username: 'admin', displayName: '王建国', password: 'admin-pass-2026' };
const CENTER = '华东售后服务中心';
const AGENT_ROLES = ['agent', 'seat_manager'];
const AGENT_NAVIGATION = ['home', 'requests', 'board', 'knowledge', 'questions', 'suggestions', 'complaints', 'workOrders', 'customers', 'models', 'parts', 'replacements', 'scrap', 'calendar', 'sla'];
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];

/** An agent and seat manager of one test's own. */
const agent = (username: string, displayName: string): Person & { roles: string[] } => ({ username, displayName, password: `${username}-pass-2026`, roles: AGENT_ROLES });

// The administrator's screens share one signed-in page per worker (made by the first test that needs it): a screen's
// test starts where the last one left off, and a failure (which restarts the worker) starts the next one afresh.
let adminPage: Page | null = null;
async function administrator(browser: Browser, baseURL: string | undefined): Promise<Page> {
  adminPage ??= await signedInPage(browser, baseURL, ADMIN);
  return adminPage;
}
test.afterAll(async () => {
  await adminPage?.context().close();
  adminPage = null;
});

test('sign-in shows the center, refuses a wrong password and signs the administrator in', async ({ page }) => {
  await page.goto('/');
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
  const frame = new AppFrame(page);
  await frame.expectSignedIn(ADMIN.displayName);
  await expect(page.getByTestId('page-title')).toContainText(ADMIN.displayName);
  await expect(frame.centerName()).toHaveText(CENTER);
  expect(await frame.navigationKeys()).toEqual(['home', 'knowledge', 'workOrders', 'customers', 'models', 'import', 'parts', 'stocktakes', 'purchases', 'replacements', 'scrap', 'calendar', 'sla', ...ADMIN_SCREENS]);
});

test('the language switches both ways without reload and is remembered for the user', async ({ browser, baseURL }) => {
  const page = await administrator(browser, baseURL);
  const frame = new AppFrame(page);
  await switchLanguage(page, 'zh-CN');
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

test('a new user with the agent and seat manager roles is created', async ({ browser, baseURL }) => {
  const page = await administrator(browser, baseURL);
  const user = agent('liming', '李明');
  await new AppFrame(page).open('users');
  const users = new UsersScreen(page);
  await expect(users.row(ADMIN.username)).toBeVisible();
  await users.openCreateDialog();
  await users.fillNewUser({ ...user, department: '售后服务部' });
  await users.save();
  await users.find(user.username);
  const row = users.row(user.username);
  await expect(row).toContainText(user.displayName);
  await expect(row).toContainText('话务员');
  await expect(row).toContainText('座席管理员');
});

/** Each administrator screen in both languages, a test each; `show` opens it and waits for what it loads. */
const SCREENS: Array<{ key: ScreenKey; show: (page: Page, language: UiLanguage) => Promise<void> }> = [
  { key: 'home', show: async () => {} },
  {
    key: 'users',
    show: async (page, language) => {
      await expect(page.getByTestId('users-grid')).toContainText(ADMIN.username);
      await screenshot(page, 'users', language);
      await page.getByTestId(`edit-user-${ADMIN.username}`).click();
      await expect(page.getByTestId('user-dialog')).toBeVisible();
      await screenshot(page, 'user-dialog', language);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('user-dialog')).toBeHidden();
    },
  },
  { key: 'departments', show: (page) => page.waitForLoadState('networkidle') },
  { key: 'settings', show: (page) => page.waitForLoadState('networkidle') },
  {
    key: 'backups',
    show: async (page, language) => {
      const backups = new BackupsScreen(page);
      const backupId = await backups.createBackup();
      await screenshot(page, 'backups', language);
      await backups.openRestore(backupId);
      await screenshot(page, 'restore-dialog', language);
      await page.keyboard.press('Escape');
      await expect(backups.restoreDialog()).toBeHidden();
    },
  },
  { key: 'sessions', show: (page) => expect(page.getByTestId('desk-current')).toBeVisible() },
  { key: 'integrity', show: (page) => expect(page.getByTestId('schema-version')).toBeVisible() },
  {
    key: 'audit',
    show: async (page) => {
      await page.getByTestId('audit-verify').click();
      await expect(page.getByTestId('audit-verify-result')).toBeVisible();
    },
  },
];
/** Screens whose `show` takes its own photographs. */
const PHOTOGRAPHED_BY_SHOW = new Set<ScreenKey>(['users', 'backups']);

for (const screen of SCREENS) {
  test(`the ${screen.key} screen, in both languages`, async ({ browser, baseURL }) => {
    const page = await administrator(browser, baseURL);
    const frame = new AppFrame(page);
    for (const language of LANGUAGES) {
      await switchLanguage(page, language);
      await frame.open(screen.key);
      await expect(frame.pageTitle()).toBeVisible();
      await screen.show(page, language);
      if (!PHOTOGRAPHED_BY_SHOW.has(screen.key)) await screenshot(page, screen.key, language);
    }
    // The language is remembered for the user: back to Chinese, as the next test expects to find it.
    await switchLanguage(page, 'zh-CN');
  });
}

test('a new user sees only the navigation their roles permit', async ({ page, baseURL }) => {
  const user = agent('zhangli', '张丽');
  await asUser(baseURL, ADMIN, (admin) => ensureUser(admin, user));
  await page.goto('/');
  await new SignInPage(page).signIn(user.username, user.password);
  const frame = new AppFrame(page);
  await frame.expectSignedIn(user.displayName);
  expect(await frame.navigationKeys()).toEqual(AGENT_NAVIGATION);
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
});

test('after an administrator resets a password, the user must choose a new one before anything else', async ({ browser, baseURL }) => {
  const user = agent('suntao', '孙涛');
  await asUser(baseURL, ADMIN, (admin) => ensureUser(admin, user));
  const page = await administrator(browser, baseURL);
  const frame = new AppFrame(page);
  await frame.open('users');
  await new UsersScreen(page).resetPassword(user.username, 'temporary-2026');

  const own = await browser.newContext();
  try {
    const userPage = await own.newPage();
    await userPage.goto('/');
    await new SignInPage(userPage).signIn(user.username, 'temporary-2026');
    const mustChange = new MustChangePasswordPage(userPage);
    await expect(mustChange.root()).toBeVisible();
    await expect(new AppFrame(userPage).navigation()).toHaveCount(0);
    await screenshot(userPage, 'must-change-password', 'zh-CN');

    await mustChange.changePassword('wrong-current', 'my-own-pass-2026');
    await expect(mustChange.root()).toContainText('当前密码不正确');
    await mustChange.changePassword('temporary-2026', 'my-own-pass-2026');
    await new AppFrame(userPage).expectSignedIn(user.displayName);
    expect(await new AppFrame(userPage).navigationKeys()).toEqual(AGENT_NAVIGATION);
  } finally {
    await own.close();
  }
});

// Last in the file: a restore ends every session, the shared administrator page's too.
test('a backup restored brings back the data as it was', async ({ page }) => {
  await adminPage?.context().close();
  adminPage = null;
  await page.goto('/');
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
