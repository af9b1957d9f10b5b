// Purchase requests as stored: the request, its lines, its receipts; what each line has received is read from the
// ledger (the receipt movements that name the request's receipts), never kept in a column of its own.
import { sql, type Db } from '../../db/connection';
import type { PurchaseLine, PurchaseReceipt, PurchaseRequest, PurchaseSummary } from '../../../../shared/api/purchases';
import type { PurchaseState } from '../../../../shared/purchases/workflow';
import { costOf, MILLI } from '../../../../shared/parts/quantity';
import { decodeListCursor, keysetPage } from '../../lib/keyset';
import { movementHistory } from '../stock';

export interface PurchaseRow {
  id: number;
  number: string;
  state: PurchaseState;
  reason: string;
  requested_by: number | null;
  requested_at: number;
  submitted_at: number | null;
  decided_by: number | null;
  decided_at: number | null;
  rejection_reason: string;
  closed_by: number | null;
  closed_at: number | null;
  close_reason: string;
  version: number;
  created_at: number;
  updated_at: number;
}

/** A line with its part and the part's stock, quantities in thousandths. */
export interface PurchaseLineRow {
  part_id: number;
  quantity: number;
  estimated_unit_cost_fen: number;
  code: string;
  name: string;
  spec: string;
  unit: string;
  decimals: number;
  reorder_point: number;
  on_hand: number;
}

export interface ReceiptRow {
  id: number;
  number: string;
  received_by: number | null;
  received_by_name: string | null;
  received_at: number;
  note: string;
}

/** The most receipts a request's page reads (and the most movements of one receipt): far more than ever come. */
const MOST = 500;

export function findPurchaseRow(db: Db, id: number): PurchaseRow | null {
  return (sql(db, 'SELECT * FROM purchase_requests WHERE id = ?').get(id) as PurchaseRow | undefined) ?? null;
}

export function lineRows(db: Db, purchaseId: number): PurchaseLineRow[] {
  return sql(
    db,
    `SELECT l.part_id, l.quantity, l.estimated_unit_cost_fen, p.code, p.name, p.spec, p.unit, p.decimals, p.reorder_point, s.on_hand
     FROM purchase_lines l JOIN parts p ON p.id = l.part_id JOIN part_stock s ON s.part_id = l.part_id
     WHERE l.purchase_id = ? ORDER BY l.id`,
  ).all(purchaseId) as PurchaseLineRow[];
}

export function replaceLines(db: Db, purchaseId: number, lines: ReadonlyArray<{ partId: number; quantity: number; estimatedUnitCostFen: number }>): void {
  sql(db, 'DELETE FROM purchase_lines WHERE purchase_id = ?').run(purchaseId);
  const insert = sql(db, 'INSERT INTO purchase_lines (purchase_id, part_id, quantity, estimated_unit_cost_fen) VALUES (?, ?, ?, ?)');
  for (const line of lines) insert.run(purchaseId, line.partId, line.quantity, line.estimatedUnitCostFen);
}

export function receiptRows(db: Db, purchaseId: number): ReceiptRow[] {
  return sql(
    db,
    `SELECT r.id, r.number, r.received_by, u.display_name AS received_by_name, r.received_at, r.note
     FROM purchase_receipts r LEFT JOIN users u ON u.id = r.received_by
     WHERE r.purchase_id = ? ORDER BY r.id LIMIT ${MOST}`,
  ).all(purchaseId) as ReceiptRow[];
}

export function insertReceipt(db: Db, purchaseId: number, number: string, userId: number, note: string, now: number): number {
  return Number(
    sql(db, 'INSERT INTO purchase_receipts (purchase_id, number, received_by, received_at, note) VALUES (?, ?, ?, ?, ?)').run(purchaseId, number, userId, now, note)
      .lastInsertRowid,
  );
}

/** Each receipt with its movements (the ledger's, oldest first), and what every part has received in all (thousandths). */
export function receiptsOf(db: Db, purchaseId: number): { receipts: PurchaseReceipt[]; received: Map<number, number> } {
  const received = new Map<number, number>();
  const receipts = receiptRows(db, purchaseId).map((receipt) => {
    const movements = movementHistory(db, { sourceKind: 'purchase_receipt', sourceId: receipt.id }, undefined, MOST).items.reverse();
    // A reversal counts (it takes back what its movement brought) but is not a line of the receipt.
    for (const movement of movements) received.set(movement.partId, (received.get(movement.partId) ?? 0) + Math.round(movement.quantity * MILLI));
    return {
      id: receipt.id,
      number: receipt.number,
      receivedAt: receipt.received_at,
      receivedByName: receipt.received_by_name,
      note: receipt.note,
      lines: movements
        .filter((movement) => movement.reversesId === null)
        .map((movement) => ({
          movementId: movement.id,
          partId: movement.partId,
          code: movement.partCode,
          name: movement.partName,
          unit: movement.unit,
          quantity: movement.quantity,
          unitCostFen: movement.unitCostFen,
          reversedById: movement.reversedById,
        })),
    };
  });
  return { receipts, received };
}

