import { describe, expect, it } from 'vitest';
import { countSheetPages } from './stocktake-pages';

describe('the pages of a count sheet', () => {
  it('puts a short sheet on one page with its signatures', () => {
    expect(countSheetPages(5, 30, 26)).toEqual([[0, 5]]);
    expect(countSheetPages(0, 30, 26)).toEqual([[0, 0]]);
  });

  it('fills pages and repeats the header on each', () => {
    expect(countSheetPages(70, 30, 26)).toEqual([
      [0, 30],
      [30, 60],
      [60, 70],
    ]);
  });

  it('takes the last row over when the signatures do not fit under the last page', () => {
    expect(countSheetPages(58, 30, 26)).toEqual([
      [0, 30],
      [30, 57],
      [57, 58],
    ]);
    expect(countSheetPages(30, 30, 26)).toEqual([
      [0, 29],
      [29, 30],
    ]);
  });
});
