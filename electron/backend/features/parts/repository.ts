// Parts (备品备件) as stored: the row, its stock (kept by the ledger's triggers), models and substitutes, and the search
// index of its name.
import { sql, type Db } from '../../db/connection';
import { insertRow, updateVersionedRow } from '../../db/versioned';
import { codeKey } from '../../../../shared/customers/text';
import type { BinSummary, Part, PartStatus, PartSummary } from '../../../../shared/api/parts';
import { MILLI } from '../../../../shared/parts/quantity';
import { searchDocument } from '../../lib/search-document';

export interface PartRow {
  id: number;
  code: string;
  code_key: string;
  name: string;
  spec: string;
  unit: string;
  decimals: number;
  bin: string;
  reorder_point: number;
  unit_cost_fen: number;
  status: PartStatus;
  notes: string;
  version: number;
  created_at: number;
  updated_at: number;
}

/** A part's row with its stock (thousandths and fen), as every summary is built from. */
export interface PartStockRow extends PartRow {
  on_hand: number;
  value_fen: number;
}

/** A bin as people type it: full-width read as plain, upper case, no spaces. */
export function binKey(bin: string): string {
  return bin.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}

export const SUMMARY_COLUMNS = 'p.*, s.on_hand, s.value_fen';
export const SUMMARY_FROM = 'parts p JOIN part_stock s ON s.part_id = p.id';

export function units(milli: number): number {
  return milli / MILLI;
}

/** The moving average cost of one unit in fen: the stock's value over its quantity, or the price list's with none. */
export function averageCostFen(row: Pick<PartStockRow, 'on_hand' | 'value_fen' | 'unit_cost_fen'>): number {
  return row.on_hand > 0 ? Math.round((row.value_fen * MILLI) / row.on_hand) : row.unit_cost_fen;
}

export function toSummary(row: PartStockRow): PartSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    spec: row.spec,
    unit: row.unit,
    decimals: row.decimals,
    bin: row.bin,
    status: row.status,
    onHand: units(row.on_hand),
    reorderPoint: units(row.reorder_point),
    low: row.on_hand < row.reorder_point,
    valueFen: row.value_fen,
    averageCostFen: averageCostFen(row),
  };
}

export function findPartRow(db: Db, id: number): PartStockRow | null {
  return (sql(db, `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE p.id = ?`).get(id) as PartStockRow | undefined) ?? null;
}

export function findPartByCode(db: Db, code: string): PartStockRow | null {
  return (sql(db, `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE p.code_key = ?`).get(codeKey(code)) as PartStockRow | undefined) ?? null;
}

