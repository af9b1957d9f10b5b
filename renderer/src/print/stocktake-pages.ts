// Which lines of a count sheet go on which printed page. Every row has the same height (one line, cut with an
// ellipsis), so the pages are counted, not measured: the heading and the table's header repeat on each page, and the
// signature lines need room under the last rows.

/** The pages as [first line, line after the last); never empty (a sheet of no lines still prints its heading). */
export function countSheetPages(lines: number, perPage: number, perLastPage: number): Array<[number, number]> {
  if (perPage < 1 || perLastPage < 1) throw new Error('a page holds at least one line');
  const pages: Array<[number, number]> = [];
  for (let start = 0; start < lines; start += perPage) pages.push([start, Math.min(lines, start + perPage)]);
  if (pages.length === 0) return [[0, 0]];
  const [start, end] = pages[pages.length - 1]!;
  if (end - start > perLastPage) {
    // The signatures do not fit under the last rows: the last row goes over with them, so they never stand alone.
    pages[pages.length - 1] = [start, end - 1];
    pages.push([end - 1, end]);
  }
  return pages;
}
