// The signed-in frame: navigation, top bar, user menu.
import { expect, type Locator, type Page } from '@playwright/test';
import { pickFromMenu } from './menus';

export type ScreenKey = 'home' | 'parts' | 'calendar' | 'sla' | 'users' | 'departments' | 'settings' | 'backups' | 'sessions' | 'integrity' | 'audit';
export const ADMIN_SCREENS: ScreenKey[] = ['users', 'departments', 'settings', 'backups', 'sessions', 'integrity', 'audit'];

export class AppFrame {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('app-frame');
  navigation = () => this.page.getByTestId('navigation');
  navItem = (key: ScreenKey): Locator => this.page.getByTestId(`nav-${key}`);
  centerName = () => this.page.getByTestId('frame-center-name');
  pageTitle = () => this.page.getByTestId('page-title');

  async expectSignedIn(displayName: string): Promise<void> {
    await expect(this.root()).toBeVisible();
    await expect(this.page.getByTestId('frame-user-name')).toHaveText(displayName);
  }

  /** The keys of the navigation entries shown, in order. */
  async navigationKeys(): Promise<string[]> {
    const ids = await this.navigation().locator('[data-testid^="nav-"]').evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-testid') ?? ''),
    );
    return ids.map((id) => id.replace(/^nav-/, ''));
  }

  async open(key: ScreenKey): Promise<void> {
    await this.navItem(key).click();
    await expect(this.navItem(key)).toHaveClass(/Mui-selected/);
  }

  async signOut(): Promise<void> {
    const signIn = this.page.getByTestId('sign-in-screen');
    await pickFromMenu(this.page.getByTestId('user-menu'), this.page.getByTestId('menu-sign-out'), () => expect(signIn).toBeVisible({ timeout: 5_000 }));
  }
}
