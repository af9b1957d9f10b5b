// Which rows of the complaint register go on which printed page. Chromium's own pagination of one long table costs
// time that grows with the square of the rows (a quarter's 3,000 rows took most of the PDF's time), so the register
// is laid out once on screen, its rows measured, and then printed as one short table per page.

/** Heights in CSS pixels, measured on the screen sheet, which has the paper's width. */
export interface RegisterMeasure {
  /** The height a page gives its content (the paper less its margins). */
  page: number;
  /** The title and filters above the table, on the first page only. */
  heading: number;
  /** The table's header row, repeated on every page. */
  header: number;
  /** Each row, in order. */
  rows: number[];
  /** The totals and the sign-off after the last row, which must share a page with it. */
  closing: number;
  /** Room left free on each page, for rounding and for the page's own borders. */
  slack: number;
}

/** The pages as [first row, row after the last) pairs; the last page also holds the closing. Never empty. */
export function registerPages(measure: RegisterMeasure): Array<[number, number]> {
  const { page, heading, header, rows, closing, slack } = measure;
  const room = (index: number) => page - slack - header - (index === 0 ? heading : 0);
  const pages: Array<[number, number]> = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const height = rows[i]!;
    // A page always takes at least one row, even one too tall for it, so that nothing is ever left out.
    if (i > start && used + height > room(pages.length)) {
      pages.push([start, i]);
      start = i;
      used = 0;
    }
    used += height;
  }
  pages.push([start, rows.length]);
  const last = pages.length - 1;
  const [lastStart, lastEnd] = pages[last]!;
  if (used + closing > room(last) && lastEnd - lastStart > 1) {
    // The closing does not fit under the last rows: the last row goes over with it, so it never stands alone.
    pages[last] = [lastStart, lastEnd - 1];
    pages.push([lastEnd - 1, lastEnd]);
  }
  return pages;
}
