// The screens before sign-in. Page objects use test ids and roles, so they work against the browser and Electron hosts.
import { expect, type Page } from '@playwright/test';

export class SetupPage {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('setup-screen');

  async expectVisible(): Promise<void> {
    await expect(this.root()).toBeVisible();
  }

  async complete(values: { centerName: string; username: string; displayName: string; password: string }): Promise<void> {
    await this.page.getByTestId('setup-center-name').fill(values.centerName);
    await this.page.getByTestId('setup-username').fill(values.username);
    await this.page.getByTestId('setup-display-name').fill(values.displayName);
    await this.page.getByTestId('setup-password').fill(values.password);
    await this.page.getByTestId('setup-confirm-password').fill(values.password);
    await this.page.getByTestId('setup-submit').click();
  }
}

export class SignInPage {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('sign-in-screen');
  centerName = () => this.root().getByTestId('center-name');
  error = () => this.page.getByTestId('sign-in-error');

  async expectVisible(): Promise<void> {
    await expect(this.root()).toBeVisible();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByTestId('sign-in-username').fill(username);
    await this.page.getByTestId('sign-in-password').fill(password);
    await this.page.getByTestId('sign-in-submit').click();
  }
}

/** The language switch is on every screen, signed in or not. */
export async function switchLanguage(page: Page, to: 'zh-CN' | 'en'): Promise<void> {
  const html = page.locator('html');
  if ((await html.getAttribute('lang')) === to) return;
  await page.getByTestId('language-switch').click();
  await expect(html).toHaveAttribute('lang', to);
}

export class MustChangePasswordPage {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('must-change-password-screen');

  async changePassword(current: string, next: string): Promise<void> {
    await this.page.getByTestId('current-password').fill(current);
    await this.page.getByTestId('new-password').fill(next);
    await this.page.getByTestId('confirm-new-password').fill(next);
    await this.page.getByTestId('change-password-submit').click();
  }
}
