// The administrator's screens.
import { expect, type Page } from '@playwright/test';

export class UsersScreen {
  constructor(readonly page: Page) {}

  grid = () => this.page.getByTestId('users-grid');
  dialog = () => this.page.getByTestId('user-dialog');

  async openCreateDialog(): Promise<void> {
    await this.page.getByTestId('create-user').click();
    await expect(this.dialog()).toBeVisible();
  }

  async fillNewUser(user: { username: string; displayName: string; password: string; roles: string[]; department?: string }) {
    await this.page.getByTestId('user-username').fill(user.username);
    await this.page.getByTestId('user-display-name').fill(user.displayName);
    await this.page.getByTestId('user-password').fill(user.password);
    for (const role of user.roles) await this.page.getByTestId(`user-role-${role}`).check();
    if (user.department) {
      await this.dialog().getByTestId('user-department').getByRole('combobox').click();
      await this.page.getByRole('option', { name: user.department }).click();
    }
  }

  async save(): Promise<void> {
    await this.page.getByTestId('user-save').click();
    await expect(this.dialog()).toBeHidden();
  }

  /** The grid shows this user's row (the center may have more users than a page shows). */
  async find(username: string): Promise<void> {
    await this.page.getByTestId('users-find').fill(username);
  }

  async resetPassword(username: string, newPassword: string): Promise<void> {
    await this.find(username);
    await this.page.getByTestId(`reset-user-${username}`).click();
    await this.page.getByTestId('reset-password').fill(newPassword);
    await this.page.getByTestId('reset-submit').click();
    await expect(this.page.getByTestId('reset-password')).toBeHidden();
  }

  row = (username: string) => this.grid().getByRole('row').filter({ hasText: username });
}

export class SettingsScreen {
  constructor(readonly page: Page) {}

  centerName = () => this.page.getByTestId('settings-center-name');

  async setCenterName(name: string): Promise<void> {
    await this.centerName().fill(name);
    await this.page.getByTestId('settings-save').click();
    await expect(this.page.getByTestId('notice')).toBeVisible();
  }
}

export class BackupsScreen {
  constructor(readonly page: Page) {}

  grid = () => this.page.getByTestId('backups-grid');
  restoreDialog = () => this.page.getByTestId('restore-dialog');

  /** Backs up now and answers the new backup's file name (its id). */
  async createBackup(): Promise<string> {
    await this.page.getByTestId('backup-create').click();
    const notice = this.page.getByTestId('notice');
    await expect(notice).toContainText('aftersales-');
    const text = (await notice.textContent()) ?? '';
    const id = /aftersales-[\w+-]+\.sqlite/.exec(text)?.[0];
    if (!id) throw new Error(`No backup id in "${text}"`);
    await expect(this.grid().getByText(id)).toBeVisible();
    return id;
  }

  async openRestore(id: string): Promise<void> {
    await this.page.getByTestId(`restore-${id}`).click();
    await expect(this.restoreDialog()).toBeVisible();
    await expect(this.page.getByTestId('restore-backup-id')).toHaveText(id);
  }

  async confirmRestore(): Promise<void> {
    await this.page.getByTestId('restore-confirm').click();
    await expect(this.restoreDialog()).toBeHidden({ timeout: 30_000 });
  }
}
