// The home screen (工作台): what waits for the signed-in user, section by section, each record one click away.
import { expect, type Locator, type Page } from '@playwright/test';

export class HomeScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('home-page');
  queue = () => this.page.getByTestId('home-queue');
  /** A section of the queue: `complaints.review`, `questions.answer`, `late.questions`… */
  section = (key: string): Locator => this.page.getByTestId(`queue-${key}`);
  row = (key: string, number: string): Locator => this.section(key).getByTestId(`queue-row-${number}`);
  empty = () => this.page.getByTestId('queue-empty');
  coming = (role: string) => this.page.getByTestId(`home-coming-${role}`);
  /** The cards of the screens the navigation already lists: only for a user whom nothing waits for. */
  screenCards = () => this.page.locator('[data-testid^="home-"][href]');

  async open(): Promise<void> {
    await this.page.getByTestId('nav-home').click();
    await expect(this.queue()).toBeVisible();
  }

  /** Opens a waiting record from its row and checks its page is the record's. */
  async openRow(key: string, number: string): Promise<void> {
    await this.row(key, number).click();
    await expect(this.page.getByTestId('page-title')).toContainText(number);
  }
}
