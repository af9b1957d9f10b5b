// A complaint form moving the request it was filled from (shared/complaints/request-progress.ts): its response, the
// walk along the request's own workflow with each milestone's time, and closing it once the form is filed. The
// complaints feature calls these inside its step's transaction and writes the step's line in the service log, which
// says how the request moved; here the request's columns and its audit row (and the customer's timeline on closing).
import { requestWalk, type RequestProgress } from '../../../../shared/complaints/request-progress';
import { isOpen, nextState, type RequestState } from '../../../../shared/requests/lifecycle';
import type { HandlerContext } from '../../context';
import { invalidState, staleVersion } from '../../lib/errors';
import { recordTimelineEvent } from '../../records/timeline';
import { findRequest, findRequestRow, updateRequestColumns, type RequestRow } from './repository';

type Columns = Parameters<typeof updateRequestColumns>[3];

/** How a request moved: the state before and after (the same when only its response was recorded). */
export interface RequestMove {
  from: RequestState;
  to: RequestState;
  responded: boolean;
}

function save(ctx: HandlerContext, current: RequestRow, columns: Columns, now: number): void {
  const before = findRequest(ctx.db, current.id)!;
  if (!updateRequestColumns(ctx.db, current, current.version, columns, now)) throw staleVersion('The request');
  ctx.audit({ entity: 'request', entityId: current.id, before, after: findRequest(ctx.db, current.id)! });
}

/**
 * A complaint step's progress on its request: the response time if none was recorded; the request's main line walked
 * as far as the step goes and the workflow allows, with each milestone's time (analysed, planned with the form's due
 * time, solved); the responsible department when the form went to one of the center's own and the request has none.
 * Null when nothing changed.
 */
export function progressFromComplaint(
  ctx: HandlerContext,
  requestId: number,
  progress: RequestProgress,
  form: { dueAt: number | null; departmentId: number | null },
): RequestMove | null {
  const current = findRequestRow(ctx.db, requestId);
  if (!current) return null;
  const now = ctx.now();
  const columns: Columns = {};
  const responded = current.first_response_at === null && isOpen(current.state);
  if (responded) columns.first_response_at = now;
  let state = current.state;
  for (const action of requestWalk(current.state, progress)) {
    state = nextState(state, action)!;
    if (action === 'analyse') {
      columns.analysed_at = current.analysed_at ?? now;
      if (current.department_id === null && form.departmentId !== null) columns.department_id = form.departmentId;
    }
    if (action === 'plan') {
      columns.planned_at = current.planned_at ?? now;
      if (current.planned_by === null && form.dueAt !== null) columns.planned_by = form.dueAt;
    }
    if (action === 'resolve') Object.assign(columns, { solved_at: now, last_progress_at: now });
  }
  if (state !== current.state) columns.state = state;
  if (Object.keys(columns).length === 0) return null;
  save(ctx, current, columns, now);
  return { from: current.state, to: state, responded };
}

/** Closes the request of a filed form (已关闭): its solved time if none was recorded; refused when it is not open. */
export function closeFromComplaint(ctx: HandlerContext, requestId: number, userId: number): RequestMove {
  const current = findRequestRow(ctx.db, requestId);
  if (!current || !isOpen(current.state)) {
    throw invalidState(`Request ${current?.number ?? requestId} is not open; there is nothing to close`, 'complaints.requestNotOpen');
  }
  const now = ctx.now();
  save(ctx, current, { state: 'closed', held_state: null, closed_at: now, solved_at: current.solved_at ?? now, first_response_at: current.first_response_at ?? now }, now);
  if (current.customer_id !== null) {
    recordTimelineEvent(ctx.db, {
      customerId: current.customer_id,
      equipmentId: current.equipment_id,
      at: now,
      kind: 'request.closed',
      actorId: userId,
      details: { requestId: current.id, number: current.number, subject: current.subject },
    });
  }
  return { from: current.state, to: 'closed', responded: current.first_response_at === null };
}
