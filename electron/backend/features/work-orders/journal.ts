// What a work order's step leaves behind besides its own row: a line in the service log of the fault report it came
// from (kind `workOrder.<action>`), an event on the customer's and the equipment's repair archive (维修档案) so the
// unit's page tells the visit, and the audit row with what the work order was before and after.
import type { WorkOrder } from '../../../../shared/api/workOrders';
import type { WorkOrderAction } from '../../../../shared/work-orders/workflow';
import type { HandlerContext } from '../../context';
import { appendServiceLog } from '../../records/service-log';
import { recordTimelineEvent } from '../../records/timeline';

export type JournalAction = WorkOrderAction | 'create';

/** The repair archive's event of each step; an edit before the visit is in the service log and the audit log only. */
const TIMELINE_KIND: Partial<Record<JournalAction, string>> = {
  create: 'workOrder.created',
  dispatch: 'workOrder.dispatched',
  arrive: 'workOrder.arrived',
  recordParts: 'workOrder.partsRecorded',
  complete: 'workOrder.completed',
  signOff: 'workOrder.signedOff',
  cancel: 'workOrder.cancelled',
};

export function journal(
  ctx: HandlerContext,
  order: Pick<WorkOrder, 'id' | 'number' | 'kind' | 'requestId' | 'customerId' | 'equipmentId'>,
  action: JournalAction,
  userId: number | null,
  details: Record<string, unknown> = {},
): void {
  const now = ctx.now();
  const all = { workOrderId: order.id, number: order.number, ...(order.kind === 'inspection' && { kind: order.kind }), ...details };
  if (order.requestId !== null) appendServiceLog(ctx.db, { requestId: order.requestId, at: now, userId, kind: `workOrder.${action}`, details: all });
  const kind = TIMELINE_KIND[action];
  if (kind && order.customerId !== null) {
    recordTimelineEvent(ctx.db, { customerId: order.customerId, equipmentId: order.equipmentId, at: now, kind, actorId: userId, details: all });
  }
}

/** What the audit log keeps of a work order: the facts of the visit (the parts used are the ledger's own rows). */
export function audited(order: WorkOrder) {
  return {
    number: order.number,
    kind: order.kind,
    state: order.state,
    requestId: order.requestId,
    planId: order.planId,
    customerId: order.customerId,
    equipmentId: order.equipmentId,
    technicianIds: order.technicians.map((person) => person.id),
    cause: order.cause,
    nature: order.nature,
    category: order.category,
    location: order.location,
    description: order.description,
    tools: order.tools,
    plannedParts: order.plannedParts.map((part) => ({ partId: part.partId, quantity: part.quantity })),
    expectedAt: order.expectedAt,
    dueAt: order.dueAt,
    ...(order.arrivedAt !== null && { arrivedAt: order.arrivedAt }),
    ...(order.completedAt !== null && { completedAt: order.completedAt, measures: order.measures, outcome: order.outcome, conduct: order.conduct }),
    ...(order.signedAt !== null && { signedName: order.signedName, signedAt: order.signedAt, signature: order.signature !== null }),
    ...(order.cancelReason !== '' && { cancelReason: order.cancelReason }),
  };
}
