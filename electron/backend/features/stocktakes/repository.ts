// Count sheets as stored: the sheet, its lines (the book quantity when it was made, the count), and what each line's
// part has done since: movements after the sheet's last one, read through the (part_id, id) index, never a scan.
import { sql, type Db } from '../../db/connection';
import type { Stocktake, StocktakeLine, StocktakeSummary } from '../../../../shared/api/stocktakes';
import type { StocktakeState } from '../../../../shared/stocktakes/workflow';
import { differenceOf } from '../../../../shared/stocktakes/workflow';
import { keysetPage, type ListCursor } from '../../lib/keyset';
import { binKey, units } from '../parts';

export interface StocktakeRow {
  id: number;
  number: string;
  state: StocktakeState;
  bins: string;
  show_book: number;
  last_movement_id: number;
  made_by: number | null;
  made_at: number;
  reason: string;
  posted_by: number | null;
  posted_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

interface SummaryRow extends StocktakeRow {
  made_by_name: string | null;
  posted_by_name: string | null;
  line_count: number;
  counted_count: number;
}

/** A line with its part, its stock now and its part's movements since the sheet was made (thousandths). */
export interface LineRow {
  part_id: number;
  book_quantity: number;
  counted: number | null;
  counted_at: number | null;
  counted_by_name: string | null;
  added: number;
  code: string;
  name: string;
  spec: string;
  unit: string;
  decimals: number;
  bin: string;
  on_hand: number;
  moved_since: number;
  movements_since: number;
}

const SUMMARY = `SELECT t.*, mu.display_name AS made_by_name, pu.display_name AS posted_by_name,
    (SELECT COUNT(*) FROM stocktake_lines l WHERE l.stocktake_id = t.id) AS line_count,
    (SELECT COUNT(*) FROM stocktake_lines l WHERE l.stocktake_id = t.id AND l.counted IS NOT NULL) AS counted_count
  FROM stocktakes t LEFT JOIN users mu ON mu.id = t.made_by LEFT JOIN users pu ON pu.id = t.posted_by`;

export function findStocktakeRow(db: Db, id: number): StocktakeRow | null {
  return (sql(db, 'SELECT * FROM stocktakes WHERE id = ?').get(id) as StocktakeRow | undefined) ?? null;
}

function toSummary(row: SummaryRow): StocktakeSummary {
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    bins: JSON.parse(row.bins) as string[],
    showBook: row.show_book === 1,
    madeAt: row.made_at,
    madeByName: row.made_by_name,
    reason: row.reason,
    postedAt: row.posted_at,
    postedByName: row.posted_by_name,
    lineCount: row.line_count,
    countedCount: row.counted_count,
    version: row.version,
  };
}

/** The last movement of the ledger now: what a sheet made now has seen. */
export function lastMovementId(db: Db): number {
  return sql(db, 'SELECT COALESCE(MAX(id), 0) FROM stock_movements').pluck().get() as number;
}

/**
 * The lines of a new sheet: every part in the bins (all bins: the whole store) that is active or still has stock,
 * each with its balance now. Returns how many.
 */
export function insertSheetLines(db: Db, stocktakeId: number, bins: readonly string[]): number {
  const inBins = bins.length === 0 ? '1' : 'p.bin_key IN (SELECT value FROM json_each(@bins))';
  return sql(
    db,
    `INSERT INTO stocktake_lines (stocktake_id, part_id, book_quantity)
     SELECT @id, p.id, s.on_hand FROM parts p JOIN part_stock s ON s.part_id = p.id
     WHERE ${inBins} AND (p.status = 'active' OR s.on_hand > 0)`,
  ).run({ id: stocktakeId, bins: JSON.stringify(bins.map(binKey)) }).changes;
}

/** A part's balance just after movement `lastId` (its book quantity when a sheet that saw up to `lastId` was made). */
export function balanceAt(db: Db, partId: number, lastId: number): number {
  return (
    (sql(db, 'SELECT balance_after FROM stock_movements INDEXED BY stock_movements_by_part WHERE part_id = ? AND id <= ? ORDER BY id DESC LIMIT 1')
      .pluck()
      .get(partId, lastId) as number | undefined) ?? 0
  );
}

export function lineExists(db: Db, stocktakeId: number, partId: number): boolean {
  return sql(db, 'SELECT 1 FROM stocktake_lines WHERE stocktake_id = ? AND part_id = ?').pluck().get(stocktakeId, partId) !== undefined;
}

