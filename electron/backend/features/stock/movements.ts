// Reading the ledger: movements as the screens show them (who, when, why, the record that caused them), pages of a
// part's or a record's movements newest first, and the store's value at a moment (from each part's last movement by
// then: a look-up per part on (part_id, at, id), never a scan of the movements).
import { sql, type Db } from '../../db/connection';
import type { MovementKind, MovementSourceKind, StockMovement, Valuation } from '../../../../shared/api/stock';
import { MILLI } from '../../../../shared/parts/quantity';
import { dayNumber } from '../../../../shared/calendar/day-numbers';
import { zoneClock } from '../../../../shared/calendar/zone';
import { centerTimeZone } from '../../lib/center-time';
import { decodeListCursor, keysetPage } from '../../lib/keyset';
import type { MovementRow } from './ledger';

interface ListedMovementRow extends MovementRow {
  part_code: string;
  part_name: string;
  unit: string;
  by_name: string | null;
  reversed_by: number | null;
  purchase_id: number | null;
}

const LISTED = `SELECT m.*, p.code AS part_code, p.name AS part_name, p.unit, u.display_name AS by_name,
    (SELECT r.id FROM stock_movements r WHERE r.reverses_id = m.id) AS reversed_by,
    (SELECT pr.purchase_id FROM purchase_receipts pr WHERE m.source_kind = 'purchase_receipt' AND pr.id = m.source_id) AS purchase_id
  FROM stock_movements m JOIN parts p ON p.id = m.part_id LEFT JOIN users u ON u.id = m.by_user`;

function toMovement(row: ListedMovementRow): StockMovement {
  return {
    id: row.id,
    partId: row.part_id,
    partCode: row.part_code,
    partName: row.part_name,
    unit: row.unit,
    kind: row.kind,
    quantity: row.quantity / MILLI,
    valueFen: row.value_fen,
    balanceAfter: row.balance_after / MILLI,
    valueAfterFen: row.value_after_fen,
    unitCostFen: row.unit_cost_fen,
    reversesId: row.reverses_id,
    reversedById: row.reversed_by,
    source:
      row.source_kind !== null && row.source_id !== null
        ? { kind: row.source_kind, id: row.source_id, number: row.source_number, ...(row.purchase_id !== null && { purchaseId: row.purchase_id }) }
        : null,
    reason: row.reason,
    at: row.at,
    byName: row.by_name,
  };
}

export function movementById(db: Db, id: number): StockMovement | null {
  const row = sql(db, `${LISTED} WHERE m.id = ?`).get(id) as ListedMovementRow | undefined;
  return row ? toMovement(row) : null;
}

export interface HistoryFilter {
  partId?: number | undefined;
  kind?: MovementKind | undefined;
  sourceKind?: MovementSourceKind | undefined;
  sourceId?: number | undefined;
}

/**
 * Movements newest first (by id: the order they were posted), `limit` after the cursor. A part's walk its index
 * (part_id, id); a record's the source index; otherwise the primary key, filtered by kind.
 */
export function movementHistory(db: Db, filter: HistoryFilter, after: string | undefined, limit: number): { items: StockMovement[]; nextCursor: string | null } {
  const cursor = decodeListCursor(after);
  const conditions = ['(@before IS NULL OR m.id < @before)'];
  if (filter.partId !== undefined) conditions.push('m.part_id = @partId');
  if (filter.kind !== undefined) conditions.push('m.kind = @kind');
  if (filter.sourceKind !== undefined) conditions.push('m.source_kind = @sourceKind');
  if (filter.sourceId !== undefined) conditions.push('m.source_id = @sourceId');
  const index =
    filter.partId !== undefined ? 'stock_movements_by_part' : filter.sourceKind !== undefined && filter.sourceId !== undefined ? 'stock_movements_by_source' : null;
  const from = index ? `stock_movements m INDEXED BY ${index}` : 'stock_movements m';
  const rows = sql(db, `${LISTED.replace('stock_movements m', from)} WHERE ${conditions.join(' AND ')} ORDER BY m.id DESC LIMIT @limit`).all({
    before: cursor?.id ?? null,
    partId: filter.partId ?? null,
    kind: filter.kind ?? null,
    sourceKind: filter.sourceKind ?? null,
    sourceId: filter.sourceId ?? null,
    limit: limit + 1,
  }) as ListedMovementRow[];
  return keysetPage(rows.map(toMovement), limit, () => 0);
}

/** The instant a valuation is at: the end of the day given (in the center's time zone), or now. */
export function valuationMoment(db: Db, date: string | undefined, now: number): number {
  if (date === undefined) return now;
  return Math.min(now, zoneClock(centerTimeZone(db)).startOfDay(dayNumber(date) + 1) - 1);
}

/**
 * The store's value at `asOf`: every part's value after its last movement by then. Each part is one seek of the
 * covering index (part_id, at, id, balance_after, value_after_fen), the parts walked in id order (their stock rows)
 * so the seeks move forward through the index; the total is summed in SQL, and only with `withParts` are the parts with stock read out
 * (then sorted by code).
 */
export function valuation(db: Db, asOf: number, withParts: boolean): Valuation {
  const last = (column: string) => `(SELECT m.${column} FROM stock_movements m INDEXED BY stock_movements_by_part_time
      WHERE m.part_id = s.part_id AND m.at <= @asOf ORDER BY m.at DESC, m.id DESC LIMIT 1)`;
  // Every part has its stock row; that narrow table walked by its key is the parts in id order.
  const atMoment = `SELECT s.part_id, ${last('balance_after')} AS balance, ${last('value_after_fen')} AS value_fen FROM part_stock s NOT INDEXED`;
  const totals = sql(
    db,
    // A part with nothing in stock is worth nothing (the stock row's CHECK), so its value adds nothing to the sum.
    `SELECT coalesce(sum(value_fen), 0) AS total, coalesce(sum(balance > 0), 0) AS parts FROM (${atMoment})`,
  ).get({ asOf }) as { total: number; parts: number };
  const result: Valuation = { asOf, totalValueFen: totals.total, partsInStock: totals.parts };
  if (!withParts) return result;
  const rows = sql(
    db,
    `WITH v AS MATERIALIZED (${atMoment})
     SELECT v.part_id, v.balance, v.value_fen, p.code, p.code_key, p.name, p.unit FROM v JOIN parts p ON p.id = v.part_id WHERE v.balance > 0`,
  ).all({ asOf }) as Array<{ part_id: number; code: string; code_key: string; name: string; unit: string; balance: number; value_fen: number }>;
  rows.sort((a, b) => (a.code_key < b.code_key ? -1 : a.code_key > b.code_key ? 1 : 0));
  return {
    ...result,
    items: rows.map((row) => ({ partId: row.part_id, code: row.code, name: row.name, unit: row.unit, balance: row.balance / MILLI, valueFen: row.value_fen })),
  };
}
