// The ledger of the store (出入库台账): every stock change is a movement, never edited or deleted; a wrong one is
// reversed by a movement that names it. Quantities are numbers of the part's unit (exact to the thousandth), money fen.
import { z } from 'zod';
import { method } from './define';
import { idSchema } from './common';
import { quantitySchema, STORE_KEEPERS, STORE_READERS, unitCostFenSchema } from './parts';
import { calendarDateSchema } from './customers';

/** The brief's kinds: 入库, 领用, 退库, 替换借出, 替换归还, 盘点调整, 报废出库. */
export const MOVEMENT_KINDS = ['receipt', 'issue', 'return', 'loan_out', 'loan_back', 'adjustment', 'scrap'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** The records that cause movements (a movement without one was posted by hand at the store). */
export const MOVEMENT_SOURCES = ['purchase_receipt', 'stocktake', 'work_order', 'replacement_notice', 'scrap_record'] as const;
export type MovementSourceKind = (typeof MOVEMENT_SOURCES)[number];

export interface MovementSource {
  kind: MovementSourceKind;
  id: number;
  /** The record's human number (DH-…, PD-…). */
  number: string;
  /** A purchase request's receipt (到货): the request it delivered, whose page shows it. */
  purchaseId?: number;
}

export interface StockMovement {
  id: number;
  partId: number;
  partCode: string;
  partName: string;
  unit: string;
  kind: MovementKind;
  /** Signed: what the movement added (+) or took away (−), in units of the part. */
  quantity: number;
  /** Signed: the value it added or took away, in fen (an issue at the moving average of the moment). */
  valueFen: number;
  balanceAfter: number;
  valueAfterFen: number;
  /** A receipt's cost of one unit. */
  unitCostFen: number | null;
  /** The movement this one reverses. */
  reversesId: number | null;
  /** The movement that reversed this one. */
  reversedById: number | null;
  source: MovementSource | null;
  reason: string;
  at: number;
  byName: string | null;
}

/** What a posting answers: the movement, and the part's stock after it. */
export interface Posted {
  movement: StockMovement;
  balance: number;
  valueFen: number;
}

export interface StockBalance {
  partId: number;
  balance: number;
  valueFen: number;
  averageCostFen: number;
}

export interface Valuation {
  /** The end of this day in the center's time zone, or now. */
  asOf: number;
  totalValueFen: number;
  /** Parts with stock at that moment. */
  partsInStock: number;
  /** With `withParts`: each part with stock at that moment, by code. */
  items?: Array<{ partId: number; code: string; name: string; unit: string; balance: number; valueFen: number }>;
}

const note = z.string().trim().max(500).optional();

export const stockApi = {
  'stock.receive': method<Posted>()({
    summary: 'Receives stock (入库) at a cost of one unit (by default the part’s price-list cost); the moving average follows.',
    input: z.strictObject({ partId: idSchema, quantity: quantitySchema(), unitCostFen: unitCostFenSchema.optional(), note }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'stock.issue': method<Posted>()({
    summary: 'Issues stock (领用) at the moving average of the moment. More than is in stock answers `invalid_state` naming the part, what was asked and what is there.',
    input: z.strictObject({ partId: idSchema, quantity: quantitySchema(), note }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'stock.returnToStock': method<Posted>()({
    summary: 'Takes back unused stock (退库) at the moving average (the price-list cost when none is in stock).',
    input: z.strictObject({ partId: idSchema, quantity: quantitySchema(), note }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'stock.adjust': method<Posted>()({
    summary: 'Corrects stock by a signed quantity (盘点调整) with the reason; a stock-take posts these for its differences.',
    input: z.strictObject({ partId: idSchema, quantity: quantitySchema({ allowNegative: true }), reason: z.string().trim().min(1).max(500) }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'stock.reverse': method<Posted>()({
    summary: 'Reverses a wrong movement by one of the opposite quantity that names it (a movement is reversed once; a reversal is not reversed).',
    input: z.strictObject({ movementId: idSchema, reason: z.string().trim().min(1).max(500) }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'stock.balance': method<StockBalance>()({
    summary: "A part's stock: the balance, its value and the moving average cost of one unit.",
    input: z.strictObject({ partId: idSchema }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'stock.history': method<{ items: StockMovement[]; nextCursor: string | null }>()({
    summary: 'Movements newest first: of one part, of one kind, or of the record that caused them; a page of `limit` after `after`.',
    input: z.strictObject({
      partId: idSchema.optional(),
      kind: z.enum(MOVEMENT_KINDS).optional(),
      sourceKind: z.enum(MOVEMENT_SOURCES).optional(),
      sourceId: idSchema.optional(),
      after: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'stock.valuation': method<Valuation>()({
    summary: "The store's value at the moving average: now, or at the end of a past day (from each part's last movement by then).",
    input: z.strictObject({ date: calendarDateSchema.optional(), withParts: z.boolean().optional() }),
    access: STORE_READERS,
    kind: 'read',
  }),
};
