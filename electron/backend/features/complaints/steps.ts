// Taking one step of a complaint form's route: the state machine of shared/complaints/route.ts decides whether it
// applies and who may take it; the step's columns, its line in complaint_steps, the request's service log and the
// customer's timeline are written in the same transaction, with the audit row. The step also moves the request the
// form was filled from (shared/complaints/request-progress.ts), and its line in the service log says how.
import type { Complaint } from '../../../../shared/api/complaints';
import { REQUEST_PROGRESS } from '../../../../shared/complaints/request-progress';
import { mayTakeStep, nextComplaintState, type ComplaintRoute, type ComplaintStep } from '../../../../shared/complaints/route';
import { signedIn, type HandlerContext } from '../../context';
import { invalidState, notFound, staleVersion } from '../../lib/errors';
import { recordTimelineEvent } from '../../records/timeline';
import { appendServiceLog } from '../../records/service-log';
import { progressFromComplaint, type RequestMove } from '../requests';
import { appendComplaintStep, findComplaint, findComplaintRow, updateComplaintColumns, type ComplaintRow } from './repository';

const EXCERPT = 60;
export const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/** The kind of a step's line in the service log and the timeline (`complaint.reviewed`, …). */
export const LOGGED_AS: Record<ComplaintStep | 'fill', string> = {
  fill: 'complaint.filled',
  review: 'complaint.reviewed',
  resubmit: 'complaint.resubmitted',
  route: 'complaint.routed',
  recordResult: 'complaint.resultRecorded',
  sign: 'complaint.signed',
  send: 'complaint.sent',
  recordOpinion: 'complaint.opinionRecorded',
  assignReply: 'complaint.replyAssigned',
  recordReply: 'complaint.replied',
  file: 'complaint.filed',
  returnForCorrection: 'complaint.returned',
};

/**
 * Moves the form's request as far as the step counts (its response, its progress): the move, for the step's line in
 * the service log, or null when the form has no request or the request did not change.
 */
export function moveRequest(
  ctx: HandlerContext,
  row: Pick<ComplaintRow, 'request_id' | 'route' | 'department_id' | 'due_at'>,
  step: ComplaintStep | 'fill',
): RequestMove | null {
  const progress = REQUEST_PROGRESS[step];
  if (row.request_id === null || progress === undefined) return null;
  // Only a transfer to another department names one of the center's own (internal: the request keeps its own; the
  // higher-level office is not a department that works requests).
  const departmentId = row.route === 'transfer_department' ? row.department_id : null;
  return progressFromComplaint(ctx, row.request_id, progress, { dueAt: row.due_at, departmentId });
}

/** What the service log says of the request's move, beside the step: `requestFrom`, `requestTo`, `responded`. */
export const requestMoveDetails = (move: RequestMove | null): Record<string, unknown> =>
  move === null ? {} : { requestFrom: move.from, requestTo: move.to, ...(move.responded && { responded: true }) };

/** Writes a step's traces: its own line, the request's service log (with how the request moved), the customer's timeline. */
export function traceStep(
  ctx: HandlerContext,
  row: Pick<ComplaintRow, 'id' | 'number' | 'customer_id' | 'request_id'>,
  line: { step: ComplaintStep | 'fill'; at: number; userId: number; from: ComplaintRow['state'] | null; to: ComplaintRow['state'] },
  details: Record<string, unknown>,
  move: RequestMove | null = null,
): void {
  appendComplaintStep(ctx.db, {
    complaintId: row.id,
    step: line.step,
    at: line.at,
    userId: line.userId,
    fromState: line.from,
    toState: line.to,
    details,
  });
  const logged = { complaintId: row.id, number: row.number, state: line.to, ...details };
  const kind = LOGGED_AS[line.step];
  if (row.request_id !== null) {
    appendServiceLog(ctx.db, { requestId: row.request_id, at: line.at, userId: line.userId, kind, details: { ...logged, ...requestMoveDetails(move) } });
  }
  recordTimelineEvent(ctx.db, { customerId: row.customer_id, at: line.at, kind, actorId: line.userId, details: logged });
}

export interface StepPlan {
  step: ComplaintStep;
  /** Only for `route`: which way it goes. */
  route?: ComplaintRoute;
  /** Checks that need the row (the assigned agent, …); throw to refuse. */
  check?: (row: ComplaintRow, userId: number) => void;
  columns: (row: ComplaintRow, userId: number, now: number) => Partial<ComplaintRow>;
  details: (row: ComplaintRow, changed: Partial<ComplaintRow>) => Record<string, unknown>;
}

export function takeStep(ctx: HandlerContext, input: { id: number; version: number }, plan: StepPlan): Complaint {
  return ctx.write(() => {
    const me = signedIn(ctx);
    const now = ctx.now();
    const row = findComplaintRow(ctx.db, input.id);
    if (!row) throw notFound('Complaint', input.id);
    const to = nextComplaintState(row.state, plan.step, plan.route);
    if (to === null) throw invalidState(`Complaint ${row.number} is ${row.state}; ${plan.step} does not apply`, 'complaints.notNow');
    if (!mayTakeStep(row.state, plan.step, me.roles)) {
      // Not a matter of role (the method's access already said yes) but of whose desk the form is on now.
      throw invalidState(`Complaint ${row.number} is ${row.state}; its reviewer sends it back, not you`, 'complaints.notYourReview');
    }
    plan.check?.(row, me.id);
    const before = findComplaint(ctx.db, row.id, now)!;
    const changed = { ...plan.columns(row, me.id, now), state: to };
    if (!updateComplaintColumns(ctx.db, row.id, input.version, changed, now)) throw staleVersion('The complaint form');
    const move = moveRequest(ctx, { ...row, ...changed }, plan.step);
    traceStep(ctx, row, { step: plan.step, at: now, userId: me.id, from: row.state, to }, plan.details(row, changed), move);
    const after = findComplaint(ctx.db, row.id, now)!;
    ctx.audit({ entity: 'complaint', entityId: row.id, before, after });
    return after;
  });
}
