// The hotline's screens: the call form (来电登记), a request's page, the requests list and the deadline board.
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses keys as an agent would and counts them, so a test can say how many keystrokes a flow took. */
export class CountedKeyboard {
  count = 0;
  readonly pressed: string[] = [];
  constructor(readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.count += 1;
    this.pressed.push(key);
    await this.page.keyboard.press(key);
  }
}

export class CallForm {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('call-form');
  phone = () => this.page.getByTestId('call-phone');
  callerName = () => this.page.getByTestId('call-caller-name');
  match = (code: string): Locator => this.page.getByTestId(`call-match-${code}`);
  matchEquipment = () => this.page.getByTestId('match-equipment');
  customer = () => this.page.getByTestId('call-customer');
  equipment = (serial: string) => this.page.getByTestId(`call-equipment-${serial}`);
  kind = (kind: string) => this.page.getByTestId(`call-kind-${kind}`);
  priority = (priority: string) => this.page.getByTestId(`call-priority-${priority}`);
  subject = () => this.page.getByTestId('call-subject');
  description = () => this.page.getByTestId('call-description');
  elapsed = () => this.page.getByTestId('call-elapsed');
  saved = () => this.page.getByTestId('call-saved');
  savedNumber = () => this.page.getByTestId('call-saved-number');
  error = () => this.root().getByTestId('form-error');
  knowledge = () => this.page.getByTestId('call-knowledge');
  /** Says the form opened on a draft kept from before, how old it is, and offers a clean form. */
  draftNotice = () => this.page.getByTestId('call-draft-notice');

  /** Opens the form with the shortcut from wherever the agent is, as when the phone rings. */
  async openWithShortcut(key = 'F2'): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.root()).toBeVisible();
    await expect(this.phone()).toBeFocused();
  }

  /** Types the caller's number key by key, as it is dictated. */
  async typePhone(number: string): Promise<void> {
    await this.phone().pressSequentially(number, { delay: 40 });
  }

  async save(): Promise<void> {
    await this.page.getByTestId('call-save').click();
  }

  /** The number of the request just saved. */
  async savedRequestNumber(): Promise<string> {
    await expect(this.saved()).toBeVisible();
    return (await this.savedNumber().textContent()) ?? '';
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.root()).toBeHidden();
  }
}

export class RequestPageScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('request-page');
  title = () => this.page.getByTestId('page-title');
  state = (state: string) => this.page.getByTestId('request-page').getByTestId(`state-${state}`).first();
  action = (action: string) => this.page.getByTestId(`action-${action}`);
  actionDialog = (action: string) => this.page.getByTestId(`action-dialog-${action}`);
  log = () => this.page.getByTestId('request-log');
  logLine = (kind: string) => this.log().getByTestId(`log-${kind}`);
  deadline = (kind: string) => this.page.getByTestId(`deadline-${kind}`);

  async goto(id: number): Promise<void> {
    await this.page.goto(`/#/requests/${id}`);
    await expect(this.root()).toBeVisible();
  }

  /** Takes a step that asks for nothing, or opens the dialog of one that does. */
  async take(action: string): Promise<void> {
    await this.action(action).click();
  }

  /** Types a date and time into a picker section by section (the zh-CN format, YYYY-MM-DD HH:mm). */
  async typeDateTime(testId: string, value: string): Promise<void> {
    await this.page.getByTestId(testId).getByRole('spinbutton').first().click();
    await this.page.keyboard.type(value.replace(/[-: ]/g, ''));
  }

  async write(kind: 'note' | 'progress', text: string): Promise<void> {
    await this.page.getByTestId(`write-${kind}`).click();
    await this.page.getByTestId('write-text').fill(text);
    await this.page.getByTestId('write-save').click();
  }
}

export class RequestsScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('requests-page');
  grid = () => this.page.getByTestId('requests-grid');
  search = () => this.page.getByTestId('requests-search');
  searchResults = () => this.page.getByTestId('requests-search-results');
  row = (number: string) => this.page.getByTestId(`request-row-${number}`);

  async open(): Promise<void> {
    await this.page.getByTestId('nav-requests').click();
    await expect(this.grid()).toBeVisible();
  }
}

export class BoardScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('board-page');
  count = (kind: 'late' | 'dueWithinHour' | 'dueToday') => this.page.getByTestId(`board-count-${kind}`).getByTestId('board-count-value');
  lateRow = (number: string) => this.page.getByTestId('board-late-rows').getByTestId(`board-row-${number}`);

  async open(): Promise<void> {
    await this.page.getByTestId('nav-board').click();
    await expect(this.root()).toBeVisible();
    await expect(this.page.getByTestId('board-late')).toBeVisible();
  }
}
