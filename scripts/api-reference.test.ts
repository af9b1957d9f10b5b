import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../shared/api';
import { REFERENCE_FILE, renderApiReference } from './api-reference';

describe('the API reference', () => {
  it('documents every method of the contract and is up to date (run `npm run api-reference` after changing shared/api)', () => {
    const generated = renderApiReference();
    for (const name of METHOD_NAMES) expect(generated).toContain(`## ${name}\n`);
    expect(readFileSync(REFERENCE_FILE, 'utf8')).toBe(generated);
  });
});
