// The desktop app's way to the center's host (the LAN issue), in the browser mode: the page gets a window.api as the
// preload gives it, whose back-end calls go to the real server and whose desk.* methods (answered by the main
// process in the app, electron/main/host-link, tested over TLS in host-link.test.ts) are a stand-in recording what
// the page sent. What is checked here is the page: the address refused on its field, the fingerprint shown to compare
// group by group, the one shown sent as the confirmed one, and the administrator's switch that serves the center.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, settled } from './pages/axe';
import { screenshot } from './pages/screenshots';
import { signedInPage } from './pages/session';

const ADMIN = { username: 'admin', displayName: '王建国', password: 'admin-pass-2026' };
const FINGERPRINT = '3F:A1:09:7C:55:E2:D4:18:9B:60:0A:CE:71:2D:B8:46:E5:93:1F:0C:7A:68:D2:B4:40:19:8E:F3:25:6C:A7:DB';

/** Installs the stand-in preload before the page loads; `window.__deskCalls` records the desk.* calls. */
async function withDesktopApi(page: Page): Promise<void> {
  await page.addInitScript((fingerprint) => {
    const calls: Array<{ method: string; input: unknown }> = [];
    let hosting = { serving: false, port: 4780, origins: [] as string[], fingerprint: null as string | null, allowed: [] as string[], problem: null };
    const ok = (value: unknown) => ({ ok: true, value });
    const desk: Record<string, (input: Record<string, unknown>) => unknown> = {
      'desk.connection': () => ok({ mode: 'local', host: null, hosting }),
      'desk.probeHost': (input) =>
        String(input.address).startsWith('http://')
          ? { ok: false, error: { code: 'validation', message: 'HTTPS only', details: { fields: [{ path: 'address', key: 'desk.addressInvalid' }] } } }
          : ok({ origin: `https://${String(input.address)}:4780`, fingerprint, validTo: 'Mar  9 08:00:00 2029 GMT' }),
      'desk.connectToHost': (input) => ok({ origin: `https://${String(input.address)}:4780` }),
      'desk.setHosting': (input) => {
        hosting = input.serving
          ? { serving: true, port: Number(input.port), origins: ['https://127.0.0.1:4780', 'https://192.168.1.20:4780'], fingerprint, allowed: ['127.0.0.0/8', '192.168.1.0/24'], problem: null }
          : { ...hosting, serving: false, origins: [], fingerprint: null, allowed: [] };
        return ok(hosting);
      },
    };
    Object.assign(window, {
      __deskCalls: calls,
      api: {
        invoke: async (method: string, input: Record<string, unknown>, options?: { idempotencyKey?: string }) => {
          if (method in desk) {
            calls.push({ method, input });
            return desk[method]!(input);
          }
          const response = await fetch(`/api/${method}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...(options?.idempotencyKey && { 'Idempotency-Key': options.idempotencyKey }) },
            body: JSON.stringify(input ?? {}),
          });
          return response.json();
        },
        on: () => () => {},
        print: async () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
      },
    });
  }, FINGERPRINT);
}

const deskCalls = (page: Page) => page.evaluate(() => (window as unknown as { __deskCalls: unknown[] }).__deskCalls);

test('a desk on the sign-in screen connects to the host by the fingerprint it compared', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await withDesktopApi(page);
  await page.goto('/');
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await expect(page.getByTestId('desk-connection')).toContainText('本工作台使用本机的档案库。');
  await page.getByTestId('desk-connect').click();

  const address = page.getByTestId('connect-host-address');
  await address.fill('http://192.168.1.20');
  await page.getByTestId('connect-host-check').click();
  await expect(page.getByRole('dialog')).toContainText('这不是有效的主机地址');
  await address.fill('192.168.1.20');
  await settled(page, page.getByRole('dialog'));
  expect(await axeViolations(page, 'connect to host')).toEqual([]);
  await screenshot(page, 'desk-connect-address', 'zh-CN');
  await page.keyboard.press('Enter');

  const groups = page.getByTestId('connect-host-fingerprint').locator('li');
  await expect(groups).toHaveCount(8);
  await expect(groups.first()).toHaveText('3F:A1:09:7C');
  await expect(groups.last()).toHaveText('40:19:8E:F3:25:6C:A7:DB'.slice(12));
  await settled(page, page.getByRole('dialog'));
  expect(await axeViolations(page, 'compare fingerprint')).toEqual([]);
  await screenshot(page, 'desk-connect-fingerprint', 'zh-CN');
  await page.getByTestId('connect-host-confirm').click();
  await expect(page.getByRole('dialog')).toContainText('已连接 https://192.168.1.20:4780');
  expect(await deskCalls(page)).toEqual([
    { method: 'desk.connection', input: {} },
    { method: 'desk.probeHost', input: { address: 'http://192.168.1.20' } },
    { method: 'desk.probeHost', input: { address: '192.168.1.20' } },
    { method: 'desk.connectToHost', input: { address: '192.168.1.20', fingerprint: FINGERPRINT } },
  ]);
  await context.close();
});

test("an administrator serves the center from the desktop app's Settings, confirmed", async ({ browser, baseURL }) => {
  const page = await signedInPage(browser, baseURL, ADMIN, 'en');
  await withDesktopApi(page);
  await page.goto('/#/admin/settings');
  // A change of the hash alone loads no page: load it again so the stand-in preload is there from the start.
  await page.reload();
  const section = page.getByTestId('hosting-section');
  await expect(section).toContainText('Not serving');
  await page.getByTestId('hosting-switch').click();
  await expect(page.getByRole('dialog')).toContainText('Serve this archive to the center?');
  await settled(page, page.getByRole('dialog'));
  expect(await axeViolations(page, 'serve the center dialog')).toEqual([]);
  await page.getByTestId('hosting-confirm').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(section).toContainText('https://192.168.1.20:4780');
  await expect(page.getByTestId('hosting-fingerprint')).toContainText('3F:A1:09:7C');
  await settled(page);
  expect(await axeViolations(page, 'settings, serving')).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-hosting', 'en');
  expect(await deskCalls(page)).toContainEqual({ method: 'desk.setHosting', input: { serving: true, port: 4780 } });
  await page.context().close();
});
