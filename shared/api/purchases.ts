// Purchase requests (维修备品采购单): lines (part, quantity, estimated cost), reason, requested by; submitted; approved or
// rejected (with the reason) by a department manager; received in one or more receipts (到货, each line a receipt
// movement of the ledger) until complete or closed short. What a line has received is the sum of its receipt
// movements, reversals included.
import { z } from 'zod';
import { method } from './define';
import { idSchema, versionSchema } from './common';
import type { Role } from './roles';
import { quantitySchema, STORE_KEEPERS, STORE_OVERSEERS, unitCostFenSchema } from './parts';
import { PURCHASE_ACTION_ROLES, PURCHASE_STATES, type PurchaseState } from '../purchases/workflow';

/** Who reads purchase requests: the clerks who keep them, the managers who decide, supervisors (and the administrator). */
export const PURCHASE_READERS: readonly Role[] = STORE_OVERSEERS;

/** One line as the request shows it: quantities in units of the part, money in fen. */
export interface PurchaseLine {
  partId: number;
  code: string;
  name: string;
  spec: string;
  unit: string;
  decimals: number;
  /** What was asked for. */
  ordered: number;
  /** The sum of the line's receipt movements (a reversed one counts no more). */
  received: number;
  /** Still to come: ordered − received, never below zero. */
  outstanding: number;
  estimatedUnitCostFen: number;
  /** ordered × estimated unit cost, rounded to the fen. */
  estimatedAmountFen: number;
  /** The part's stock and reorder point now, to judge the quantity by. */
  onHand: number;
  reorderPoint: number;
}

export interface PurchaseReceiptLine {
  movementId: number;
  partId: number;
  code: string;
  name: string;
  unit: string;
  quantity: number;
  unitCostFen: number | null;
  /** The movement that reversed this one at the store, if any. */
  reversedById: number | null;
}

/** One delivery received (到货单 DH-…): each line a receipt movement of the ledger. */
export interface PurchaseReceipt {
  id: number;
  number: string;
  receivedAt: number;
  receivedByName: string | null;
  note: string;
  lines: PurchaseReceiptLine[];
}

export interface PurchaseSummary {
  id: number;
  number: string;
  state: PurchaseState;
  reason: string;
  requestedByName: string | null;
  requestedAt: number;
  submittedAt: number | null;
  lineCount: number;
  estimatedTotalFen: number;
  /** "JDQ-001 中间继电器 …": the parts asked for, for a list row. */
  partsText: string;
}

export interface PurchaseRequest extends PurchaseSummary {
  lines: PurchaseLine[];
  receipts: PurchaseReceipt[];
  decidedByName: string | null;
  decidedAt: number | null;
  rejectionReason: string;
  closedByName: string | null;
  closedAt: number | null;
  closeReason: string;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface PurchasesWaiting {
  /** Submitted, waiting for a department manager. */
  approval: PurchaseSummary[];
  /** Approved or partly received, waiting for the parts. */
  delivery: PurchaseSummary[];
}

const reason = z.string().trim().min(1).max(500);
const requestLine = z.strictObject({ partId: idSchema, quantity: quantitySchema(), estimatedUnitCostFen: unitCostFenSchema.optional() });

/** Each part once on a request (and on a receipt): a second line of the same part is refused on that line. */
function partsOnce<T extends { partId: number }>(lines: T[], ctx: z.RefinementCtx): void {
  const seen = new Set<number>();
  lines.forEach((line, index) => {
    if (seen.has(line.partId)) ctx.addIssue({ code: 'custom', path: [index, 'partId'], message: 'validation.purchaseDuplicatePart' });
    seen.add(line.partId);
  });
}

const requestLines = z.array(requestLine).min(1).max(100).superRefine(partsOnce);
const versioned = { id: idSchema, version: versionSchema };

export const purchasesApi = {
  'purchases.create': method<PurchaseRequest>()({
    summary:
      'Drafts a purchase request (number CG-YYYYMMDD-NNNN): the reason and its lines (part, quantity, estimated cost of one unit in fen, by default the part’s average cost).',
    input: z.strictObject({ reason, lines: requestLines }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'purchases.update': method<PurchaseRequest>()({
    summary: "Changes a draft's reason or lines (the lines given replace them all). Names the version it read.",
    input: z.strictObject({ ...versioned, reason: reason.optional(), lines: requestLines.optional() }),
    access: PURCHASE_ACTION_ROLES.update,
    kind: 'write',
  }),
  'purchases.submit': method<PurchaseRequest>()({
    summary: 'Submits a draft for a department manager’s approval. Names the version it read.',
    input: z.strictObject(versioned),
    access: PURCHASE_ACTION_ROLES.submit,
    kind: 'write',
  }),
  'purchases.approve': method<PurchaseRequest>()({
    summary: 'A department manager approves a submitted request: the parts may be bought and received. Names the version it read.',
    input: z.strictObject(versioned),
    access: PURCHASE_ACTION_ROLES.approve,
    kind: 'write',
  }),
  'purchases.reject': method<PurchaseRequest>()({
    summary: 'A department manager rejects a submitted request, with the reason. Names the version it read.',
    input: z.strictObject({ ...versioned, reason }),
    access: PURCHASE_ACTION_ROLES.reject,
    kind: 'write',
  }),
  'purchases.receive': method<PurchaseRequest>()({
    summary:
      'Receives one delivery (number DH-YYYYMMDD-NNNN) of an approved request: each line a receipt movement at its unit cost (by default the line’s estimate). More than is outstanding on a line is refused naming the line; the request becomes partly received or received.',
    input: z.strictObject({
      ...versioned,
      lines: z
        .array(z.strictObject({ partId: idSchema, quantity: quantitySchema(), unitCostFen: unitCostFenSchema.optional() }))
        .min(1)
        .max(100)
        .superRefine(partsOnce),
      note: z.string().trim().max(500).optional(),
    }),
    access: PURCHASE_ACTION_ROLES.receive,
    kind: 'write',
  }),
  'purchases.closeShort': method<PurchaseRequest>()({
    summary: 'Closes an approved or partly received request with lines still outstanding (nothing more will come), with the reason.',
    input: z.strictObject({ ...versioned, reason }),
    access: PURCHASE_ACTION_ROLES.closeShort,
    kind: 'write',
  }),
  'purchases.get': method<PurchaseRequest>()({
    summary: 'A purchase request: its lines (ordered, received, outstanding, estimated amount), estimated total, and its receipts with their movements.',
    input: z.strictObject({ id: idSchema }),
    access: PURCHASE_READERS,
    kind: 'read',
  }),
  'purchases.list': method<{ items: PurchaseSummary[]; nextCursor: string | null }>()({
    summary: 'Purchase requests newest first, by state; a page of `limit` after `after` (keyset).',
    input: z.strictObject({
      state: z.enum(PURCHASE_STATES).optional(),
      after: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: PURCHASE_READERS,
    kind: 'read',
  }),
  'purchases.waiting': method<PurchasesWaiting>()({
    summary: 'For the home page: requests waiting on a manager’s approval (oldest first) and those waiting on delivery.',
    input: z.strictObject({}),
    access: PURCHASE_READERS,
    kind: 'read',
  }),
};
