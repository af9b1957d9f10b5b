// How the complaint register's rows are put on printed pages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerPages, type RegisterMeasure } from './register-pages';

const base: Omit<RegisterMeasure, 'rows'> = { page: 700, heading: 100, header: 40, closing: 60, slack: 10 };

describe('register pages', () => {
  it('give an empty register one page, for its header and totals', () => {
    expect(registerPages({ ...base, rows: [] })).toEqual([[0, 0]]);
  });

  it('leave the first page less room, for the title and filters', () => {
    // First page: 700 - 10 - 40 - 100 = 550 → 5 rows of 100; the others: 650 → 6 rows.
    const pages = registerPages({ ...base, rows: Array(20).fill(100), closing: 0 });
    expect(pages).toEqual([
      [0, 5],
      [5, 11],
      [11, 17],
      [17, 20],
    ]);
  });

  it('carry the last row over with the totals rather than leave the totals alone', () => {
    // 11 rows: 5 on the first page, 6 filling the second to 600 of its 650; the 60 of the closing does not fit.
    const pages = registerPages({ ...base, rows: Array(11).fill(100) });
    expect(pages).toEqual([
      [0, 5],
      [5, 10],
      [10, 11],
    ]);
  });

  it('give a row too tall for any page a page of its own, never dropping it', () => {
    expect(registerPages({ ...base, rows: [100, 2000, 100], closing: 0 })).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('put every row once, in order, and fill no page past its room', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 120 }), { maxLength: 300 }), fc.integer({ min: 0, max: 200 }), (rows, closing) => {
        const measure = { ...base, rows, closing };
        const pages = registerPages(measure);
        expect(pages[0]![0]).toBe(0);
        expect(pages.at(-1)![1]).toBe(rows.length);
        pages.forEach(([start, end], index) => {
          if (index > 0) expect(start).toBe(pages[index - 1]![1]);
          const used = rows.slice(start, end).reduce((sum, height) => sum + height, 0) + (index === pages.length - 1 ? closing : 0);
          const room = base.page - base.slack - base.header - (index === 0 ? base.heading : 0);
          expect(used).toBeLessThanOrEqual(room);
          if (rows.length > 0) expect(end).toBeGreaterThan(start);
        });
      }),
    );
  });
});
