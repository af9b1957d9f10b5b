// Turns spreadsheet rows into customers, contacts and equipment to create, and says exactly what is wrong with each bad row.
import { sql, type Db } from '../../db/connection';
import { phoneInputSchema } from '../../../../shared/api/customers';
import type { ImportDecision, ImportDuplicate, ImportField, ImportMapping, ImportRowProblem } from '../../../../shared/api/import';
import type { FieldIssue } from '../../../../shared/api/envelope';
import { parseCustomerKind, parseSpreadsheetDate, splitPhones } from '../../../../shared/customers/columns';
import { foldPhoneWidth } from '../../../../shared/customers/phones';
import { codeKey, nameKey } from '../../../../shared/customers/text';
import { fieldInvalid } from '../../lib/errors';
import { duplicateOf, groupFileCustomers, matchArchive } from './matching';
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

export interface ImportPlan {
  /** The rows to import: every valid row but those of possible duplicates the user left out. */
  records: ImportRecord[];
  /** Every valid row, whatever was decided of it. */
  validRowCount: number;
  problems: ImportRowProblem[];
  /** The file's customers (by customerKey) that are customers on file: their rows are added to them. */
  existingCustomerIds: Map<string, number>;
  customersToCreate: number;
  customersToAddTo: number;
  equipmentToCreate: number;
  /** Customers of the file that may be customers on file, with no decision yet. */
  undecided: ImportDuplicate[];
  /** Every possible duplicate, decided or not. */
  possibleDuplicates: ImportDuplicate[];
}

const LOOKUP_BATCH = 1000;

/** Splits `items` into batches for lookups that take a JSON array of keys, one statement per batch. */
function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += LOOKUP_BATCH) yield items.slice(start, start + LOOKUP_BATCH);
}

/** The model and serial keys, among the given pairs, that the archive already has (as `model\0serial`). */
function serialsInArchive(db: Db, pairs: readonly (readonly [string, string])[]): Set<string> {
  const found = new Set<string>();
  // A serial can be taken only under a model the archive has: the few models are looked up first.
  const models = new Set<string>();
  for (const batch of batches([...new Set(pairs.map(([model]) => model))])) {
    const rows = sql(db, 'SELECT m.model_key AS model FROM json_each(?) j JOIN product_models m ON m.model_key = j.value').all(
      JSON.stringify(batch),
    ) as { model: string }[];
    for (const row of rows) models.add(row.model);
  }
  for (const batch of batches(pairs.filter(([model]) => models.has(model)))) {
    const rows = sql(
      db,
      `SELECT m.model_key AS model, e.serial_key AS serial FROM json_each(?) j
       JOIN product_models m ON m.model_key = j.value ->> 0
       JOIN equipment e ON e.model_id = m.id AND e.serial_key = j.value ->> 1`,
    ).all(JSON.stringify(batch)) as { model: string; serial: string }[];
    for (const row of rows) found.add(`${row.model}\u0000${row.serial}`);
  }
  return found;
}

/** Reads every row; checks serial numbers against each other and against the archive. */
export function planImport(
  db: Db,
  sheet: Sheet,
  mapping: ImportMapping,
  decisions: Readonly<Record<string, ImportDecision>> = {},
  otherDuplicates?: 'new' | 'skip',
): ImportPlan {
  const known = knownOfFile();
  const columns = Object.entries(mapping) as [ImportField, number][];
  const read = sheet.rows.map(({ row, cells }) => ({ row, ...readRow(row, valuesIn(cells, columns), known) }));
  const serialPairs = read.map(({ record }) =>
    record?.equipment ? ([known.modelKeyOf(record.equipment.model), record.equipment.serialKey] as const) : null,
  );
  const serialKeys = serialPairs.map((pair) => (pair ? pair.join('\u0000') : null));
  const taken = serialsInArchive(db, serialPairs.filter((pair) => pair !== null));
  const records: ImportRecord[] = [];
  const problems: ImportRowProblem[] = [];
  const serialsInFile = new Set<string>();
  read.forEach(({ row, record, issues }, index) => {
    const key = serialKeys[index];
    if (key) {
      if (serialsInFile.has(key) || taken.has(key)) issues.push({ path: 'equipment.serialNumber', key: 'validation.serialTaken' });
      serialsInFile.add(key);
    }
    if (issues.length > 0 || !record) problems.push({ row, issues });
    else records.push(record);
  });
  return planCustomers(db, records, problems, decisions, otherDuplicates);
}

/** Groups the valid rows into the file's customers, matches them to the archive and applies the user's decisions. */
function planCustomers(
  db: Db,
  valid: readonly ImportRecord[],
  problems: ImportRowProblem[],
  decisions: Readonly<Record<string, ImportDecision>>,
  otherDuplicates: 'new' | 'skip' | undefined,
): ImportPlan {
  const customers = groupFileCustomers(valid);
  const matches = matchArchive(db, customers);
  const existingCustomerIds = new Map<string, number>();
  const records: ImportRecord[] = [];
  const possibleDuplicates: ImportDuplicate[] = [];
  const undecided: ImportDuplicate[] = [];
  let customersToCreate = 0;
  for (const customer of customers) {
    for (const record of customer.records) record.customerKey = customer.key;
    const match = matches.get(customer.key)!;
    let target: number | 'new' | 'skip' = match.kind === 'existing' ? match.customerId : 'new';
    if (match.kind === 'possibleDuplicate') {
      const duplicate = duplicateOf(customer, match.candidates);
      possibleDuplicates.push(duplicate);
      const decision = decisions[customer.key] ?? otherDuplicates;
      if (decision === undefined) {
        // Counted nowhere until the user decides (the import refuses to start before then).
        undecided.push(duplicate);
        continue;
      } else if (typeof decision === 'object') {
        if (!match.candidates.some((c) => c.id === decision.addTo)) {
          throw fieldInvalid(`decisions.${customer.key}`, 'import.notACandidate', `Customer ${decision.addTo} is not one the rows may be added to`);
        }
        target = decision.addTo;
      } else target = decision;
    }
    if (target === 'skip') continue;
    if (target === 'new') customersToCreate += 1;
    else existingCustomerIds.set(customer.key, target);
    records.push(...customer.records);
  }
  records.sort((a, b) => a.row - b.row);
  return {
    records,
    validRowCount: valid.length,
    problems,
    existingCustomerIds,
    customersToCreate,
    customersToAddTo: new Set(existingCustomerIds.values()).size,
    equipmentToCreate: records.filter((r) => r.equipment).length,
    undecided,
    possibleDuplicates,
  };
}
