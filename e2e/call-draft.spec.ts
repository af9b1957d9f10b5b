// The call form's draft between calls, after foundation.spec.ts on the same server: a saved call leaves no draft, so F2
// for the next call opens an empty form received now; a call typed in part and left is kept, and the form says so when
// it opens again (how old, when the call was received) and offers a clean form for the next caller.
import { expect, test, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { apiCall } from './pages/CustomersPages';
import { CallForm } from './pages/RequestsPages';
import { screenshot, type UiLanguage } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'cd-agent', displayName: '杜晓梅', password: 'cd-agent-pass-2026', roles: ['agent'] };
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];
const MINUTE = 60_000;

let page: Page;

/** The call's received time as the chip shows it ("Call received 2026-12-05 15:30 (just now)"). */
async function receivedText(form: CallForm): Promise<string> {
  return (await form.elapsed().textContent()) ?? '';
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  // The page's clock runs as usual until the test moves it on, to see a kept draft grow old.
  await page.clock.install();
  await page.goto('/');
  await apiCall(page, 'auth.login', ADMIN);
  await apiCall(page, 'users.create', { ...AGENT, departmentId: null });
  await apiCall(page, 'auth.logout', {});
  await page.reload();
  await new SignInPage(page).signIn(AGENT.username, AGENT.password);
  await expect(page.getByTestId('app-frame')).toBeVisible();
});

test.afterAll(async () => {
  await page.close();
});

test('a saved call leaves no draft: F2 for the next call opens an empty form received now', async () => {
  const form = new CallForm(page);
  await form.openWithShortcut();
  await expect(form.draftNotice()).toHaveCount(0);
  await form.typePhone('138 0013 7001');
  await form.kind('consultation').check();
  await form.subject().fill('询问录像机保修期');
  await page.getByTestId('call-answered-on-spot').click();
  const receivedBefore = await receivedText(form);
  await page.keyboard.press('Control+Enter');
  await form.savedRequestNumber();

  // Minutes later the phone rings again while the saved call is still on screen: F2 is the next call's form.
  await page.clock.fastForward(7 * MINUTE);
  await form.openWithShortcut();
  await expectCleanForm(form, receivedBefore);
  await form.close();
  // Closed and opened again from another screen: still nothing of the saved call.
  await page.getByTestId('nav-requests').click();
  await form.openWithShortcut();
  await expectCleanForm(form, receivedBefore);
  await form.close();
});

async function expectCleanForm(form: CallForm, receivedBefore: string) {
  await expect(form.draftNotice()).toHaveCount(0);
  await expect(form.phone()).toHaveValue('');
  await expect(form.subject()).toHaveValue('');
  await expect(form.kind('fault')).toBeChecked();
  await expect(form.elapsed()).toContainText('刚刚');
  expect(await receivedText(form)).not.toEqual(receivedBefore);
}

test('a call typed in part and left says so when the form opens again, with its age, and offers a clean form', async () => {
  const form = new CallForm(page);
  await form.openWithShortcut();
  await form.typePhone('139 0021 4455');
  await form.subject().fill('门禁读卡器无反应');
  const received = await receivedText(form);
  await form.close();
  // The agent goes on to other work; the draft waits.
  await page.getByTestId('nav-requests').click();
  await page.clock.fastForward(12 * MINUTE);

  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await form.openWithShortcut();
    await expect(form.draftNotice()).toBeVisible();
    await expect(form.draftNotice()).toContainText(language === 'zh-CN' ? '12 分钟前' : '12 min ago');
    // The call's received time is shown, and it is the kept one, not now.
    const time = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}|\d{2}:\d{2}/.exec(received)?.[0] ?? '';
    expect(time).not.toEqual('');
    await expect(form.draftNotice()).toContainText(time.slice(-5));
    await expect(form.phone()).toHaveValue('139 0021 4455');
    await expect(form.subject()).toHaveValue('门禁读卡器无反应');
    await screenshot(page, 'requests-call-draft-kept', language);
    await form.close();
  }
  await switchLanguage(page, 'zh-CN');

  await form.openWithShortcut();
  await form.draftNotice().getByTestId('call-draft-new').click();
  await expect(form.draftNotice()).toHaveCount(0);
  await expect(form.phone()).toHaveValue('');
  await expect(form.subject()).toHaveValue('');
  await expect(form.elapsed()).toContainText('刚刚');
  await expect(form.phone()).toBeFocused();
  await form.close();
  // Nothing was typed in the clean form: nothing is kept.
  await form.openWithShortcut();
  await expect(form.draftNotice()).toHaveCount(0);
  await expect(form.phone()).toHaveValue('');
  await form.close();
});
