import { describe, expect, it } from 'vitest';
import { listInput, OPEN } from './query';

describe('listInput', () => {
  it('asks for the open notices only, or one state, or all', () => {
    expect(listInput(OPEN, 50)).toEqual({ openOnly: true, limit: 50 });
    expect(listInput('at_factory', 50)).toEqual({ state: 'at_factory', limit: 50 });
    expect(listInput('', 20)).toEqual({ limit: 20 });
  });
});
