// The working calendar and the service-level policy screens.
import { expect, type Locator, type Page } from '@playwright/test';

export class CalendarScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('calendar-page');
  year = () => this.page.getByTestId('calendar-year');
  day = (date: string): Locator => this.page.getByTestId(`day-${date}`);
  dialog = () => this.page.getByTestId('day-dialog');
  calculatorResult = () => this.page.getByTestId('calculator-result');
  missingYear = () => this.page.getByTestId('calendar-missing-year');

  async showYear(year: number): Promise<void> {
    for (let i = 0; i < 5; i += 1) {
      const shown = Number((await this.year().innerText()).replace(/\D/g, ''));
      if (shown === year) return;
      await this.page.getByTestId(shown < year ? 'calendar-next-year' : 'calendar-previous-year').click();
      await expect(this.year()).not.toHaveText(String(shown));
    }
    throw new Error(`The calendar did not get to ${year}`);
  }

  /** The calculator: a start date typed section by section (YYYY-MM-DD) and a number of working days. */
  async calculate(from: string, days: number): Promise<void> {
    await this.page.getByTestId('calculator-from').getByRole('spinbutton').first().click();
    await this.page.keyboard.type(from.replace(/-/g, ''));
    await this.page.getByTestId('calculator-days').fill(String(days));
  }

  async setDay(date: string, kind: 'working' | 'holiday', name: string): Promise<void> {
    await this.day(date).click();
    await expect(this.dialog()).toBeVisible();
    await this.page.getByTestId(`day-kind-${kind}`).check();
    await this.page.getByTestId('day-name').fill(name);
    await this.page.getByTestId('day-save').click();
    await expect(this.dialog()).toHaveCount(0);
  }

  async resetDay(date: string): Promise<void> {
    await this.day(date).click();
    await expect(this.dialog()).toBeVisible();
    await this.page.getByTestId('day-reset').click();
    await expect(this.dialog()).toHaveCount(0);
  }
}

export class SlaScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('sla-page');
  cell = (path: string): Locator => this.page.getByTestId(`sla-${path.replace(/\./g, '-')}`);
  amount = (path: string): Locator => this.page.getByTestId(`sla-${path.replace(/\./g, '-')}-amount`);
  version = () => this.page.getByTestId('sla-version');

  async setRule(path: string, amount: number, unit: 'hours' | 'working_days'): Promise<void> {
    await this.amount(path).fill(String(amount));
    await this.page.getByTestId(`sla-${path.replace(/\./g, '-')}-unit`).click();
    await this.page.getByRole('listbox').getByTestId(`unit-${unit}`).click();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('sla-save').click();
  }
}
