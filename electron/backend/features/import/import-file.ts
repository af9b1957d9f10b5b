// Reading an import's file: the sheet, the columns' mapping and, for a customers' file, each row read and checked
// (file-rows.ts). It is long work for a large file (a second for 100,000 rows), so it runs in a worker thread
// (file-worker.ts) and comes back in parts, one event-loop turn each (file-reading.ts): other calls go on meanwhile.
import {
  PART_IMPORT_REQUIRED,
  type ImportMapping,
  type PartImportMapping,
} from '../../../../shared/api/import';
import type { ApiError } from '../../../../shared/api/envelope';
import { guessMapping } from '../../../../shared/customers/columns';
import { guessPartMapping } from '../../../../shared/parts/columns';
import { DomainError, fieldInvalid } from '../../lib/errors';
import { readFileRows, type FileRow } from './file-rows';
import { readSheet, type Sheet } from './spreadsheet';

/** The rows a preview shows as they are in the file. */
export const SAMPLE_ROWS = 20;
/** Rows sent back from the worker a message at a time: each is taken in on the main thread in a millisecond or two. */
const ROWS_PER_MESSAGE = 1000;

export type ImportFileRequest =
  | { of: 'customers'; fileName: string; content: Uint8Array; mapping: ImportMapping | null }
  | { of: 'parts'; fileName: string; content: Uint8Array; mapping: PartImportMapping | null };

/** What the worker sends back, in this order: the head, the rows in parts, the end; or a failure at any point. */
export type ImportFileMessage =
  | { kind: 'head'; columns: string[]; mapping: ImportMapping | PartImportMapping; rowCount: number; firstRows: Sheet['rows']; mapped: boolean }
  | { kind: 'fileRows'; rows: FileRow[] }
  | { kind: 'sheetRows'; rows: Sheet['rows'] }
  | { kind: 'end' }
  | { kind: 'failed'; error: { code: Exclude<ApiError['code'], 'internal'>; message: string; reason?: string; details?: ApiError['details'] } };

export interface ImportFile<M> {
  columns: string[];
  mapping: M;
  rowCount: number;
  /** The first rows of the file as they are, for the preview's sample. */
  firstRows: Sheet['rows'];
  /** Whether the mapping names every column an import needs; without them nothing is read beyond the head. */
  mapped: boolean;
}

function checkMapping(sheet: Sheet, mapping: ImportMapping): void {
  const outside = Object.entries(mapping).find(([, column]) => column >= sheet.columns.length);
  if (outside) throw fieldInvalid(`mapping.${outside[0]}`, 'validation.invalidChoice', `Column ${outside[1]} does not exist`);
  if (mapping['customer.name'] === undefined) {
    throw fieldInvalid('mapping.customer.name', 'validation.required', 'Choose the column that holds the customer name');
  }
}

function checkPartMapping(sheet: Sheet, mapping: PartImportMapping): void {
  const outside = Object.entries(mapping).find(([, column]) => column >= sheet.columns.length);
  if (outside) throw fieldInvalid(`mapping.${outside[0]}`, 'validation.invalidChoice', `Column ${outside[1]} does not exist`);
  const missing = PART_IMPORT_REQUIRED.find((field) => mapping[field] === undefined);
  if (missing) throw fieldInvalid(`mapping.${missing}`, 'validation.required', `Choose the column that holds ${missing}`);
}

const partsMapped = (mapping: PartImportMapping) => PART_IMPORT_REQUIRED.every((field) => mapping[field] !== undefined);

/**
 * Reads the file and sends what it finds through `send`, waiting for `taken` after each message but the last: the work
 * of the worker thread, or of the main one without it.
 */
export async function readImportFile(
  request: ImportFileRequest,
  send: (message: ImportFileMessage) => void,
  taken: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  try {
    let sheet: Sheet;
    try {
      sheet = await readSheet(request.fileName, Buffer.from(request.content.buffer, request.content.byteOffset, request.content.byteLength));
    } catch (error) {
      throw new DomainError('validation', `The file cannot be read: ${(error as Error).message}`, 'import.unreadable');
    }
    const head = { columns: sheet.columns, rowCount: sheet.rows.length, firstRows: sheet.rows.slice(0, SAMPLE_ROWS) };
    if (request.of === 'customers') {
      if (request.mapping) checkMapping(sheet, request.mapping);
      const mapping = request.mapping ?? guessMapping(sheet.columns);
      const mapped = mapping['customer.name'] !== undefined;
      send({ kind: 'head', ...head, mapping, mapped });
      await taken();
      if (mapped) await sendInParts(readFileRows(sheet, mapping), (rows) => send({ kind: 'fileRows', rows }), taken);
    } else {
      if (request.mapping) checkPartMapping(sheet, request.mapping);
      const mapping = request.mapping ?? guessPartMapping(sheet.columns);
      const mapped = partsMapped(mapping);
      send({ kind: 'head', ...head, mapping, mapped });
      await taken();
      if (mapped) await sendInParts(sheet.rows, (rows) => send({ kind: 'sheetRows', rows }), taken);
    }
    send({ kind: 'end' });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    send({
      kind: 'failed',
      error: {
        code: error.code,
        message: error.message,
        ...(error.reason !== undefined && { reason: error.reason }),
        ...(error.details !== undefined && { details: error.details }),
      },
    });
  }
}

async function sendInParts<T>(items: readonly T[], send: (part: T[]) => void, taken: () => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += ROWS_PER_MESSAGE) {
    send(items.slice(start, start + ROWS_PER_MESSAGE));
    await taken();
  }
}
