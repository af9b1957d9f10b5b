// Parts used (领用, an issue) and returned (退库, a return) on a work order: each line one movement of the store's
// ledger with the work order as its source, so the store's page and the work order's read the same rows. A return is
// refused beyond what was issued net on this work order (the rest came from elsewhere and goes back by the store).
import { MILLI, milliText } from '../../../../shared/parts/quantity';
import type { HandlerContext } from '../../context';
import { DomainError, fieldInvalid } from '../../lib/errors';
import { findPartRow } from '../parts';
import { auditMovement, postMovement } from '../stock';
import { ledgerOf, netUsed, type WorkOrderRow } from './repository';

type Line = { partId: number; kind: 'issue' | 'return'; quantity: number };

/** Posts the lines in order; returns what the journal says of them (part, kind, quantity in units). */
export function recordParts(ctx: HandlerContext, row: WorkOrderRow, lines: readonly Line[], userId: number, now: number) {
  const issued = new Map([...netUsed(ledgerOf(ctx.db, row.id)).entries()].map(([partId, entry]) => [partId, entry.used]));
  const source = { kind: 'work_order' as const, id: row.id, number: row.number };
  return lines.map((line, index) => {
    const part = findPartRow(ctx.db, line.partId);
    if (!part) throw fieldInvalid(`lines.${index}.partId`, 'validation.unknownPart', `Part ${line.partId} does not exist`);
    const net = issued.get(line.partId) ?? 0;
    if (line.kind === 'return' && line.quantity > net) {
      const params = { part: `${part.code} ${part.name}`, asked: milliText(line.quantity), issued: milliText(net), unit: part.unit };
      throw new DomainError(
        'invalid_state',
        `More of ${params.part} returned than was issued on ${row.number}: ${params.asked} ${part.unit} returned, ${params.issued} ${part.unit} issued`,
        'workOrders.returnMoreThanIssued',
        { fields: [{ path: `lines.${index}.quantity`, key: 'workOrders.returnMoreThanIssued', params }], params },
      );
    }
    const movement = postMovement(
      ctx.db,
      { partId: line.partId, kind: line.kind, quantity: line.kind === 'issue' ? -line.quantity : line.quantity, source, reason: row.number, field: `lines.${index}.quantity` },
      userId,
      now,
    );
    auditMovement(ctx, movement);
    issued.set(line.partId, net + (line.kind === 'issue' ? line.quantity : -line.quantity));
    return { partId: part.id, code: part.code, name: part.name, unit: part.unit, kind: line.kind, quantity: line.quantity / MILLI };
  });
}
