// The ledger through the contract: receipts, issues, returns, adjustments and reversals at the store, each one movement
// with its audit row; balances, history and the store's value. Also a part's page (`parts.get`), which shows the part
// with its movements and is assembled here, above the parts feature.
import type { partsApi } from '../../../../shared/api/parts';
import type { Posted, stockApi } from '../../../../shared/api/stock';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { notFound } from '../../lib/errors';
import { averageCostFen, existingPart, findPartRow, units } from '../parts';
import { auditMovement } from './audit';
import { postMovement, reverseMovement, type Movement, type MovementRow } from './ledger';
import { movementById, movementHistory, valuation, valuationMoment } from './movements';

const MOVEMENTS_ON_PAGE = 100;

function posted(ctx: HandlerContext, row: MovementRow): Posted {
  auditMovement(ctx, row);
  const movement = movementById(ctx.db, row.id)!;
  return { movement, balance: movement.balanceAfter, valueFen: movement.valueAfterFen };
}

function post(ctx: HandlerContext, movement: Movement): Posted {
  return ctx.write(() => posted(ctx, postMovement(ctx.db, movement, signedIn(ctx).id, ctx.now())));
}

export const stockHandlers = {
  'parts.get': (ctx, input) => {
    const part = existingPart(ctx, input.id);
    const history = movementHistory(ctx.db, { partId: input.id }, undefined, MOVEMENTS_ON_PAGE);
    return { part, movements: history.items, moreMovements: history.nextCursor !== null, movementsCursor: history.nextCursor };
  },

  'stock.receive': (ctx, input) =>
    post(ctx, { partId: input.partId, kind: 'receipt', quantity: input.quantity, unitCostFen: input.unitCostFen, reason: input.note }),
  'stock.issue': (ctx, input) => post(ctx, { partId: input.partId, kind: 'issue', quantity: -input.quantity, reason: input.note }),
  'stock.returnToStock': (ctx, input) => post(ctx, { partId: input.partId, kind: 'return', quantity: input.quantity, reason: input.note }),
  'stock.adjust': (ctx, input) => post(ctx, { partId: input.partId, kind: 'adjustment', quantity: input.quantity, reason: input.reason }),
  'stock.reverse': (ctx, input) =>
    ctx.write(() => posted(ctx, reverseMovement(ctx.db, input.movementId, input.reason, signedIn(ctx).id, ctx.now()))),

  'stock.balance': (ctx, input) => {
    const row = findPartRow(ctx.db, input.partId);
    if (!row) throw notFound('Part', input.partId);
    return { partId: row.id, balance: units(row.on_hand), valueFen: row.value_fen, averageCostFen: averageCostFen(row) };
  },
  'stock.history': (ctx, input) => movementHistory(ctx.db, input, input.after, input.limit ?? 50),
  'stock.valuation': (ctx, input) => valuation(ctx.db, valuationMoment(ctx.db, input.date, ctx.now()), input.withParts ?? false),
} satisfies HandlersOf<typeof stockApi> & Pick<HandlersOf<typeof partsApi>, 'parts.get'>;
