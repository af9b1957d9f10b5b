// Every CSV file the console writes, and the one rule of reading back what it wrote.
import Papa from 'papaparse';

/**
 * A cell a spreadsheet would run as a formula (OWASP's CSV injection rule: a leading =, +, -, @, tab or carriage
 * return). Papa's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, which misses a formula followed by a line break.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Rows as a CSV file's text: a byte-order mark (so Excel opens the UTF-8 with its Chinese intact), CRLF lines, and
 * every cell that starts like a formula prefixed with ' so it is shown as text, never run. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\ufeff' + Papa.unparse(rows as string[][], { newline: '\r\n', escapeFormulae: FORMULA_START });
}

/** A cell of a CSV file as it was before toCsv protected it: `'+86 138…` reads back as `+86 138…`. */
export function unescapeCsvCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
