// How a table sits on the screen: the width of a named column, whether its last column ends inside its container and
// the window, whether it scrolls sideways, and how many lines its tallest header takes.
import type { Locator } from '@playwright/test';

export interface TableLayout {
  /** The width in px of the column whose header reads `column` (-1 when there is none). */
  columnWidth: number;
  /** The right edge of the rightmost cell, of the table's container, and the window's width. */
  lastRight: number;
  containerRight: number;
  viewportWidth: number;
  /** The container scrolls sideways (its content is wider than it). */
  scrolls: boolean;
  /** The most lines any header cell's text takes. */
  headerLines: number;
}

/** `table` is the table's container (a TableContainer, a DataGrid's frame) or anything around one table. */
export async function tableLayout(table: Locator, column = ''): Promise<TableLayout> {
  return table.evaluate((root, name) => {
    const grid = root.matches('table, [role="grid"]') ? root : root.querySelector('table, [role="grid"]')!;
    const container = (grid.closest('.MuiTableContainer-root') ?? grid.querySelector('.MuiDataGrid-virtualScroller') ?? root) as HTMLElement;
    const heads = [...grid.querySelectorAll<HTMLElement>('thead th, [role="columnheader"]')];
    const cells = [...grid.querySelectorAll<HTMLElement>('th, td, [role="columnheader"], [role="gridcell"]')];
    const named = heads.find((head) => (head.textContent ?? '').trim() === name);
    const lines = (head: HTMLElement) => {
      // The text's own height over its line height, whatever the cell's padding.
      const range = document.createRange();
      range.selectNodeContents(head);
      const height = range.getBoundingClientRect().height;
      const lineHeight = parseFloat(getComputedStyle(head).lineHeight) || parseFloat(getComputedStyle(head).fontSize) * 1.5;
      return Math.round(height / lineHeight);
    };
    return {
      columnWidth: named ? named.getBoundingClientRect().width : -1,
      lastRight: Math.max(...cells.map((cell) => cell.getBoundingClientRect().right)),
      containerRight: container.getBoundingClientRect().right,
      viewportWidth: window.innerWidth,
      // A DataGrid's scroller reserves room of its own: what counts is its rows' width.
      scrolls: (container.querySelector<HTMLElement>('.MuiDataGrid-virtualScrollerContent')?.getBoundingClientRect().width ?? container.scrollWidth) > container.clientWidth + 1,
      headerLines: Math.max(0, ...heads.map(lines)),
    };
  }, column);
}
