// The knowledge base, difficult questions and suggestions: their lists, pages, dialogs and the article editor.
import { expect, type Page } from '@playwright/test';

export class KnowledgeScreen {
  constructor(readonly page: Page) {}

  search = () => this.page.getByTestId('knowledge-search');
  results = () => this.page.getByTestId('article-results');
  result = (number: string) => this.page.getByTestId(`article-result-${number}`);
  preview = () => this.page.getByTestId('knowledge-preview');

  async open(): Promise<void> {
    await this.page.getByTestId('nav-knowledge').click();
    await expect(this.search()).toBeVisible();
  }

  /** Types key by key, as an agent does while the caller talks. */
  async type(text: string): Promise<void> {
    await this.search().fill('');
    await this.search().pressSequentially(text, { delay: 30 });
  }
}

export class ArticleEditor {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('article-editor');
  field = (lang: 'zh' | 'en', name: 'title' | 'question' | 'answer') => this.page.getByTestId(`article-${lang}-${name}`);

  async addTag(kind: 'product' | 'category', tag: string): Promise<void> {
    const input = this.page.getByTestId(`article-${kind}-tags`);
    await input.fill(tag);
    await input.press('Enter');
  }
}

export class QuestionsScreen {
  constructor(readonly page: Page) {}

  grid = () => this.page.getByTestId('questions-grid');
  row = (number: string) => this.page.getByTestId(`question-row-${number}`);
  dialog = () => this.page.getByTestId('question-dialog');

  async open(): Promise<void> {
    await this.page.getByTestId('nav-questions').click();
    await expect(this.grid()).toBeVisible();
  }

  async chooseDepartment(testId: string, name: RegExp): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name }).click();
  }
}

export class QuestionPageScreen {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('question-page');
  state = () => this.root().getByTestId('question-state');
  action = (name: string) => this.page.getByTestId(`question-action-${name}`);

  /** A step that takes one text: open its dialog, type, save. */
  async step(action: 'answer' | 'reply' | 'closeWithoutArticle', dialog: string, text: string): Promise<void> {
    await this.action(action).click();
    await expect(this.page.getByTestId(dialog)).toBeVisible();
    await this.page.getByTestId(`${dialog}-text`).fill(text);
    await this.page.getByTestId(`${dialog}-save`).click();
    await expect(this.page.getByTestId(dialog)).toHaveCount(0);
  }
}

export class SuggestionsScreen {
  constructor(readonly page: Page) {}

  grid = () => this.page.getByTestId('suggestions-grid');
  row = (number: string) => this.page.getByTestId(`suggestion-row-${number}`);
  dialog = () => this.page.getByTestId('suggestion-dialog');

  async open(): Promise<void> {
    await this.page.getByTestId('nav-suggestions').click();
    await expect(this.grid()).toBeVisible();
  }
}
