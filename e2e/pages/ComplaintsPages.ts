// Complaint forms (客户投诉联系书): the list, the fill dialog, a form's page with its two parts and its step dialogs.
import { expect, type Locator, type Page } from '@playwright/test';

export class ComplaintsScreen {
  constructor(readonly page: Page) {}

  grid = () => this.page.getByTestId('complaints-grid');
  row = (number: string) => this.page.getByTestId(`complaint-row-${number}`);
  createButton = () => this.page.getByTestId('complaint-create');
  registerButton = () => this.page.getByTestId('complaint-register');

  async open(): Promise<void> {
    await this.page.getByTestId('nav-complaints').click();
    await expect(this.grid()).toBeVisible();
  }

  /** Opens a form from the list by its number. */
  async openForm(number: string): Promise<ComplaintPageScreen> {
    await this.open();
    await this.row(number).getByRole('link', { name: number }).click();
    const form = new ComplaintPageScreen(this.page);
    await expect(form.root()).toBeVisible();
    await expect(form.title()).toContainText(number);
    return form;
  }
}

export class ComplaintDialogScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('complaint-dialog');
  customerSearch = () => this.page.getByTestId('complaint-customer-search');
  pickedCustomer = () => this.root().getByTestId('picked-customer');
  complainant = () => this.page.getByTestId('complaint-complainant');
  phone = () => this.page.getByTestId('complaint-contact-phone');
  content = () => this.page.getByTestId('complaint-content');
  save = () => this.page.getByTestId('complaint-save');

  async pickCustomer(typed: string, name: string): Promise<void> {
    await this.customerSearch().pressSequentially(typed, { delay: 30 });
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
    await expect(this.pickedCustomer()).toContainText(name);
  }
}

export type StepName =
  | 'review'
  | 'resubmit'
  | 'route'
  | 'recordResult'
  | 'sign'
  | 'send'
  | 'recordOpinion'
  | 'assignReply'
  | 'recordReply'
  | 'file'
  | 'returnForCorrection';

/** The test id of each step's dialog. */
export const STEP_DIALOG: Record<StepName, string> = {
  review: 'step-review',
  resubmit: 'step-resubmit',
  route: 'step-route',
  recordResult: 'step-result',
  sign: 'step-sign',
  send: 'step-send',
  recordOpinion: 'step-opinion',
  assignReply: 'step-assign',
  recordReply: 'step-reply',
  file: 'step-file',
  returnForCorrection: 'step-return',
};

export class ComplaintPageScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('complaint-page');
  title = () => this.page.getByTestId('page-title');
  state = () => this.root().getByTestId('complaint-state').first();
  action = (step: StepName) => this.page.getByTestId(`complaint-action-${step}`);
  actions = () => this.root().locator('[data-testid^="complaint-action-"]');
  dialog = (step: StepName) => this.page.getByTestId(STEP_DIALOG[step]);
  save = (step: StepName) => this.page.getByTestId(`${STEP_DIALOG[step]}-save`);
  part1 = () => this.page.getByTestId('complaint-part1');
  part2 = () => this.page.getByTestId('complaint-part2');
  cell = (testId: string): Locator => this.page.getByTestId(testId);
  returned = () => this.page.getByTestId('complaint-returned');
  deadline = () => this.page.getByTestId('complaint-deadline');
  history = () => this.page.getByTestId('complaint-history');
  printButton = () => this.page.getByTestId('complaint-print');

  async number(): Promise<string> {
    const text = (await this.title().textContent()) ?? '';
    const match = /TS-\d{8}-\d{4}/.exec(text);
    if (!match) throw new Error(`No form number in "${text}"`);
    return match[0];
  }

  /** The step buttons shown, by step name, in order. */
  async offered(): Promise<string[]> {
    const ids = await this.actions().evaluateAll((items) => items.map((item) => item.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace(/^complaint-action-/, ''));
  }

  async openStep(step: StepName): Promise<Locator> {
    await this.action(step).click();
    await expect(this.dialog(step)).toBeVisible();
    return this.dialog(step);
  }

  /** Saves the open step's dialog and waits for it to close. */
  async saveStep(step: StepName): Promise<void> {
    await this.save(step).click();
    await expect(this.dialog(step)).toHaveCount(0);
  }

  /** Draws a signature with the mouse: a few strokes across the pad. */
  async drawSignature(): Promise<void> {
    const pad = this.page.getByTestId('signature-pad');
    const box = (await pad.boundingBox())!;
    const strokes: Array<Array<[number, number]>> = [
      [
        [0.12, 0.65],
        [0.2, 0.3],
        [0.27, 0.7],
        [0.34, 0.35],
        [0.42, 0.62],
      ],
      [
        [0.5, 0.4],
        [0.58, 0.66],
        [0.66, 0.34],
        [0.78, 0.6],
        [0.88, 0.45],
      ],
    ];
    for (const stroke of strokes) {
      const [first, ...rest] = stroke;
      await this.page.mouse.move(box.x + box.width * first![0], box.y + box.height * first![1]);
      await this.page.mouse.down();
      for (const [x, y] of rest) await this.page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 6 });
      await this.page.mouse.up();
    }
  }
}

/** Switches the language while a dialog is open (its backdrop covers the switch): the click goes to the switch itself. */
export async function switchLanguageUnderDialog(page: Page, to: 'zh-CN' | 'en'): Promise<void> {
  const html = page.locator('html');
  if ((await html.getAttribute('lang')) === to) return;
  await page.getByTestId('language-switch').dispatchEvent('click');
  await expect(html).toHaveAttribute('lang', to);
}
