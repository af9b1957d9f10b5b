// The product models screen (产品型号) with its status dialog and customers panel, and one unit's repair-archive dialog.
import { expect, type Locator, type Page } from '@playwright/test';

export class ModelsScreen {
  constructor(readonly page: Page) {}

  grid = () => this.page.getByTestId('models-grid');
  row = (model: string): Locator => this.page.getByTestId(`model-row-${model}`);
  flagButton = (model: string): Locator => this.page.getByTestId(`model-flag-${model}`);
  anyFlagButton = (): Locator => this.page.locator('[data-testid^="model-flag-"]');
  equipmentCount = (model: string): Locator => this.row(model).getByTestId('model-equipment-count');
  customerCount = (model: string): Locator => this.row(model).getByTestId('model-customer-count');
  statusDialog = () => this.page.getByTestId('model-status-dialog');
  customersPanel = () => this.page.getByTestId('model-customers');
  customerRow = (code: string): Locator => this.customersPanel().getByTestId(`model-customer-${code}`);
  notice = () => this.page.getByTestId('model-customers-notice');

  async open(): Promise<void> {
    await this.page.getByTestId('nav-models').click();
    await expect(this.page.getByTestId('nav-models')).toHaveClass(/Mui-selected/);
    await expect(this.grid()).toBeVisible();
  }

  async filter(text: string): Promise<void> {
    await this.page.getByTestId('models-filter').fill(text);
  }

  async select(model: string): Promise<void> {
    await this.row(model).click();
    await expect(this.row(model)).toHaveClass(/Mui-selected/);
    await expect(this.customersPanel()).toBeVisible();
  }

  async openStatusDialog(model: string): Promise<void> {
    await this.flagButton(model).click();
    await expect(this.statusDialog()).toBeVisible();
  }

  async chooseStatus(status: 'current' | 'upgraded' | 'discontinued'): Promise<void> {
    await this.page.getByTestId(`model-status-${status}`).check();
  }

  async fillSuccessorAndNotes(successor: string, notes: string): Promise<void> {
    await this.page.getByTestId('model-successor').fill(successor);
    await this.page.getByTestId('model-notes').fill(notes);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('model-status-save').click();
  }
}

export class EquipmentTimelineDialog {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('equipment-timeline-dialog');
  events = () => this.page.getByTestId('equipment-timeline').locator('li');
  loadMore = () => this.root().getByTestId('timeline-load-more');

  async open(serial: string): Promise<void> {
    await this.page.getByTestId(`equipment-timeline-${serial}`).click();
    await expect(this.root()).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.getByTestId('equipment-timeline-close').click();
    await expect(this.root()).toBeHidden();
  }
}
