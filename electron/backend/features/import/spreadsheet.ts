// Reads the first sheet of an xlsx file, or a CSV file in UTF-8 or GB18030 (what Chinese Excel saves), as rows of text.
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { unescapeCsvCell } from '../../lib/csv';

export interface Sheet {
  columns: string[];
  /** Data rows after the header, each as the spreadsheet's row number and its cells' text. */
  rows: Array<{ row: number; cells: string[] }>;
}

function decodeText(content: Buffer): string {
  const withoutBom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? content.subarray(3) : content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom);
  } catch {
    return new TextDecoder('gb18030').decode(withoutBom);
  }
}

function readCsv(content: Buffer): string[][] {
  const parsed = Papa.parse<string[]>(decodeText(content), { skipEmptyLines: 'greedy' });
  return parsed.data.map((cells) => cells.map(unescapeCsvCell));
}

const pad = (n: number) => String(n).padStart(2, '0');

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

async function readXlsx(content: Buffer): Promise<string[][]> {
  // Loaded for an Excel file only: a CSV's import thread starts without it (a third of a second).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function readSheet(fileName: string, content: Buffer): Promise<Sheet> {
  const grid = fileName.toLowerCase().endsWith('.xlsx') ? await readXlsx(content) : readCsv(content);
  const [header = [], ...data] = grid;
  const rows = data
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => (c ?? '').trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  return { columns: header.map((c) => (c ?? '').trim()), rows };
}
