// Reads a file's rows into the customers, contacts and equipment they describe and says exactly what is wrong with each
// bad row, with nothing but the file: it runs in the import's worker thread (file-worker.ts). What needs the archive
// (serial numbers on file, customers on file) is records.ts's.
import { phoneInputSchema } from '../../../../shared/api/customers';
import type { ImportField, ImportMapping } from '../../../../shared/api/import';
import type { FieldIssue } from '../../../../shared/api/envelope';
import { parseCustomerKind, parseSpreadsheetDate, splitPhones } from '../../../../shared/customers/columns';
import { foldPhoneWidth } from '../../../../shared/customers/phones';
import { codeKey, nameKey } from '../../../../shared/customers/text';
import type { Sheet } from './spreadsheet';

export interface ImportRecord {
  row: number;
  /** The file's customer the row belongs to (matching.ts); set when the file is planned. */
  customerKey: string;
  /** The customer's folded name (nameKey), as the archive stores it. */
  nameKey: string;
  customer: { code: string; name: string; kind: 'organization' | 'individual'; address: string; region: string; notes: string };
  contact: { name: string; title: string; email: string; phones: string[] } | null;
  siteName: string | null;
  equipment: {
    model: string;
    serialNumber: string;
    /** The serial number as stored for look-ups (codeKey). */
    serialKey: string;
    category: string;
    installDate: string | null;
    acceptanceDate: string | null;
    warrantyStart: string | null;
    warrantyEnd: string | null;
  } | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_FIELDS = ['equipment.installDate', 'equipment.acceptanceDate', 'equipment.warrantyStart', 'equipment.warrantyEnd'] as const;
const MAX_LENGTH: Partial<Record<ImportField, number>> = {
  'customer.code': 40,
  'customer.name': 120,
  'customer.address': 300,
  'customer.region': 60,
  'customer.notes': 4000,
  'contact.name': 60,
  'contact.title': 60,
  'contact.email': 120,
  'site.name': 120,
  'equipment.model': 80,
  'equipment.serialNumber': 80,
  'equipment.category': 60,
};

const MAX_LENGTH_ENTRIES = Object.entries(MAX_LENGTH) as [ImportField, number][];

export function valuesOf(cells: readonly string[], mapping: ImportMapping): Partial<Record<ImportField, string>> {
  return valuesIn(cells, Object.entries(mapping) as [ImportField, number][]);
}

function valuesIn(cells: readonly string[], columns: readonly [ImportField, number][]): Partial<Record<ImportField, string>> {
  const values: Partial<Record<ImportField, string>> = {};
  for (const [field, column] of columns) {
    const value = cells[column]?.trim() ?? '';
    if (value !== '') values[field] = value;
  }
  return values;
}

/** The answer of `read` for each distinct text: a file repeats its kinds, dates, models and customer names many times
 * (phone numbers hardly: remembering them cost more than it saved). */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      value = read(text);
      known.set(text, value);
    }
    return value as T;
  };
}

/** What was read of one file before, at hand for its next rows. */
function knownOfFile() {
  return {
    kindOf: remembered(parseCustomerKind),
    dateOf: remembered(parseSpreadsheetDate),
    nameKeyOf: remembered(nameKey),
    modelKeyOf: remembered(codeKey),
  };
}
type KnownOfFile = ReturnType<typeof knownOfFile>;

function readRow(
  row: number,
  v: Partial<Record<ImportField, string>>,
  known: KnownOfFile,
): { record: ImportRecord | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const issue = (path: ImportField, key: string, params?: FieldIssue['params']) => issues.push({ path, key, ...(params && { params }) });
  for (const [field, max] of MAX_LENGTH_ENTRIES) {
    if ((v[field]?.length ?? 0) > max) issue(field, 'validation.tooBig', { maximum: max });
  }
  const name = v['customer.name'] ?? '';
  if (name === '') issue('customer.name', 'validation.required');
  const kind = known.kindOf(v['customer.kind'] ?? '');
  if (!kind) issue('customer.kind', 'validation.invalidChoice');
  const phones = splitPhones(v['contact.phones'] ?? '').map(foldPhoneWidth);
  if (phones.some((p) => !phoneInputSchema.safeParse(p).success)) issue('contact.phones', 'validation.phoneChars');
  const email = v['contact.email'] ?? '';
  if (email !== '' && !EMAIL.test(email)) issue('contact.email', 'validation.email');
  const dates: Partial<Record<(typeof DATE_FIELDS)[number], string | null>> = {};
  for (const field of DATE_FIELDS) {
    const text = v[field];
    if (text === undefined) continue;
    dates[field] = known.dateOf(text);
    if (dates[field] === null) issue(field, 'validation.date');
  }
  const model = v['equipment.model'] ?? '';
  const serial = v['equipment.serialNumber'] ?? '';
  const hasEquipment = model !== '' || serial !== '' || DATE_FIELDS.some((f) => v[f] !== undefined);
  if (hasEquipment && model === '') issue('equipment.model', 'validation.required');
  if (hasEquipment && serial === '') issue('equipment.serialNumber', 'validation.required');
  const start = dates['equipment.warrantyStart'];
  const end = dates['equipment.warrantyEnd'];
  if (start && end && end < start) issue('equipment.warrantyEnd', 'validation.warrantyEndBeforeStart');
  if (issues.length > 0 || !kind) return { record: null, issues };

  const contactName = v['contact.name'] ?? (phones.length > 0 || email !== '' ? name : '');
  return {
    issues,
    record: {
      row,
      customerKey: '',
      nameKey: known.nameKeyOf(name),
      customer: { code: v['customer.code'] ?? '', name, kind, address: v['customer.address'] ?? '', region: v['customer.region'] ?? '', notes: v['customer.notes'] ?? '' },
      contact: contactName === '' ? null : { name: contactName, title: v['contact.title'] ?? '', email, phones },
      siteName: v['site.name'] ?? null,
      equipment: hasEquipment
        ? {
            model,
            serialNumber: serial,
            serialKey: codeKey(serial),
            category: v['equipment.category'] ?? '',
            installDate: dates['equipment.installDate'] ?? null,
            acceptanceDate: dates['equipment.acceptanceDate'] ?? null,
            warrantyStart: start ?? null,
            warrantyEnd: end ?? null,
          }
        : null,
    },
  };
}

/** One row of the file as read: its record if the file alone finds nothing wrong with it, and what is wrong. */
export interface FileRow {
  row: number;
  record: ImportRecord | null;
  issues: FieldIssue[];
  /** The row's unit as `model key \0 serial key`, to check against the file's other rows and the archive; null without one. */
  serialKey: string | null;
}

/** Reads every row of the file with the mapping. */
export function readFileRows(sheet: Sheet, mapping: ImportMapping): FileRow[] {
  const known = knownOfFile();
  const columns = Object.entries(mapping) as [ImportField, number][];
  return sheet.rows.map(({ row, cells }) => {
    const { record, issues } = readRow(row, valuesIn(cells, columns), known);
    const serialKey = record?.equipment ? `${known.modelKeyOf(record.equipment.model)}\u0000${record.equipment.serialKey}` : null;
    return { row, record, issues, serialKey };
  });
}
