// The first run on a fresh data folder: the center is set up and its administrator signs in. Every other browser spec
// signs in to what this one created (the `browser` project depends on this one alone, so keep it to the set-up: the
// other foundation screens are checked in administration.spec.ts, where a failure stops nothing else).
import { expect, test } from '@playwright/test';
import { SetupPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { screenshot } from './pages/screenshots';

const ADMIN = { username: 'admin', displayName: '王建国', password: 'admin-pass-2026' };
const CENTER = '华东售后服务中心';

test('first-run setup names the center, creates the administrator and signs in', async ({ page }) => {
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
});
