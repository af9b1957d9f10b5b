// Making a work order: from a fault report (workOrders.create) or from a maintenance plan's due inspection
// (maintenance.createDue). The checks of what a form may name (technicians, parts to bring) are shared with the edit.
import type { WorkOrder, WorkOrderKind } from '../../../../shared/api/workOrders';
import { fitsDecimals } from '../../../../shared/parts/quantity';
import type { HandlerContext } from '../../context';
import { insertRow } from '../../db/versioned';
import { DomainError, fieldInvalid } from '../../lib/errors';
import { datedNumber } from '../../lib/numbers';
import { findPartRow } from '../parts';
import { audited, journal } from './journal';
import { findWorkOrderRow, isActiveTechnician, replacePlannedParts, replaceTechnicians, toWorkOrder } from './repository';

export const TABLE = 'work_orders';

/** Each one an active user holding the technician role; refused on `technicianIds` otherwise. */
export function checkTechnicians(ctx: HandlerContext, ids: readonly number[]): number[] {
  const unique = [...new Set(ids)];
  const wrong = unique.find((id) => !isActiveTechnician(ctx.db, id));
  if (wrong !== undefined) throw fieldInvalid('technicianIds', 'workOrders.notTechnician', `User ${wrong} is not an active technician`);
  return unique;
}

/** The parts to bring: each known, its quantity fitting its unit's decimals. */
export function checkPlannedParts(ctx: HandlerContext, parts: ReadonlyArray<{ partId: number; quantity: number }>) {
  parts.forEach((line, index) => {
    const part = findPartRow(ctx.db, line.partId);
    if (!part) throw fieldInvalid(`plannedParts.${index}.partId`, 'validation.unknownPart', `Part ${line.partId} does not exist`);
    if (!fitsDecimals(line.quantity, part.decimals)) {
      throw new DomainError('validation', `${part.code} is counted in ${part.unit} with at most ${part.decimals} decimals`, 'validation.quantity.unitDecimals', {
        fields: [{ path: `plannedParts.${index}.quantity`, key: 'validation.quantity.unitDecimals', params: { unit: part.unit, decimals: part.decimals } }],
      });
    }
  });
  return parts;
}

export interface NewWorkOrder {
  kind: WorkOrderKind;
  requestId: number | null;
  planId: number | null;
  customerId: number | null;
  siteId: number | null;
  equipmentId: number | null;
  cause: string;
  nature: string;
  category: string;
  location: string;
  description: string;
  tools: string;
  expectedAt: number | null;
  dueAt: number | null;
  technicianIds: readonly number[];
  plannedParts: ReadonlyArray<{ partId: number; quantity: number }>;
  /** Dispatched at once (an inspection going to its maintainer), else a draft. */
  dispatched: boolean;
}

/** Inserts the work order (number PG-YYYYMMDD-NNNN) with its technicians and parts, its journal lines and audit row. */
export function insertWorkOrder(ctx: HandlerContext, order: NewWorkOrder, userId: number | null): WorkOrder {
  const now = ctx.now();
  const id = insertRow(ctx.db, TABLE, {
    number: datedNumber(ctx.db, 'PG', now),
    kind: order.kind,
    state: order.dispatched ? 'dispatched' : 'draft',
    request_id: order.requestId,
    plan_id: order.planId,
    customer_id: order.customerId,
    site_id: order.siteId,
    equipment_id: order.equipmentId,
    cause: order.cause,
    nature: order.nature,
    category: order.category,
    location: order.location,
    description: order.description,
    tools: order.tools,
    expected_at: order.expectedAt,
    due_at: order.dueAt,
    day_at: order.expectedAt ?? order.dueAt ?? now,
    dispatched_by: order.dispatched ? userId : null,
    dispatched_at: order.dispatched ? now : null,
    created_by: userId,
    created_at: now,
    updated_at: now,
  });
  replaceTechnicians(ctx.db, id, order.technicianIds);
  replacePlannedParts(ctx.db, id, order.plannedParts);
  const created = toWorkOrder(ctx.db, findWorkOrderRow(ctx.db, id)!, now);
  const technicians = created.technicians.map((person) => person.name);
  journal(ctx, created, 'create', userId, { technicians, dueAt: created.dueAt, expectedAt: created.expectedAt });
  if (order.dispatched) journal(ctx, created, 'dispatch', userId, { technicians });
  ctx.audit({ entity: 'work_order', entityId: id, after: audited(created), userId });
  return created;
}
