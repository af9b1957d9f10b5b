import { z } from 'zod';
import { method } from './define';
import type { FieldIssue } from './envelope';
import type { Role } from './roles';
import { STORE_KEEPERS } from './parts';

/** Bulk import and export of the archive: the information manager's work, and the supervisor's and admin's. */
export const ARCHIVE_TRANSFER_ROLES: readonly Role[] = ['info_manager', 'supervisor', 'admin'];

/** The fields a spreadsheet column can be mapped to. One row: a customer, a contact, and optionally one piece of equipment. */
export const IMPORT_FIELDS = [
  'customer.code',
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

const decisionsSchema = z.record(
  z.string().regex(/^r\d{1,7}$/),
  z.union([z.enum(['new', 'skip']), z.strictObject({ addTo: z.number().int().positive() })]),
);

export interface ImportRowProblem {
  /** 1-based row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  issues: FieldIssue[];
}

/** A customer on file that an imported customer may be. */
export interface ImportDuplicateCandidate {
  id: number;
  code: string;
  name: string;
  region: string;
  /** The first phone numbers on file, as typed. */
  phones: string[];
}

/**
 * A customer of the file that has the name of one on file but not the evidence that it is the same (for an individual
 * a phone number in common, for an organisation its code where the file gives one): the user decides.
 */
export interface ImportDuplicate {
  /** Names this customer of the file in the decisions. */
  key: string;
  /** Its first rows (at most 10) and how many it has. */
  rows: number[];
  rowCount: number;
  name: string;
  kind: 'organization' | 'individual';
  region: string;
  phones: string[];
  equipment: number;
  candidates: ImportDuplicateCandidate[];
}

/** What to do with a possible duplicate: a new customer, add its rows to a customer on file, or leave its rows out. */
export type ImportDecision = 'new' | 'skip' | { addTo: number };

export const IMPORT_DUPLICATES_LISTED = 1000;

export interface ImportPreview {
  columns: string[];
  /** The mapping used: the one given, or one guessed from the column names. */
  mapping: ImportMapping;
  rowCount: number;
  validRowCount: number;
  invalidRows: ImportRowProblem[];
  /** The first rows as they will be read, for the user to check the mapping. */
  sample: Array<{ row: number; values: Partial<Record<ImportField, string>> }>;
  /** Customers certainly new, and customers on file the file certainly adds to (besides the possible duplicates). */
  customersToCreate: number;
  customersToAddTo: number;
  equipmentToCreate: number;
  /** The possible duplicates (the first IMPORT_DUPLICATES_LISTED) and how many there are. */
  possibleDuplicates: ImportDuplicate[];
  possibleDuplicateCount: number;
  /** The equipment rows of all the possible duplicates, listed or not. */
  possibleDuplicateEquipment: number;
}

/**
 * The fields of a spare parts list (备品备件). An imported part has no stock unless the file gives an opening stock,
 * which comes in as a receipt movement (期初库存) at the unit cost.
 */
export const PART_IMPORT_FIELDS = [
  'part.code',
  'part.name',
  'part.spec',
  'part.unit',
  'part.bin',
  'part.reorderPoint',
  'part.unitCost',
  'part.status',
  'part.models',
  'part.notes',
  'part.openingStock',
] as const;
export type PartImportField = (typeof PART_IMPORT_FIELDS)[number];
export type PartImportMapping = Partial<Record<PartImportField, number>>;
/** The columns a parts file must have mapped. */
export const PART_IMPORT_REQUIRED: readonly PartImportField[] = ['part.code', 'part.name', 'part.unit'];

const partMappingSchema = z.partialRecord(z.enum(PART_IMPORT_FIELDS), z.number().int().min(0).max(200));

export interface PartImportPreview {
  columns: string[];
  /** The mapping used: the one given, or one guessed from the column names. */
  mapping: PartImportMapping;
  rowCount: number;
  validRowCount: number;
  /** Every row that will not be imported, with why (a code twice in the file or in the store, a missing name or unit…). */
  invalidRows: ImportRowProblem[];
  sample: Array<{ row: number; values: Partial<Record<PartImportField, string>> }>;
  partsToCreate: number;
  /** Valid rows with an opening stock: each becomes a receipt movement. */
  openingStockRows: number;
}

export interface ImportProgress {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  processedRows: number;
  totalRows: number;
  /** What was created: customers, contacts and equipment; of a parts list, parts and their opening stock's receipts. */
  created: { customers: number; contacts: number; equipment: number; parts?: number; receipts?: number };
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
    summary:
      'Imports the valid rows of the file in one transaction, in the background; poll import.progress. Nothing is half-imported if it fails. Every possible duplicate of the preview needs a decision.',
    input: z.strictObject({
      ...fileSchema,
      mapping: mappingSchema,
      decisions: decisionsSchema.optional(),
      /** What to do with the possible duplicates that have no decision of their own (the screen's "all" buttons). */
      otherDuplicates: z.enum(['new', 'skip']).optional(),
    }),
    access: ARCHIVE_TRANSFER_ROLES,
    kind: 'write',
  }),
  'import.previewParts': method<PartImportPreview>()({
    summary: 'Reads a CSV or Excel (xlsx) list of spare parts with a column mapping; lists every invalid row with the reason.',
    input: z.strictObject({ ...fileSchema, mapping: partMappingSchema.optional() }),
    access: STORE_KEEPERS,
    kind: 'read',
  }),
  'import.commitParts': method<ImportProgress>()({
    summary:
      'Imports the valid rows of a parts list in one transaction, in the background; poll import.progress. Parts come with no stock, unless an opening stock column posts receipts (期初库存).',
    input: z.strictObject({ ...fileSchema, mapping: partMappingSchema }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'import.progress': method<ImportProgress>()({
    summary: 'How far an import has come.',
    input: z.strictObject({ jobId: z.string().min(1).max(64) }),
    access: [...ARCHIVE_TRANSFER_ROLES, ...STORE_KEEPERS],
    kind: 'read',
  }),
};
