// Complaint forms (客户投诉联系书，一式两联): filling, every step of the route, the lists, the board's part, the register.
import type { complaintsApi } from '../../../../shared/api/complaints';
import { ROUTE_DEADLINE, isTransferRoute, type ComplaintRoute } from '../../../../shared/complaints/route';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { sql } from '../../db/connection';
import { fieldInvalid, invalidState, notFound } from '../../lib/errors';
import { otherDeadline } from '../calendar';
import { listPage } from '../../lib/keyset';
import { datedNumber } from '../../lib/numbers';
import { linkableCustomer, linkableRequest, receivedAt } from '../../records/links';
import { dayBounds } from '../../lib/center-time';
import { dueComplaints, listComplaints } from './queries';
import { complaintRegister } from './register';
import { appendServiceLog } from '../../records/service-log';
import { findComplaint, findComplaintRow, insertComplaint, type ComplaintRow } from './repository';
import { closeFromComplaint } from '../requests';
import { excerpt, moveRequest, requestMoveDetails, takeStep, traceStep } from './steps';

const CLOCK_GRACE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** The unit a route goes to: one of the center's own departments, or for the higher-level route a `higher_level` unit. */
function routeUnit(ctx: HandlerContext, route: ComplaintRoute, departmentId: number | undefined): number | null {
  const kind = route === 'transfer_higher_level' ? 'higher_level' : 'department';
  if (departmentId === undefined) {
    if (route === 'internal') return null;
    if (route === 'transfer_department') throw fieldInvalid('departmentId', 'validation.required', 'A transfer needs the unit it goes to');
    const only = sql(ctx.db, `SELECT id FROM departments WHERE kind = 'higher_level' AND active = 1 ORDER BY id LIMIT 1`).pluck().get() as
      | number
      | undefined;
    if (only === undefined) throw fieldInvalid('departmentId', 'validation.complaintUnit', 'There is no active higher-level office');
    return only;
  }
  if (!sql(ctx.db, 'SELECT 1 FROM departments WHERE id = ? AND active = 1 AND kind = ?').get(departmentId, kind)) {
    throw fieldInvalid('departmentId', 'validation.complaintUnit', `Unit ${departmentId} is not an active ${kind} for this route`);
  }
  return departmentId;
}

function replyAgent(ctx: HandlerContext, agentId: number): number {
  const found = sql(
    ctx.db,
    `SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'agent' WHERE u.id = ? AND u.active = 1`,
  ).get(agentId);
  if (!found) throw fieldInvalid('agentId', 'validation.replyAgent', `User ${agentId} is not an active agent`);
  return agentId;
}

/** A time something happened, told afterwards: not before `notBefore`, not in the future. */
function toldTime(path: string, value: number | undefined, notBefore: number, now: number): number {
  if (value === undefined) return now;
  if (value > now + CLOCK_GRACE_MS) throw fieldInvalid(path, 'validation.inFuture', 'That time is in the future');
  if (value < notBefore) throw fieldInvalid(path, 'validation.beforeSent', 'That time is before the step it answers');
  return Math.min(value, now);
}

