// The ledger (出入库台账): the one place every stock change goes through. A movement states the quantity and value it
// adds or takes away and the balance and value it leaves; the database's triggers check it continues the part's stock
// and refuse to edit or delete it (migration 012). Valuation is by moving average: a receipt brings its own cost, every
// decrease takes value in proportion to the quantity (all of it with the last unit), an increase that is not a receipt
// comes in at the average of the moment (the price-list cost when nothing is in stock).
import { sql, type Db } from '../../db/connection';
import { DomainError, invalidState, notFound } from '../../lib/errors';
import type { MovementKind, MovementSource } from '../../../../shared/api/stock';
import { averageValueOf, costOf, fitsDecimals, milliText } from '../../../../shared/parts/quantity';
import { findPartRow, type PartStockRow } from '../parts';

/** Kinds that add to stock; the rest take away (an adjustment either). A reversal has the opposite sign of its kind. */
const ADDING: ReadonlySet<MovementKind> = new Set(['receipt', 'return', 'loan_back']);
const TAKING: ReadonlySet<MovementKind> = new Set(['issue', 'loan_out', 'scrap']);

export interface MovementRow {
  id: number;
  part_id: number;
  kind: MovementKind;
  quantity: number;
  value_fen: number;
  balance_after: number;
  value_after_fen: number;
  unit_cost_fen: number | null;
  reverses_id: number | null;
  source_kind: MovementSource['kind'] | null;
  source_id: number | null;
  source_number: string;
  reason: string;
  at: number;
  by_user: number | null;
}

export interface Movement {
  partId: number;
  kind: MovementKind;
  /** Signed thousandths of the part's unit: positive adds, negative takes away. */
  quantity: number;
  /** A receipt's cost of one unit (default: the part's price-list cost). */
  unitCostFen?: number | undefined;
  source?: MovementSource | undefined;
  reason?: string | undefined;
  /** The form field the quantity was typed in, for the message of a refusal (default `quantity`). */
  field?: string | undefined;
}

function quantityFits(part: PartStockRow, quantity: number, field: string): void {
  if (!fitsDecimals(quantity, part.decimals)) {
    throw new DomainError('validation', `${part.code} is counted in ${part.unit} with at most ${part.decimals} decimals`, 'validation.quantity.unitDecimals', {
      fields: [{ path: field, key: 'validation.quantity.unitDecimals', params: { unit: part.unit, decimals: part.decimals } }],
    });
  }
}

/** The refusal of taking more than is there: names the part, what was asked and what is available. */
export function notEnoughStock(part: PartStockRow, asked: number, field = 'quantity'): DomainError {
  const params = { part: `${part.code} ${part.name}`, asked: milliText(asked), available: milliText(part.on_hand), unit: part.unit };
  return new DomainError(
    'invalid_state',
    `Not enough of ${params.part} in stock: ${params.asked} ${part.unit} asked, ${params.available} ${part.unit} available`,
    'stock.notEnough',
    { fields: [{ path: field, key: 'stock.notEnough', params }], params },
  );
}

function insertMovement(db: Db, part: PartStockRow, columns: Omit<MovementRow, 'id' | 'part_id' | 'balance_after' | 'value_after_fen'>): MovementRow {
  const row = {
    part_id: part.id,
    ...columns,
    // A decrease worth nothing is -0 in JavaScript; the row it returns says 0, as the database does.
    value_fen: columns.value_fen === 0 ? 0 : columns.value_fen,
    balance_after: part.on_hand + columns.quantity,
    value_after_fen: part.value_fen + columns.value_fen,
  };
  const id = Number(
    sql(
      db,
      `INSERT INTO stock_movements (part_id, kind, quantity, value_fen, balance_after, value_after_fen, unit_cost_fen, reverses_id,
         source_kind, source_id, source_number, reason, at, by_user)
       VALUES (@part_id, @kind, @quantity, @value_fen, @balance_after, @value_after_fen, @unit_cost_fen, @reverses_id,
         @source_kind, @source_id, @source_number, @reason, @at, @by_user)`,
    ).run(row).lastInsertRowid,
  );
  return { id, ...row };
}

