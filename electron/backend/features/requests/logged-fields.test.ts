// The service log's "changed: …" line names each field a request's edit logs, in both languages (issue 16, item 12:
// no raw key such as `deadlines` on screen).
import { describe, expect, it } from 'vitest';
import { LANGUAGES, resources } from '../../../../shared/i18n/resources';
import { LOGGED_FIELDS } from './calls';

describe("a request edit's logged fields", () => {
  it('each has its label in every language', () => {
    const missing = LANGUAGES.flatMap((language) =>
      LOGGED_FIELDS.filter((field) => !(field in (resources[language].requests.fields as Record<string, string>))).map((field) => `${language}: requests:fields.${field}`),
    );
    expect(missing).toEqual([]);
  });
});
