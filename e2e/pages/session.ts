// A signed-in page without the sign-in screen: the session is made through the API (cheap) and handed to a browser
// context, so that a test of one screen starts there instead of walking from the sign-in screen (or from a test before).
import { expect, request as apiRequest, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { AppFrame } from './AppFrame';
import { call } from './api';
import type { UiLanguage } from './screenshots';

export interface Person {
  username: string;
  displayName: string;
  password: string;
}

/** Runs `work` as `who` in a request context of its own. */
export async function asUser<T>(baseURL: string | undefined, who: Pick<Person, 'username' | 'password'>, work: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await apiRequest.newContext({ baseURL });
  try {
    await call(api, 'auth.login', { username: who.username, password: who.password });
    return await work(api);
  } finally {
    await api.dispose();
  }
}

/**
 * Creates the user unless a run before made it already (a test that fails restarts its file's set-up in a new worker,
 * and the user it created is still on the server).
 */
export async function ensureUser(admin: APIRequestContext, user: Person & { roles: string[]; departmentId?: number | null }): Promise<void> {
  try {
    await call(admin, 'users.create', { departmentId: null, ...user });
  } catch (error) {
    if (!String(error).includes('usernameTaken') && !String(error).includes('already in use')) throw error;
  }
}

/** A new browser context signed in as `who`, in `language` (remembered for the user, so set on the server first). */
export async function signedInPage(browser: Browser, baseURL: string | undefined, who: Person, language: UiLanguage = 'zh-CN'): Promise<Page> {
  const api = await apiRequest.newContext({ baseURL });
  try {
    await call(api, 'auth.login', { username: who.username, password: who.password });
    await call(api, 'auth.setLanguage', { language });
    const context = await browser.newContext({ storageState: await api.storageState() });
    const page = await context.newPage();
    await page.goto('/');
    await new AppFrame(page).expectSignedIn(who.displayName);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    return page;
  } finally {
    await api.dispose();
  }
}
