// A movement's audit row, written by every feature that posts one (the store's own postings, a purchase request's receipts).
import type { HandlerContext } from '../../context';
import { units } from '../parts';
import type { MovementRow } from './ledger';

export /** A movement's audit row: what moved, why and after what balance (the movement itself is the ledger's record). */
function auditMovement(ctx: HandlerContext, row: MovementRow): void {
  ctx.audit({
    entity: 'stock_movement',
    entityId: row.id,
    after: {
      partId: row.part_id,
      kind: row.kind,
      quantity: units(row.quantity),
      valueFen: row.value_fen,
      balanceAfter: units(row.balance_after),
      ...(row.unit_cost_fen !== null && { unitCostFen: row.unit_cost_fen }),
      ...(row.reverses_id !== null && { reversesId: row.reverses_id }),
      ...(row.reason !== '' && { reason: row.reason }),
    },
  });
}