export const complaintsHandlers = {
  'complaints.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const request = linkableRequest(ctx.db, input.requestId);
      const customerId = linkableCustomer(ctx.db, input.customerId)!;
      const at = receivedAt(input.receivedAt, now);
      const number = datedNumber(ctx.db, 'TS', at);
      const id = insertComplaint(ctx.db, {
        number,
        customerId,
        requestId: request?.id ?? null,
        complainant: input.complainant,
        contactPhone: input.contactPhone,
        content: input.content,
        receivedAt: at,
        filledBy: me.id,
        now,
      });
      const form = { id, number, customer_id: customerId, request_id: request?.id ?? null };
      // Filling the form is the request's response (shared/complaints/request-progress.ts).
      const move = moveRequest(ctx, { ...form, route: null, department_id: null, due_at: null }, 'fill');
      traceStep(ctx, form, { step: 'fill', at: now, userId: me.id, from: null, to: 'filled' }, { content: excerpt(input.content) }, move);
      const created = findComplaint(ctx.db, id, now)!;
      ctx.audit({ entity: 'complaint', entityId: id, after: created });
      return created;
    }),

  'complaints.get': (ctx, input) => {
    const complaint = findComplaint(ctx.db, input.id, ctx.now());
    if (!complaint) throw notFound('Complaint', input.id);
    return complaint;
  },

  'complaints.list': (ctx, input) => {
    const filter = { ...input, replyAgentId: input.mine ? signedIn(ctx).id : undefined };
    return listPage(input, (cursor, limit) => listComplaints(ctx.db, filter, cursor, limit, ctx.now()));
  },

  'complaints.due': (ctx, input) => {
    const now = ctx.now();
    const { endOfToday } = dayBounds(ctx.db, now);
    // Late in the evening, what falls due within the hour (just after midnight) belongs on the board too.
    return { at: now, ...dueComplaints(ctx.db, now, Math.max(endOfToday, now + HOUR_MS), input.limit) };
  },

  'complaints.review': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'review',
      columns: (_row, userId, now) => ({ reviewed_by: userId, reviewed_at: now }),
      details: () => (input.note ? { note: excerpt(input.note) } : {}),
    }),

  'complaints.resubmit': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'resubmit',
      columns: () => ({
        ...(input.complainant !== undefined && { complainant: input.complainant }),
        ...(input.contactPhone !== undefined && { contact_phone: input.contactPhone }),
        ...(input.content !== undefined && { content: input.content }),
      }),
      details: (row, changed) => ({
        corrected: (['complainant', 'contact_phone', 'content'] as const).filter((k) => k in changed && changed[k] !== row[k]),
      }),
    }),

  'complaints.route': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'route',
      route: input.route,
      columns: (_row, userId, now) => ({
        route: input.route,
        department_id: routeUnit(ctx, input.route, input.departmentId),
        routed_by: userId,
        routed_at: now,
        due_at: otherDeadline(ctx.db, ROUTE_DEADLINE[input.route], now),
        handled_at: null,
      }),
      details: (_row, changed) => ({ route: input.route, departmentId: changed.department_id, dueAt: changed.due_at }),
    }),

  'complaints.recordResult': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'recordResult',
      columns: (row, userId, now) => ({
        result: input.result,
        result_by: userId,
        result_at: now,
        // Inside the center the written reply is the routed work; a transfer's work came back with the opinion.
        ...(row.state === 'routed_internal' && { handled_at: now }),
      }),
      details: () => ({ result: excerpt(input.result) }),
    }),

  'complaints.sign': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'sign',
      columns: (_row, userId, now) => ({ signed_by: userId, signed_at: now, signature: input.signature ?? null }),
      details: () => ({ drawn: input.signature !== undefined }),
    }),

  'complaints.send': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'send',
      columns: (_row, userId, now) => ({ sent_by: userId, sent_at: now }),
      details: (row) => ({ departmentId: row.department_id, dueAt: row.due_at }),
    }),

  'complaints.recordOpinion': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'recordOpinion',
      columns: (row, userId, now) => {
        const cameBack = toldTime('cameBackAt', input.cameBackAt, row.sent_at ?? 0, now);
        return { opinion: input.opinion, opinion_by: input.opinionBy, opinion_at: cameBack, opinion_recorded_by: userId, handled_at: cameBack };
      },
      details: (_row, changed) => ({ opinion: excerpt(input.opinion), opinionBy: input.opinionBy, cameBackAt: changed.opinion_at }),
    }),

  'complaints.assignReply': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'assignReply',
      columns: (_row, userId, now) => ({ reply_agent_id: replyAgent(ctx, input.agentId), assigned_by: userId, assigned_at: now }),
      details: () => ({ agentId: input.agentId }),
    }),

  'complaints.recordReply': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'recordReply',
      check: (row, userId) => {
        if (row.reply_agent_id !== userId) {
          throw invalidState(`Complaint ${row.number} was given to another agent to reply`, 'complaints.notAssignedToYou');
        }
      },
      columns: (row, userId, now) => ({
        reply: input.reply,
        replied_by: userId,
        replied_at: toldTime('repliedAt', input.repliedAt, row.assigned_at ?? 0, now),
      }),
      details: () => ({ reply: excerpt(input.reply) }),
    }),

  'complaints.file': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'file',
      columns: (_row, userId, now) => ({ filed_by: userId, filed_at: now }),
      details: () => ({}),
    }),

  'complaints.closeRequest': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const row = findComplaintRow(ctx.db, input.id);
      if (!row) throw notFound('Complaint', input.id);
      if (row.state !== 'filed' || row.request_id === null) {
        throw invalidState(`Complaint ${row.number} is not filed from a request; its request is closed from the request`, 'complaints.notNow');
      }
      const move = closeFromComplaint(ctx, row.request_id, me.id);
      const details = { complaintId: row.id, number: row.number, ...requestMoveDetails(move) };
      appendServiceLog(ctx.db, { requestId: row.request_id, at: now, userId: me.id, kind: 'complaint.requestClosed', details });
      return findComplaint(ctx.db, row.id, now)!;
    }),

  'complaints.returnForCorrection': (ctx, input) =>
    takeStep(ctx, input, {
      step: 'returnForCorrection',
      columns: (row, userId, now) => ({
        return_reason: input.reason,
        returned_by: userId,
        returned_at: now,
        ...correctionReset(row),
      }),
      details: () => ({ reason: excerpt(input.reason) }),
    }),

  'complaints.register': (ctx, input) =>
    complaintRegister(
      ctx.db,
      {
        from: input.from,
        to: input.to,
        limit: input.limit,
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
        ...(input.state !== undefined && { state: input.state }),
      },
      ctx.now(),
    ),
} satisfies HandlersOf<typeof complaintsApi>;

/** What sending back undoes: the review; the written reply's time (its deadline runs again); a transfer's routing. */
function correctionReset(row: ComplaintRow): Partial<ComplaintRow> {
  switch (row.state) {
    case 'reviewed':
      return { reviewed_by: null, reviewed_at: null };
    case 'answered_internal':
      return { handled_at: null, result_at: null, result_by: null };
    case 'routed_transfer':
      return isTransferRoute(row.route ?? 'internal')
        ? { route: null, department_id: null, routed_by: null, routed_at: null, due_at: null, handled_at: null }
        : {};
    default:
      return {};
  }
}
