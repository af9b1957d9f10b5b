// A work order moving the fault report it was made from (issue 18): the technician's arrival on site is the request's
// on-site time, and a visit that solved the fault is the request's solved time. The columns go through
// updateRequestColumns, so the request's next deadline (next_due_*) and its breaches follow exactly as for
// requests.recordArrival and requests.transition; the work order's own step writes its line in the service log.
import { isOpen, nextState } from '../../../../shared/requests/lifecycle';
import type { HandlerContext } from '../../context';
import { staleVersion } from '../../lib/errors';
import { appendServiceLog } from '../../records/service-log';
import { recordTimelineEvent } from '../../records/timeline';
import { findRequest, findRequestRow, updateRequestColumns, type RequestRow } from './repository';

type Columns = Parameters<typeof updateRequestColumns>[3];

/** The request's columns of a fault report, as a work order needs them. */
export interface FaultReportRow {
  id: number;
  number: string;
  kind: RequestRow['kind'];
  state: RequestRow['state'];
  subject: string;
  description: string;
  customerId: number | null;
  equipmentId: number | null;
  fault: { nature?: string; category?: string; location?: string } | null;
  onSiteBy: number | null;
  receivedAt: number;
}

export function findFaultReport(ctx: HandlerContext, id: number): FaultReportRow | null {
  const row = findRequestRow(ctx.db, id);
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    state: row.state,
    subject: row.subject,
    description: row.description,
    customerId: row.customer_id,
    equipmentId: row.equipment_id,
    fault: row.fault === null ? null : (JSON.parse(row.fault) as FaultReportRow['fault']),
    onSiteBy: row.on_site_by,
    receivedAt: row.received_at,
  };
}

function save(ctx: HandlerContext, current: RequestRow, columns: Columns, now: number): void {
  const before = findRequest(ctx.db, current.id)!;
  if (!updateRequestColumns(ctx.db, current, current.version, columns, now)) throw staleVersion('The request');
  ctx.audit({ entity: 'request', entityId: current.id, before, after: findRequest(ctx.db, current.id)! });
}

/**
 * The technician is on site at `at`: the request's arrival (and its first response, if none) when it has none and is
 * still open. True when the request changed.
 */
export function arrivalFromWorkOrder(ctx: HandlerContext, requestId: number, at: number): boolean {
  const current = findRequestRow(ctx.db, requestId);
  if (!current || current.arrived_at !== null || !isOpen(current.state)) return false;
  const columns: Columns = { arrived_at: at };
  if (current.first_response_at === null) columns.first_response_at = at;
  save(ctx, current, columns, ctx.now());
  return true;
}

/**
 * The visit solved the fault at `at`. The request's solved time is written when it has none (an open request only);
 * where its lifecycle allows `resolve` from its state (in progress) it moves on to awaiting the customer's confirmation
 * exactly as requests.transition resolve does: the state, the first response if none, the service-log line
 * `state.resolve` and the timeline event `request.resolved`. A request in another state (accepted, analysing, planned,
 * on hold) keeps its state: its handlers walk it on, now with nothing more owed but the confirmation. Returns the state
 * the request moved to, or null when it did not move.
 */
export function solvedFromWorkOrder(ctx: HandlerContext, requestId: number, at: number, userId: number | null): string | null {
  const current = findRequestRow(ctx.db, requestId);
  if (!current || current.solved_at !== null || !isOpen(current.state)) return null;
  const now = ctx.now();
  const to = nextState(current.state, 'resolve', current.held_state);
  const columns: Columns = { solved_at: at };
  if (to !== null) {
    columns.state = to;
    if (current.first_response_at === null) columns.first_response_at = now;
  }
  save(ctx, current, columns, now);
  if (to === null) return null;
  appendServiceLog(ctx.db, { requestId: current.id, at: now, userId, kind: 'state.resolve', details: { from: current.state, to } });
  if (current.customer_id !== null) {
    recordTimelineEvent(ctx.db, {
      customerId: current.customer_id,
      equipmentId: current.equipment_id,
      at: now,
      kind: 'request.resolved',
      actorId: userId,
      details: { requestId: current.id, number: current.number, subject: current.subject },
    });
  }
  return to;
}
