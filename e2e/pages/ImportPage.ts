// 客户档案导入: choosing a file, the mapping, the check result, the import and the export menu.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { pickFromMenu } from './menus';

export class ImportScreen {
  constructor(readonly page: Page) {}

  navItem = () => this.page.getByTestId('nav-import');
  title = () => this.page.getByTestId('page-title');
  fileName = () => this.page.getByTestId('import-file-name');
  rowCount = () => this.page.getByTestId('import-row-count');
  figure = (key: 'rows' | 'valid' | 'invalid' | 'customers' | 'equipment') => this.page.getByTestId(`summary-${key}`);
  invalidRows = () => this.page.getByTestId('invalid-rows-grid');
  /** The invalid row of that number: its first cell holds the number. */
  invalidRow = (row: number): Locator =>
    this.invalidRows()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell', { name: String(row), exact: true }) });
  sample = () => this.page.getByTestId('import-sample');
  commitButton = () => this.page.getByTestId('import-commit');
  done = () => this.page.getByTestId('import-done');
  failed = () => this.page.getByTestId('import-failed');
  mapping = (field: string) => this.page.getByTestId(`mapping-${field}`);

  /** Opens the screen afresh (by way of the home page when it is open already, so nothing of the last file stays). */
  async open(): Promise<void> {
    if (await this.page.getByTestId('import-file').isVisible()) await this.page.getByTestId('nav-home').click();
    await this.navItem().click();
    await expect(this.navItem()).toHaveClass(/Mui-selected/);
    await expect(this.page.getByTestId('import-file')).toBeVisible();
  }

  /** Chooses a file as the file input gets it from the user's disk. */
  async choose(name: string, content: string | Buffer, mimeType = 'text/csv'): Promise<void> {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    await this.page.getByTestId('import-file-input').setInputFiles({ name, mimeType, buffer });
    await expect(this.fileName()).toHaveText(name);
  }

  /** Maps a field to a column by the column's name, or to nothing with the "not imported" option's text. */
  async mapField(field: string, option: string): Promise<void> {
    const combobox = this.mapping(field).getByRole('combobox');
    const listbox = this.page.getByRole('listbox');
    await pickFromMenu(combobox, this.page.getByRole('option', { name: option, exact: true }), () => expect(listbox).toBeHidden({ timeout: 3_000 }));
    await expect(combobox).toHaveText(option);
  }

  async importValid(): Promise<void> {
    await expect(this.commitButton()).toBeEnabled();
    await this.commitButton().click();
    await expect(this.done()).toBeVisible();
  }

  /** Exports through the header's menu and answers the download as it arrives. */
  async export(format: 'xlsx' | 'csv'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-customers').click();
    await this.page.getByTestId(`export-${format}`).click();
    return download;
  }
}