export function summariesOf(db: Db, ids: readonly number[]): PartSummary[] {
  if (ids.length === 0) return [];
  const rows = sql(db, `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE p.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as PartStockRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row)] : [];
  });
}

export function toPart(db: Db, row: PartStockRow): Part {
  const models = sql(db, 'SELECT m.id, m.model FROM part_models pm JOIN product_models m ON m.id = pm.model_id WHERE pm.part_id = ? ORDER BY m.model_key').all(
    row.id,
  ) as Part['models'];
  const substituteIds = sql(db, 'SELECT substitute_id FROM part_substitutes WHERE part_id = ?').pluck().all(row.id) as number[];
  const substituteForIds = sql(db, 'SELECT part_id FROM part_substitutes WHERE substitute_id = ?').pluck().all(row.id) as number[];
  return {
    ...toSummary(row),
    unitCostFen: row.unit_cost_fen,
    notes: row.notes,
    models,
    substitutes: summariesOf(db, substituteIds),
    substituteFor: summariesOf(db, substituteForIds),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function codeTaken(db: Db, code: string, exceptId: number | null): boolean {
  const id = sql(db, 'SELECT id FROM parts WHERE code_key = ?').pluck().get(codeKey(code)) as number | undefined;
  return id !== undefined && id !== exceptId;
}

export interface PartColumns {
  code?: string | undefined;
  name?: string | undefined;
  spec?: string | undefined;
  unit?: string | undefined;
  decimals?: number | undefined;
  bin?: string | undefined;
  reorder_point?: number | undefined;
  unit_cost_fen?: number | undefined;
  status?: PartStatus | undefined;
  notes?: string | undefined;
}

/** The stored columns of what is set, with the look-up keys of the code, spec and bin beside them. */
function withKeys(columns: PartColumns): Record<string, unknown> {
  return {
    ...columns,
    ...(columns.code !== undefined && { code_key: codeKey(columns.code) }),
    ...(columns.spec !== undefined && { spec_key: codeKey(columns.spec) }),
    ...(columns.bin !== undefined && { bin_key: binKey(columns.bin) }),
  };
}

export function insertPart(db: Db, columns: PartColumns & { code: string; name: string; unit: string }, now: number): number {
  const id = insertRow(db, 'parts', { ...withKeys(columns), created_at: now, updated_at: now });
  sql(db, 'INSERT INTO part_stock (part_id) VALUES (?)').run(id);
  refreshPartSearch(db, id, columns.name);
  return id;
}

export function updatePartColumns(db: Db, id: number, version: number, columns: PartColumns, now: number): boolean {
  const changed = updateVersionedRow(db, 'parts', id, version, withKeys(columns), now);
  if (changed && columns.name !== undefined) refreshPartSearch(db, id, columns.name);
  return changed;
}

export function refreshPartSearch(db: Db, id: number, name: string): void {
  const doc = searchDocument(name, 'organization');
  sql(db, 'DELETE FROM part_search WHERE rowid = ?').run(id);
  sql(db, 'INSERT INTO part_search (rowid, name_chars, pinyin, initials) VALUES (?, ?, ?, ?)').run(id, doc.name_chars, doc.pinyin, doc.initials);
}

export function replacePartModels(db: Db, partId: number, modelIds: readonly number[]): void {
  sql(db, 'DELETE FROM part_models WHERE part_id = ?').run(partId);
  const insert = sql(db, 'INSERT OR IGNORE INTO part_models (part_id, model_id) VALUES (?, ?)');
  for (const modelId of modelIds) insert.run(partId, modelId);
}

export function replaceSubstitutes(db: Db, partId: number, substituteIds: readonly number[]): void {
  sql(db, 'DELETE FROM part_substitutes WHERE part_id = ?').run(partId);
  const insert = sql(db, 'INSERT OR IGNORE INTO part_substitutes (part_id, substitute_id) VALUES (?, ?)');
  for (const substituteId of substituteIds) insert.run(partId, substituteId);
}

export function partExists(db: Db, id: number): boolean {
  return sql(db, 'SELECT 1 FROM parts WHERE id = ?').get(id) !== undefined;
}

/**
 * Active parts below their reorder point, the emptiest (in proportion) first. Every part is looked at (a scan of parts
 * with its stock row), but only the narrow keys of those below are sorted; the 500 shown are read whole afterwards
 * (sorting the whole rows of a few thousand parts took twice as long at 20,000 parts).
 */
export function lowStock(db: Db): PartSummary[] {
  const rows = sql(
    db,
    `WITH low AS MATERIALIZED (
       SELECT p.id, CAST(s.on_hand AS REAL) / p.reorder_point AS filled, p.code_key FROM ${SUMMARY_FROM}
       WHERE p.status = 'active' AND s.on_hand < p.reorder_point
       ORDER BY filled, p.code_key
       LIMIT 500
     )
     SELECT ${SUMMARY_COLUMNS} FROM low CROSS JOIN parts p ON p.id = low.id CROSS JOIN part_stock s ON s.part_id = low.id
     ORDER BY low.filled, low.code_key`,
  ).all() as PartStockRow[];
  return rows.map(toSummary);
}

export function bins(db: Db): BinSummary[] {
  return sql(db, "SELECT bin, count(*) AS parts FROM parts WHERE bin <> '' GROUP BY bin_key ORDER BY bin_key").all() as BinSummary[];
}

export interface PartListFilter {
  bin?: string | undefined;
  status?: PartStatus | undefined;
  low?: boolean | undefined;
}

/** A page of the parts by code after `afterCode` (keyset on the code's key). */
export function listParts(db: Db, filter: PartListFilter, afterCode: string | null, limit: number): PartStockRow[] {
  return sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
     WHERE (@bin IS NULL OR p.bin_key = @bin) AND (@status IS NULL OR p.status = @status)
       AND (@low = 0 OR s.on_hand < p.reorder_point) AND (@after IS NULL OR p.code_key > @after)
     ORDER BY p.code_key LIMIT @limit`,
  ).all({
    bin: filter.bin === undefined ? null : binKey(filter.bin),
    status: filter.status ?? null,
    low: filter.low ? 1 : 0,
    after: afterCode,
    limit,
  }) as PartStockRow[];
}
