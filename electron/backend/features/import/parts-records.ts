// Turns the rows of a spare parts list into parts to create, and says exactly what is wrong with each bad row: a code
// twice in the file or already in the store, a missing name or unit, a reorder point finer than the unit allows, a
// price that is not yuan and fen.
import { sql, type Db } from '../../db/connection';
import type { FieldIssue } from '../../../../shared/api/envelope';
import type { ImportRowProblem, PartImportField, PartImportMapping } from '../../../../shared/api/import';
import type { PartStatus } from '../../../../shared/api/parts';
import { codeKey } from '../../../../shared/customers/text';
import { parsePartStatus, parseYuan, splitModels } from '../../../../shared/parts/columns';
import { decimalsOfUnit, fitsDecimals, MAX_UNITS, toMilli } from '../../../../shared/parts/quantity';
import type { Sheet } from './spreadsheet';

export interface PartRecord {
  row: number;
  code: string;
  name: string;
  spec: string;
  unit: string;
  decimals: number;
  bin: string;
  /** Thousandths of the unit. */
  reorderPoint: number;
  unitCostFen: number;
  status: PartStatus;
  models: string[];
  notes: string;
  /** Thousandths of the unit received as opening stock (期初库存), or 0. */
  openingStock: number;
}

export interface PartImportPlan {
  records: PartRecord[];
  problems: ImportRowProblem[];
}

const MAX_LENGTH: Partial<Record<PartImportField, number>> = {
  'part.code': 40,
  'part.name': 100,
  'part.spec': 80,
  'part.unit': 8,
  'part.bin': 40,
  'part.notes': 2000,
};
const MAX_MODELS = 50;
const MAX_MODEL_LENGTH = 80;
const LOOKUP_BATCH = 1000;

export function partValuesOf(cells: readonly string[], mapping: PartImportMapping): Partial<Record<PartImportField, string>> {
  const values: Partial<Record<PartImportField, string>> = {};
  for (const [field, column] of Object.entries(mapping) as [PartImportField, number][]) {
    const value = cells[column]?.normalize('NFKC').trim() ?? '';
    if (value !== '') values[field] = value;
  }
  return values;
}

/** A quantity cell in thousandths that fits the unit, or the issue with it. */
function quantityOf(text: string | undefined, unit: string, decimals: number): { milli: number } | { key: string; params?: FieldIssue['params'] } {
  if (text === undefined) return { milli: 0 };
  const milli = toMilli(text);
  if (typeof milli === 'string') return { key: `validation.quantity.${milli}`, params: { maximum: MAX_UNITS } };
  if (milli < 0) return { key: 'validation.quantity.negative' };
  if (!fitsDecimals(milli, decimals)) return { key: 'validation.quantity.unitDecimals', params: { unit, decimals } };
  return { milli };
}

function readPartRow(row: number, v: Partial<Record<PartImportField, string>>): { record: PartRecord | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const issue = (path: PartImportField, key: string, params?: FieldIssue['params']) => issues.push({ path, key, ...(params && { params }) });
  for (const [field, max] of Object.entries(MAX_LENGTH) as [PartImportField, number][]) {
    if ((v[field]?.length ?? 0) > max) issue(field, 'validation.tooBig', { maximum: max });
  }
  const code = v['part.code'] ?? '';
  const name = v['part.name'] ?? '';
  const unit = v['part.unit'] ?? '';
  if (code === '') issue('part.code', 'validation.required');
  if (name === '') issue('part.name', 'validation.required');
  if (unit === '') issue('part.unit', 'validation.required');
  const decimals = decimalsOfUnit(unit);
  const reorder = quantityOf(v['part.reorderPoint'], unit, decimals);
  if ('key' in reorder) issue('part.reorderPoint', reorder.key, reorder.params);
  const opening = quantityOf(v['part.openingStock'], unit, decimals);
  if ('key' in opening) issue('part.openingStock', opening.key, opening.params);
  const price = v['part.unitCost'];
  const unitCostFen = price === undefined ? 0 : parseYuan(price);
  if (unitCostFen === null) issue('part.unitCost', 'validation.amount');
  const status = parsePartStatus(v['part.status'] ?? '');
  if (status === null) issue('part.status', 'validation.invalidChoice');
  const models = splitModels(v['part.models'] ?? '');
  if (models.length > MAX_MODELS || models.some((m) => m.length > MAX_MODEL_LENGTH)) issue('part.models', 'validation.tooBig', { maximum: MAX_MODEL_LENGTH });
  if (issues.length > 0 || 'key' in reorder || 'key' in opening || unitCostFen === null || status === null) return { record: null, issues };
  return {
    issues,
    record: {
      row,
      code,
      name,
      spec: v['part.spec'] ?? '',
      unit,
      decimals,
      bin: v['part.bin'] ?? '',
      reorderPoint: reorder.milli,
      unitCostFen,
      status,
      models: [...new Set(models)],
      notes: v['part.notes'] ?? '',
      openingStock: opening.milli,
    },
  };
}

/** The code keys, among these, of parts the store has. */
function codesInStore(db: Db, keys: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let start = 0; start < keys.length; start += LOOKUP_BATCH) {
    const batch = keys.slice(start, start + LOOKUP_BATCH);
    const rows = sql(db, 'SELECT p.code_key FROM json_each(?) j JOIN parts p ON p.code_key = j.value').pluck().all(JSON.stringify(batch)) as string[];
    for (const key of rows) found.add(key);
  }
  return found;
}

/** Reads every row and checks the codes against each other and against the store. */
export function planPartsImport(db: Db, sheetRows: Sheet['rows'], mapping: PartImportMapping): PartImportPlan {
  const read = sheetRows.map(({ row, cells }) => {
    const values = partValuesOf(cells, mapping);
    const checked = readPartRow(row, values);
    const code = values['part.code'];
    // A code too long or missing is said already; the others are looked up.
    const key = code === undefined || checked.issues.some((i) => i.path === 'part.code') ? null : codeKey(code);
    return { row, key, ...checked };
  });
  const keys = read.map((r) => r.key);
  const taken = codesInStore(db, keys.filter((key) => key !== null));
  const firstRowOf = new Map<string, number>();
  const records: PartRecord[] = [];
  const problems: ImportRowProblem[] = [];
  read.forEach(({ row, record, issues }, index) => {
    const key = keys[index];
    if (key) {
      if (taken.has(key)) issues.push({ path: 'part.code', key: 'validation.partCodeTaken' });
      const first = firstRowOf.get(key);
      if (first !== undefined) issues.push({ path: 'part.code', key: 'import.partCodeTwice', params: { row: first } });
      else firstRowOf.set(key, row);
    }
    if (issues.length > 0 || !record) problems.push({ row, issues });
    else records.push(record);
  });
  return { records, problems };
}
