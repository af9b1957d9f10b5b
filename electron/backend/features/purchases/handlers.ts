// Purchase requests (维修备品采购单): drafted and submitted by a clerk, approved or rejected by a department manager,
// received in receipts (each line a receipt movement of the ledger, so the parts' stock follows) until complete or
// closed short. Every step names the version it read and is refused where the workflow (shared/purchases) says it does
// not apply; each writes its audit row.
import type { PurchaseRequest, purchasesApi } from '../../../../shared/api/purchases';
import { nextPurchaseState, stateAfterReceipt, type PurchaseAction, type PurchaseState } from '../../../../shared/purchases/workflow';
import { fitsDecimals, milliText } from '../../../../shared/parts/quantity';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { insertRow, updateVersionedRow } from '../../db/versioned';
import { DomainError, fieldInvalid, invalidState, notFound, staleVersion } from '../../lib/errors';
import { datedNumber } from '../../lib/numbers';
import { averageCostFen, findPartRow } from '../parts';
import { auditMovement, postMovement } from '../stock';
import { findPurchaseRow, insertReceipt, lineRows, listPurchases, receiptsOf, replaceLines, toPurchase, waitingIn, type PurchaseRow } from './repository';

const TABLE = 'purchase_requests';
/** The most requests each section of the home page lists. */
const WAITING_SHOWN = 50;

function existing(ctx: HandlerContext, id: number): PurchaseRow {
  const row = findPurchaseRow(ctx.db, id);
  if (!row) throw notFound('Purchase request', id);
  return row;
}

/** The lines as stored: each part known, its quantity fitting the unit, its estimate by default the part's average cost. */
function storedLines(ctx: HandlerContext, lines: ReadonlyArray<{ partId: number; quantity: number; estimatedUnitCostFen?: number | undefined }>) {
  return lines.map((line, index) => {
    const part = findPartRow(ctx.db, line.partId);
    if (!part) throw fieldInvalid(`lines.${index}.partId`, 'validation.unknownPart', `Part ${line.partId} does not exist`);
    if (!fitsDecimals(line.quantity, part.decimals)) {
      throw new DomainError('validation', `${part.code} is counted in ${part.unit} with at most ${part.decimals} decimals`, 'validation.quantity.unitDecimals', {
        fields: [{ path: `lines.${index}.quantity`, key: 'validation.quantity.unitDecimals', params: { unit: part.unit, decimals: part.decimals } }],
      });
    }
    return { partId: line.partId, quantity: line.quantity, estimatedUnitCostFen: line.estimatedUnitCostFen ?? averageCostFen(part) };
  });
}

/** What the audit log keeps of a request: its state and reasons, its lines (part, quantity, estimate). */
function audited(purchase: PurchaseRequest) {
  return {
    number: purchase.number,
    state: purchase.state,
    reason: purchase.reason,
    lines: purchase.lines.map((line) => ({ partId: line.partId, quantity: line.ordered, estimatedUnitCostFen: line.estimatedUnitCostFen })),
    estimatedTotalFen: purchase.estimatedTotalFen,
    ...(purchase.rejectionReason !== '' && { rejectionReason: purchase.rejectionReason }),
    ...(purchase.closeReason !== '' && { closeReason: purchase.closeReason }),
  };
}

/**
 * Takes a step: the state it leads to from the request's (refused where it does not apply), then what the step does
 * (a receipt's movements) and the columns it sets (a receipt its own state, by what is left outstanding), saved with
 * the version read (a stale one is a conflict), and the audit row.
 */
function takeStep(
  ctx: HandlerContext,
  input: { id: number; version: number },
  action: PurchaseAction,
  change: (row: PurchaseRow, userId: number, now: number) => Record<string, unknown> & { state?: PurchaseState },
): PurchaseRequest {
  return ctx.write(() => {
    const me = signedIn(ctx);
    const now = ctx.now();
    const row = existing(ctx, input.id);
    if (row.version !== input.version) throw staleVersion('The purchase request');
    const to = nextPurchaseState(row.state, action);
    if (to === null) throw invalidState(`Purchase request ${row.number} is ${row.state}; ${action} does not apply`, 'purchases.notNow');
    const before = audited(toPurchase(ctx.db, row));
    const columns = { state: to, ...change(row, me.id, now) };
    if (!updateVersionedRow(ctx.db, TABLE, row.id, input.version, columns, now)) throw staleVersion('The purchase request');
    const purchase = toPurchase(ctx.db, existing(ctx, row.id));
    ctx.audit({ entity: 'purchase_request', entityId: row.id, before, after: audited(purchase) });
    return purchase;
  });
}

