// Taking one step of a complaint form's route: the state machine of shared/complaints/route.ts decides whether it
// applies and who may take it; the step's columns, its line in complaint_steps, the request's service log and the
// customer's timeline are written in the same transaction, with the audit row.
import type { Complaint } from '../../../../shared/api/complaints';
import { mayTakeStep, nextComplaintState, type ComplaintRoute, type ComplaintStep } from '../../../../shared/complaints/route';
import { signedIn, type HandlerContext } from '../../context';
import { invalidState, notFound, staleVersion } from '../../lib/errors';
import { recordTimelineEvent } from '../../records/timeline';
import { appendServiceLog } from '../../records/service-log';
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

/** Writes a step's traces: its own line, the request's service log, the customer's timeline. */
export function traceStep(
  ctx: HandlerContext,
  row: Pick<ComplaintRow, 'id' | 'number' | 'customer_id' | 'request_id'>,
  line: { step: ComplaintStep | 'fill'; at: number; userId: number; from: ComplaintRow['state'] | null; to: ComplaintRow['state'] },
  details: Record<string, unknown>,
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
  if (row.request_id !== null) appendServiceLog(ctx.db, { requestId: row.request_id, at: line.at, userId: line.userId, kind, details: logged });
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
    traceStep(ctx, row, { step: plan.step, at: now, userId: me.id, from: row.state, to }, plan.details(row, changed));
    const after = findComplaint(ctx.db, row.id, now)!;
    ctx.audit({ entity: 'complaint', entityId: row.id, before, after });
    return after;
  });
}