/** The value an increase of `quantity` brings when it is not a receipt: the average of the moment, else the price list's. */
function valueAtAverage(part: PartStockRow, quantity: number): number {
  if (part.on_hand === 0) return costOf(quantity, part.unit_cost_fen);
  const product = BigInt(part.value_fen) * BigInt(quantity);
  const onHand = BigInt(part.on_hand);
  return Number(product / onHand + ((product % onHand) * 2n >= onHand ? 1n : 0n));
}

/**
 * Posts one movement inside the caller's write transaction and returns it. Refuses a quantity finer than the part's
 * unit allows, a sign the kind does not allow, and taking more than is in stock (`invalid_state`, `stock.notEnough`).
 */
export function postMovement(db: Db, movement: Movement, userId: number | null, now: number): MovementRow {
  if (!db.inTransaction) throw new Error('A stock movement is posted inside the write transaction of what caused it');
  const part = findPartRow(db, movement.partId);
  if (!part) throw notFound('Part', movement.partId);
  const field = movement.field ?? 'quantity';
  const { kind, quantity } = movement;
  if (quantity === 0 || (ADDING.has(kind) && quantity < 0) || (TAKING.has(kind) && quantity > 0)) {
    throw new Error(`A ${kind} movement cannot have the quantity ${quantity}`);
  }
  quantityFits(part, quantity, field);
  if (quantity < 0 && -quantity > part.on_hand) throw notEnoughStock(part, -quantity, field);
  const unitCost = kind === 'receipt' ? (movement.unitCostFen ?? part.unit_cost_fen) : null;
  const valueFen =
    quantity < 0
      ? -averageValueOf(-quantity, part.on_hand, part.value_fen)
      : unitCost !== null
        ? costOf(quantity, unitCost)
        : valueAtAverage(part, quantity);
  return insertMovement(db, part, {
    kind,
    quantity,
    value_fen: valueFen,
    unit_cost_fen: unitCost,
    reverses_id: null,
    source_kind: movement.source?.kind ?? null,
    source_id: movement.source?.id ?? null,
    source_number: movement.source?.number ?? '',
    reason: movement.reason ?? '',
    at: now,
    by_user: userId,
  });
}

export function findMovementRow(db: Db, id: number): MovementRow | null {
  return (sql(db, 'SELECT * FROM stock_movements WHERE id = ?').get(id) as MovementRow | undefined) ?? null;
}

export function reversalOf(db: Db, id: number): number | null {
  return (sql(db, 'SELECT id FROM stock_movements WHERE reverses_id = ?').pluck().get(id) as number | undefined) ?? null;
}

/**
 * Reverses a wrong movement by one of its kind with the opposite quantity that names it, caused by the same record. A
 * decrease comes back with the value it took; an increase goes out at the average of the moment. A movement is
 * reversed once, and a reversal is not reversed (post the movement again instead).
 */
export function reverseMovement(db: Db, movementId: number, reason: string, userId: number | null, now: number): MovementRow {
  const original = findMovementRow(db, movementId);
  if (!original) throw notFound('Stock movement', movementId);
  if (original.reverses_id !== null) {
    throw invalidState(`Movement ${movementId} is itself a reversal; post the movement again instead`, 'stock.reversalOfReversal');
  }
  if (reversalOf(db, movementId) !== null) throw invalidState(`Movement ${movementId} was reversed already`, 'stock.alreadyReversed');
  const part = findPartRow(db, original.part_id);
  if (!part) throw notFound('Part', original.part_id);
  const quantity = -original.quantity;
  if (quantity < 0 && -quantity > part.on_hand) throw notEnoughStock(part, -quantity, 'movementId');
  const valueFen = quantity < 0 ? -averageValueOf(-quantity, part.on_hand, part.value_fen) : -original.value_fen;
  return insertMovement(db, part, {
    kind: original.kind,
    quantity,
    value_fen: valueFen,
    unit_cost_fen: original.unit_cost_fen,
    reverses_id: original.id,
    source_kind: original.source_kind,
    source_id: original.source_id,
    source_number: original.source_number,
    reason,
    at: now,
    by_user: userId,
  });
}
