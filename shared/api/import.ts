import { z } from 'zod';
import { method } from './define';
import type { FieldIssue } from './envelope';
import type { Role } from './roles';

/** Bulk import and export of the archive: the information manager's work, and the supervisor's and admin's. */
export const ARCHIVE_TRANSFER_ROLES: readonly Role[] = ['info_manager', 'supervisor', 'admin'];

/** The fields a spreadsheet column can be mapped to. One row: a customer, a contact, and optionally one piece of equipment. */
export const IMPORT_FIELDS = [
  'customer.name',
  'customer.kind',
  'customer.address',
  'customer.region',
  'customer.notes',
  'contact.name',
  'contact.title',
  'contact.email',
  'contact.phones',
  'site.name',
  'equipment.model',
  'equipment.serialNumber',
  'equipment.category',
  'equipment.installDate',
  'equipment.acceptanceDate',
  'equipment.warrantyStart',
  'equipment.warrantyEnd',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index (0-based) of each mapped field; unmapped fields are absent. */
export type ImportMapping = Partial<Record<ImportField, number>>;

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const fileSchema = {
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/\.(csv|xlsx)$/i, { message: 'validation.importFileType' }),
  contentBase64: z.string().min(1).max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4),
};

const mappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(200));

export interface ImportRowProblem {
  /** 1-based row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  issues: FieldIssue[];
}

export interface ImportPreview {
  columns: string[];
  /** The mapping used: the one given, or one guessed from the column names. */
  mapping: ImportMapping;
  rowCount: number;
  validRowCount: number;
  invalidRows: ImportRowProblem[];
  /** The first rows as they will be read, for the user to check the mapping. */
  sample: Array<{ row: number; values: Partial<Record<ImportField, string>> }>;
  customersToCreate: number;
  equipmentToCreate: number;
}

export interface ImportProgress {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  processedRows: number;
  totalRows: number;
  created: { customers: number; contacts: number; equipment: number };
  /** Why it failed; nothing was imported then. */
  error?: string;
}

export const importApi = {
  'import.preview': method<ImportPreview>()({
    summary: 'Reads a CSV or Excel (xlsx) file of customers, contacts and equipment with a column mapping; lists every invalid row with the reason.',
    input: z.strictObject({ ...fileSchema, mapping: mappingSchema.optional() }),
    access: ARCHIVE_TRANSFER_ROLES,
    kind: 'read',
  }),
  'import.commit': method<ImportProgress>()({
    summary: 'Imports the valid rows of the file in one transaction, in the background; poll import.progress. Nothing is half-imported if it fails.',
    input: z.strictObject({ ...fileSchema, mapping: mappingSchema }),
    access: ARCHIVE_TRANSFER_ROLES,
    kind: 'write',
  }),
  'import.progress': method<ImportProgress>()({
    summary: 'How far an import has come.',
    input: z.strictObject({ jobId: z.string().min(1).max(64) }),
    access: ARCHIVE_TRANSFER_ROLES,
    kind: 'read',
  }),
};