export function setCount(db: Db, stocktakeId: number, partId: number, counted: number | null, userId: number, now: number): void {
  sql(db, 'UPDATE stocktake_lines SET counted = ?, counted_by = ?, counted_at = ? WHERE stocktake_id = ? AND part_id = ?').run(
    counted,
    counted === null ? null : userId,
    counted === null ? null : now,
    stocktakeId,
    partId,
  );
}

export function addLine(db: Db, stocktakeId: number, partId: number, book: number, counted: number | null, userId: number, now: number): void {
  sql(
    db,
    `INSERT INTO stocktake_lines (stocktake_id, part_id, book_quantity, counted, counted_by, counted_at, added)
     VALUES (?, ?, ?, ?, ?, ?, 1)`,
  ).run(stocktakeId, partId, book, counted, counted === null ? null : userId, counted === null ? null : now);
}

/** What a part did since movement `@last`, leaving out the sheet's own adjustments (a posted sheet's). */
const SINCE = (aggregate: string) => `(SELECT ${aggregate} FROM stock_movements m INDEXED BY stock_movements_by_part
    WHERE m.part_id = l.part_id AND m.id > @last AND NOT (m.source_kind = 'stocktake' AND m.source_id = @id AND m.source_id IS NOT NULL))`;

/** The lines in the order the store is walked: by bin, then code. */
export function lineRows(db: Db, row: StocktakeRow): LineRow[] {
  return sql(
    db,
    `SELECT l.part_id, l.book_quantity, l.counted, l.counted_at, l.added, u.display_name AS counted_by_name,
       p.code, p.name, p.spec, p.unit, p.decimals, p.bin, s.on_hand,
       ${SINCE('COALESCE(SUM(m.quantity), 0)')} AS moved_since, ${SINCE('COUNT(*)')} AS movements_since
     FROM stocktake_lines l JOIN parts p ON p.id = l.part_id JOIN part_stock s ON s.part_id = l.part_id
       LEFT JOIN users u ON u.id = l.counted_by
     WHERE l.stocktake_id = @id ORDER BY p.bin_key, p.code_key`,
  ).all({ id: row.id, last: row.last_movement_id }) as LineRow[];
}

/** The adjustments a posted sheet made, by part (thousandths). */
function adjustmentsOf(db: Db, stocktakeId: number): Map<number, number> {
  const rows = sql(
    db,
    `SELECT part_id, SUM(quantity) AS quantity FROM stock_movements INDEXED BY stock_movements_by_source
     WHERE source_kind = 'stocktake' AND source_id = ? GROUP BY part_id`,
  ).all(stocktakeId) as Array<{ part_id: number; quantity: number }>;
  return new Map(rows.map((r) => [r.part_id, r.quantity]));
}

function toLine(row: LineRow, adjusted: Map<number, number> | null): StocktakeLine {
  const difference = differenceOf({ counted: row.counted, balance: row.on_hand });
  return {
    partId: row.part_id,
    code: row.code,
    name: row.name,
    spec: row.spec,
    unit: row.unit,
    decimals: row.decimals,
    bin: row.bin,
    book: units(row.book_quantity),
    counted: row.counted === null ? null : units(row.counted),
    countedAt: row.counted_at,
    countedByName: row.counted_by_name,
    balance: units(row.on_hand),
    movedSince: units(row.moved_since),
    movementsSince: row.movements_since,
    difference: difference === null ? null : units(difference),
    adjusted: adjusted ? units(adjusted.get(row.part_id) ?? 0) || null : null,
    added: row.added === 1,
  };
}

export function stocktakeOf(db: Db, id: number): Stocktake | null {
  const row = sql(db, `${SUMMARY} WHERE t.id = ?`).get(id) as SummaryRow | undefined;
  if (!row) return null;
  const adjusted = row.state === 'posted' ? adjustmentsOf(db, id) : null;
  const lines = lineRows(db, row).map((line) => toLine(line, adjusted));
  return { ...toSummary(row), lines, movedLines: lines.filter((line) => line.movementsSince > 0).length };
}

/** Newest first, by state through its index (state, id). */
export function listStocktakes(db: Db, state: StocktakeState | undefined, cursor: ListCursor | null, limit: number) {
  const rows = sql(
    db,
    `${SUMMARY.replace('FROM stocktakes t', `FROM stocktakes t${state ? ' INDEXED BY stocktakes_by_state' : ''}`)}
     WHERE t.id < @before ${state ? 'AND t.state = @state' : ''} ORDER BY t.id DESC LIMIT @limit`,
  ).all({ before: cursor?.id ?? Number.MAX_SAFE_INTEGER, state: state ?? null, limit: limit + 1 }) as SummaryRow[];
  return keysetPage(rows.map(toSummary), limit, () => 0);
}
