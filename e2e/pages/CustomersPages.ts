// The customer archive's screens: the search box (top bar and screen), the list, a customer's page and its dialogs.
import { expect, type Locator, type Page } from '@playwright/test';

/** Calls the API with the page's session cookie, as the signed-in user, for arranging data a test needs. */
export async function apiCall<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/${method}`, { data: input });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error?.code} ${envelope.error?.message}`);
  return envelope.value as T;
}

export class QuickSearch {
  constructor(readonly page: Page) {}

  input = () => this.page.getByTestId('quick-search');
  popup = () => this.page.getByTestId('quick-search-popup');
  result = (code: string): Locator => this.popup().getByTestId(`search-result-${code}`);

  /** Focuses the top bar's box from anywhere with the shortcut, as an agent picking up a call would. */
  async focusWithShortcut(): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 880 } });
    await this.page.keyboard.press('Control+k');
    await expect(this.input()).toBeFocused();
  }

  /** Types key by key, as a caller dictates. */
  async type(text: string): Promise<void> {
    await this.input().pressSequentially(text, { delay: 40 });
  }

  async clear(): Promise<void> {
    await this.input().fill('');
  }

  /**
   * Types at an agent's pace (`delayMs` a key) and, just before each next key, samples what the popup shows: the query
   * its results answer and how many there are.
   */
  async typeSampling(text: string, delayMs: number): Promise<Array<{ typed: string; answered: string; results: number }>> {
    const samples: Array<{ typed: string; answered: string; results: number }> = [];
    for (const [index, key] of [...text].entries()) {
      const started = Date.now();
      await this.page.keyboard.type(key);
      await this.page.waitForTimeout(Math.max(0, delayMs - 15 - (Date.now() - started)));
      samples.push({
        typed: text.slice(0, index + 1),
        ...(await this.page.evaluate(() => {
          const popup = document.querySelector('[data-testid="quick-search-popup"]');
          return {
            answered: popup?.getAttribute('data-answered') ?? '',
            results: popup?.querySelectorAll('[data-testid^="search-result-"]').length ?? 0,
          };
        })),
      });
      // The next key comes `delayMs` after this one, sampling included.
      await this.page.waitForTimeout(Math.max(0, delayMs - (Date.now() - started)));
    }
    return samples;
  }
}

export class CustomersScreen {
  constructor(readonly page: Page) {}

  search = () => this.page.getByTestId('customer-search');
  grid = () => this.page.getByTestId('customers-grid');
  row = (code: string) => this.page.getByTestId(`customer-row-${code}`);
  /** The customer codes of the list's rows, top to bottom. */
  codesInOrder = async (): Promise<string[]> =>
    (await this.grid().locator('[data-testid^="customer-row-"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')))).map(
      (id) => id!.replace('customer-row-', ''),
    );
  dialog = () => this.page.getByTestId('customer-dialog');
  duplicates = () => this.page.getByTestId('duplicates-warning');

  async open(): Promise<void> {
    await this.page.getByTestId('nav-customers').click();
    await expect(this.grid()).toBeVisible();
  }

  async openCreateDialog(): Promise<void> {
    await this.page.getByTestId('customer-create').click();
    await expect(this.dialog()).toBeVisible();
  }

  async fillNewCustomer(values: { name: string; kind?: 'organization' | 'individual'; region?: string; contact: string; phones: string[]; site?: string }) {
    await this.page.getByTestId('customer-name').fill(values.name);
    if (values.kind) await this.page.getByTestId(`customer-kind-${values.kind}`).check();
    if (values.region) await this.page.getByTestId('customer-region').fill(values.region);
    await this.page.getByTestId('contact-0-name').fill(values.contact);
    for (const [index, phone] of values.phones.entries()) {
      if (index > 0) await this.page.getByTestId('contact-0-add-phone').click();
      await this.page.getByTestId(`contact-0-phone-${index}`).fill(phone);
    }
    if (values.site) await this.page.getByTestId('customer-site-name').fill(values.site);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('customer-save').click();
  }
}

export class CustomerPageScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('customer-page');
  title = () => this.page.getByTestId('page-title');
  code = () => this.page.getByTestId('customer-code');
  equipment = () => this.page.getByTestId('customer-equipment');
  equipmentRow = (serial: string) => this.page.getByTestId(`equipment-row-${serial}`);
  documents = () => this.page.getByTestId('customer-documents');
  sites = () => this.page.getByTestId('customer-sites');
  timeline = () => this.page.getByTestId('customer-timeline');
  equipmentDialog = () => this.page.getByTestId('equipment-dialog');
  documentDialog = () => this.page.getByTestId('document-dialog');
  renewDialog = () => this.page.getByTestId('renew-dialog');
  mergeDialog = () => this.page.getByTestId('merge-dialog');

  /** The id in the address (#/customers/12). */
  async id(): Promise<number> {
    await expect(this.root()).toBeVisible();
    const match = /#\/customers\/(\d+)/.exec(this.page.url());
    if (!match) throw new Error(`Not on a customer page: ${this.page.url()}`);
    return Number(match[1]);
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(`/#/customers/${id}`);
    await expect(this.root()).toBeVisible();
  }

  /** Types a date into a date picker field section by section (the zh-CN format, YYYY-MM-DD). */
  async typeDate(testId: string, date: string): Promise<void> {
    await this.page.getByTestId(testId).getByRole('spinbutton').first().click();
    await this.page.keyboard.type(date.replace(/-/g, ''));
  }

  async openEquipmentDialog(): Promise<void> {
    await this.page.getByTestId('equipment-add').click();
    await expect(this.equipmentDialog()).toBeVisible();
  }

  async fillEquipment(values: { model: string; serial: string; product?: string; acceptanceDate?: string; warrantyStart?: string; warrantyEnd?: string }) {
    await this.page.getByTestId('equipment-model').fill(values.model);
    await this.page.getByTestId('equipment-serial').fill(values.serial);
    if (values.product) await this.page.getByTestId('equipment-product').fill(values.product);
    if (values.acceptanceDate) await this.typeDate('equipment-acceptanceDate', values.acceptanceDate);
    if (values.warrantyStart) await this.typeDate('equipment-warrantyStart', values.warrantyStart);
    if (values.warrantyEnd) await this.typeDate('equipment-warrantyEnd', values.warrantyEnd);
  }

  async openDocumentDialog(): Promise<void> {
    await this.page.getByTestId('document-add').click();
    await expect(this.documentDialog()).toBeVisible();
  }

  async chooseDocument(values: { kindLabel: string; title: string; file: { name: string; mimeType: string; buffer: Buffer } }) {
    await this.page.getByTestId('document-kind').getByRole('combobox').click();
    await this.page.getByRole('option', { name: values.kindLabel }).click();
    await this.page.getByTestId('document-title').fill(values.title);
    await this.page.getByTestId('document-file').setInputFiles(values.file);
    await expect(this.page.getByTestId('document-chosen')).toContainText(values.file.name);
  }

  async openMergeDialog(): Promise<void> {
    await this.page.getByTestId('customer-merge').click();
    await expect(this.mergeDialog()).toBeVisible();
  }

  async pickMergeTarget(query: string, code: string): Promise<void> {
    await this.page.getByTestId('merge-target-search').pressSequentially(query, { delay: 30 });
    await this.mergeDialog().getByTestId(`search-result-${code}`).click();
    await expect(this.page.getByTestId('merge-summary')).toBeVisible();
    await expect(this.page.getByTestId('merge-target')).toContainText(code);
  }
}
