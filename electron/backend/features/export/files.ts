// A list as a file: CSV (UTF-8 with a byte-order mark, cells that look like formulas written as text) or Excel.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../../../shared/api/export';
import { toCsv } from '../../lib/csv';

export async function spreadsheetFile(
  format: 'csv' | 'xlsx',
  baseName: string,
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<ExportedFile> {
  if (format === 'csv') {
    const text = toCsv([header, ...rows]);
    return { fileName: `${baseName}.csv`, mimeType: 'text/csv', contentBase64: Buffer.from(text, 'utf8').toString('base64'), rowCount: rows.length };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${baseName}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: buffer.toString('base64'),
    rowCount: rows.length,
  };
}
