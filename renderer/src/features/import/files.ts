// The file the user chose, read in the renderer (Electron and the browser alike), and the template to fill in.
import { IMPORT_FIELDS, IMPORT_MAX_BYTES, PART_IMPORT_FIELDS } from '../../../../shared/api/import';
import { COLUMN_LABELS } from '../../../../shared/customers/columns';
import { PART_COLUMN_LABELS } from '../../../../shared/parts/columns';
import type { UiLanguage } from '../../../../shared/i18n/resources';

export const ACCEPTED_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type FileProblem = 'notCsvOrXlsx' | 'fileTooLarge';

/** Why the file cannot be sent at all, before reading it. */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return 'notCsvOrXlsx';
  if (file.size > IMPORT_MAX_BYTES) return 'fileTooLarge';
  return null;
}

/** The file's bytes as base64, without the data-URL prefix. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file cannot be read'));
    reader.readAsDataURL(file);
  });
}

const LABELS: Record<string, { 'zh-CN': string; en: string } | undefined> = { ...COLUMN_LABELS, ...PART_COLUMN_LABELS };

/** The column name of a field of either import (customers' `customer.name`, parts' `part.code`). */
export function fieldLabel(field: string, language: UiLanguage): string {
  return LABELS[field]?.[language] ?? field;
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** An empty CSV with the column names of the archive (or of the parts list) in one language: UTF-8 with a byte-order mark, for Excel. */
export function templateCsv(language: UiLanguage, kind: 'customers' | 'parts' = 'customers'): string {
  const fields: readonly string[] = kind === 'customers' ? IMPORT_FIELDS : PART_IMPORT_FIELDS;
  return '\ufeff' + fields.map((field) => csvCell(fieldLabel(field, language))).join(',') + '\r\n';
}