export function toLine(row: PurchaseLineRow, receivedMilli: number): PurchaseLine {
  return {
    partId: row.part_id,
    code: row.code,
    name: row.name,
    spec: row.spec,
    unit: row.unit,
    decimals: row.decimals,
    ordered: row.quantity / MILLI,
    received: receivedMilli / MILLI,
    outstanding: Math.max(0, row.quantity - receivedMilli) / MILLI,
    estimatedUnitCostFen: row.estimated_unit_cost_fen,
    estimatedAmountFen: costOf(row.quantity, row.estimated_unit_cost_fen),
    onHand: row.on_hand / MILLI,
    reorderPoint: row.reorder_point / MILLI,
  };
}

function userName(db: Db, id: number | null): string | null {
  if (id === null) return null;
  return (sql(db, 'SELECT display_name FROM users WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

const partsText = (lines: ReadonlyArray<{ code: string; name: string }>) => lines.map((line) => `${line.code} ${line.name}`).join('、');

/** The request as its page shows it. */
export function toPurchase(db: Db, row: PurchaseRow): PurchaseRequest {
  const { receipts, received } = receiptsOf(db, row.id);
  const lines = lineRows(db, row.id).map((line) => toLine(line, received.get(line.part_id) ?? 0));
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    reason: row.reason,
    requestedByName: userName(db, row.requested_by),
    requestedAt: row.requested_at,
    submittedAt: row.submitted_at,
    lineCount: lines.length,
    estimatedTotalFen: lines.reduce((sum, line) => sum + line.estimatedAmountFen, 0),
    partsText: partsText(lines),
    lines,
    receipts,
    decidedByName: userName(db, row.decided_by),
    decidedAt: row.decided_at,
    rejectionReason: row.rejection_reason,
    closedByName: userName(db, row.closed_by),
    closedAt: row.closed_at,
    closeReason: row.close_reason,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface SummaryRow extends PurchaseRow {
  requested_by_name: string | null;
  line_count: number;
  /** JSON: [[quantity, estimated unit cost, code, name], …] in line order. */
  lines_json: string;
}

const SUMMARY = `SELECT q.*, u.display_name AS requested_by_name,
    (SELECT count(*) FROM purchase_lines l WHERE l.purchase_id = q.id) AS line_count,
    (SELECT json_group_array(json_array(l.quantity, l.estimated_unit_cost_fen, p.code, p.name))
       FROM (SELECT * FROM purchase_lines WHERE purchase_id = q.id ORDER BY id) l JOIN parts p ON p.id = l.part_id) AS lines_json
  FROM purchase_requests q`;

function toSummary(row: SummaryRow): PurchaseSummary {
  const lines = (JSON.parse(row.lines_json) as Array<[number, number, string, string]>).map(([quantity, cost, code, name]) => ({ quantity, cost, code, name }));
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    reason: row.reason,
    requestedByName: row.requested_by_name,
    requestedAt: row.requested_at,
    submittedAt: row.submitted_at,
    lineCount: row.line_count,
    estimatedTotalFen: lines.reduce((sum, line) => sum + costOf(line.quantity, line.cost), 0),
    partsText: partsText(lines),
  };
}

/** Newest first, by state (its index) or all (the primary key), `limit` after the cursor. */
export function listPurchases(db: Db, state: PurchaseState | undefined, after: string | undefined, limit: number): { items: PurchaseSummary[]; nextCursor: string | null } {
  const cursor = decodeListCursor(after);
  const from = state === undefined ? 'purchase_requests q' : 'purchase_requests q INDEXED BY purchase_requests_by_state';
  const rows = sql(
    db,
    `${SUMMARY.replace('purchase_requests q', from)} LEFT JOIN users u ON u.id = q.requested_by
     WHERE q.id < @before ${state === undefined ? '' : 'AND q.state = @state'} ORDER BY q.id DESC LIMIT @limit`,
  ).all({ before: cursor?.id ?? Number.MAX_SAFE_INTEGER, state: state ?? null, limit: limit + 1 }) as SummaryRow[];
  return keysetPage(rows.map(toSummary), limit, () => 0);
}

/** Requests in these states, the longest waiting first (at most `limit`). */
export function waitingIn(db: Db, states: readonly PurchaseState[], limit: number): PurchaseSummary[] {
  const rows = sql(
    db,
    `${SUMMARY} INDEXED BY purchase_requests_by_state LEFT JOIN users u ON u.id = q.requested_by
     WHERE q.state IN (SELECT value FROM json_each(@states)) ORDER BY q.id LIMIT @limit`,
  ).all({ states: JSON.stringify(states), limit }) as SummaryRow[];
  return rows.map(toSummary);
}
