// Turns a file's rows as read (file-rows.ts) into the plan of an import: what the archive already has, which customers
// on file the rows belong to, what the user decided of possible duplicates.
import { sql, type Db } from '../../db/connection';
import type { ImportDecision, ImportDuplicate, ImportRowProblem } from '../../../../shared/api/import';
import { fieldInvalid } from '../../lib/errors';
import { pacer } from '../../lib/pace';
import type { FileRow, ImportRecord } from './file-rows';
import { duplicateOf, groupFileCustomers, matchArchive } from './matching';

export type { ImportRecord } from './file-rows';

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

/** The units, among the given `model key \0 serial key`s, that the archive already has. */
async function serialsInArchive(db: Db, keys: readonly string[], pause: () => Promise<void>): Promise<Set<string>> {
  const found = new Set<string>();
  const modelOf = (key: string) => key.slice(0, key.indexOf('\u0000'));
  const fileModels = new Set<string>();
  for (const key of keys) fileModels.add(modelOf(key));
  await pause();
  // A serial can be taken only under a model the archive has: the few models are looked up first.
  const models = new Set<string>();
  for (const batch of batches([...fileModels])) {
    const rows = sql(db, 'SELECT m.model_key AS model FROM json_each(?) j JOIN product_models m ON m.model_key = j.value').all(
      JSON.stringify(batch),
    ) as { model: string }[];
    for (const row of rows) models.add(row.model);
    await pause();
  }
  const candidates: Array<[string, string]> = [];
  for (const key of keys) {
    const model = modelOf(key);
    if (models.has(model)) candidates.push([model, key.slice(model.length + 1)]);
  }
  await pause();
  for (const batch of batches(candidates)) {
    const rows = sql(
      db,
      `SELECT m.model_key AS model, e.serial_key AS serial FROM json_each(?) j
       JOIN product_models m ON m.model_key = j.value ->> 0
       JOIN equipment e ON e.model_id = m.id AND e.serial_key = j.value ->> 1`,
    ).all(JSON.stringify(batch)) as { model: string; serial: string }[];
    for (const row of rows) found.add(`${row.model}\u0000${row.serial}`);
    await pause();
  }
  return found;
}

/**
 * The plan of an import from the file's rows as read (file-rows.ts): serial numbers checked against each other and
 * against the archive, customers matched to the archive's, the user's decisions applied. Long work for a large file:
 * it pauses (`pause`, lib/pace.ts) so other calls go on meanwhile.
 */
export async function planImport(
  db: Db,
  fileRows: readonly FileRow[],
  decisions: Readonly<Record<string, ImportDecision>> = {},
  otherDuplicates?: 'new' | 'skip',
  pause = pacer(),
): Promise<ImportPlan> {
  const serialKeys: string[] = [];
  for (const { serialKey } of fileRows) if (serialKey !== null) serialKeys.push(serialKey);
  const taken = await serialsInArchive(db, serialKeys, pause);
  const records: ImportRecord[] = [];
  const problems: ImportRowProblem[] = [];
  const serialsInFile = new Set<string>();
  for (const { row, record, issues, serialKey } of fileRows) {
    let serialTaken = false;
    if (serialKey !== null) {
      serialTaken = serialsInFile.has(serialKey) || taken.has(serialKey);
      serialsInFile.add(serialKey);
    }
    if (serialTaken) problems.push({ row, issues: [...issues, { path: 'equipment.serialNumber', key: 'validation.serialTaken' }] });
    else if (issues.length > 0 || !record) problems.push({ row, issues });
    else records.push(record);
    await pause();
  }
  return planCustomers(db, records, problems, decisions, otherDuplicates, pause);
}

/** Groups the valid rows into the file's customers, matches them to the archive and applies the user's decisions. */
async function planCustomers(
  db: Db,
  valid: readonly ImportRecord[],
  problems: ImportRowProblem[],
  decisions: Readonly<Record<string, ImportDecision>>,
  otherDuplicates: 'new' | 'skip' | undefined,
  pause: () => Promise<void>,
): Promise<ImportPlan> {
  const customers = await groupFileCustomers(valid, pause);
  const matches = await matchArchive(db, customers, pause);
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
    for (const record of customer.records) records.push(record);
    await pause();
  }
  // The file's order; its customers were taken in the order of their first rows, so the rows are mostly in order.
  records.sort((a, b) => a.row - b.row);
  await pause();
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