export const purchasesHandlers = {
  'purchases.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const lines = storedLines(ctx, input.lines);
      const id = insertRow(ctx.db, TABLE, {
        number: datedNumber(ctx.db, 'CG', now),
        state: 'draft',
        reason: input.reason,
        requested_by: me.id,
        requested_at: now,
        created_at: now,
        updated_at: now,
      });
      replaceLines(ctx.db, id, lines);
      const purchase = toPurchase(ctx.db, existing(ctx, id));
      ctx.audit({ entity: 'purchase_request', entityId: id, after: audited(purchase) });
      return purchase;
    }),

  'purchases.update': (ctx, input) =>
    takeStep(ctx, input, 'update', (row) => {
      if (input.lines) replaceLines(ctx.db, row.id, storedLines(ctx, input.lines));
      return { reason: input.reason };
    }),

  'purchases.submit': (ctx, input) => takeStep(ctx, input, 'submit', (_row, _userId, now) => ({ submitted_at: now })),
  'purchases.approve': (ctx, input) => takeStep(ctx, input, 'approve', (_row, userId, now) => ({ decided_by: userId, decided_at: now })),
  'purchases.reject': (ctx, input) =>
    takeStep(ctx, input, 'reject', (_row, userId, now) => ({ decided_by: userId, decided_at: now, rejection_reason: input.reason })),
  'purchases.closeShort': (ctx, input) =>
    takeStep(ctx, input, 'closeShort', (_row, userId, now) => ({ closed_by: userId, closed_at: now, close_reason: input.reason })),

  'purchases.receive': (ctx, input) =>
    takeStep(ctx, input, 'receive', (row, userId, now) => {
        const lines = lineRows(ctx.db, row.id);
        const { received } = receiptsOf(ctx.db, row.id);
        const outstanding = new Map(lines.map((line) => [line.part_id, line.quantity - (received.get(line.part_id) ?? 0)]));
        input.lines.forEach((line, index) => {
          const ordered = lines.find((l) => l.part_id === line.partId);
          if (!ordered) throw fieldInvalid(`lines.${index}.partId`, 'validation.purchaseNotOnRequest', `Part ${line.partId} is not on ${row.number}`);
          const left = Math.max(0, outstanding.get(line.partId) ?? 0);
          if (line.quantity > left) {
            const params = { part: `${ordered.code} ${ordered.name}`, asked: milliText(line.quantity), outstanding: milliText(left), unit: ordered.unit };
            throw new DomainError(
              'invalid_state',
              `More of ${params.part} than is outstanding on ${row.number}: ${params.asked} ${ordered.unit} received, ${params.outstanding} ${ordered.unit} outstanding`,
              'purchases.moreThanOutstanding',
              { fields: [{ path: `lines.${index}.quantity`, key: 'purchases.moreThanOutstanding', params }], params },
            );
          }
        });
        const number = datedNumber(ctx.db, 'DH', now);
        const receiptId = insertReceipt(ctx.db, row.id, number, userId, input.note ?? '', now);
        input.lines.forEach((line, index) => {
          const ordered = lines.find((l) => l.part_id === line.partId)!;
          const movement = postMovement(
            ctx.db,
            {
              partId: line.partId,
              kind: 'receipt',
              quantity: line.quantity,
              unitCostFen: line.unitCostFen ?? ordered.estimated_unit_cost_fen,
              source: { kind: 'purchase_receipt', id: receiptId, number },
              reason: input.note ? `${row.number} ${input.note}` : row.number,
              field: `lines.${index}.quantity`,
            },
            userId,
            now,
          );
          outstanding.set(line.partId, (outstanding.get(line.partId) ?? 0) - line.quantity);
          auditMovement(ctx, movement);
        });
        return { state: stateAfterReceipt([...outstanding.values()]) };
    }),

  'purchases.get': (ctx, input) => toPurchase(ctx.db, existing(ctx, input.id)),
  'purchases.list': (ctx, input) => listPurchases(ctx.db, input.state, input.after, input.limit ?? 50),
  'purchases.waiting': (ctx) => ({
    approval: waitingIn(ctx.db, ['submitted'], WAITING_SHOWN),
    delivery: waitingIn(ctx.db, ['approved', 'partly_received'], WAITING_SHOWN),
  }),
} satisfies HandlersOf<typeof purchasesApi>;
