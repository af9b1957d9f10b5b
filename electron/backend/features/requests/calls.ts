// Logging a call and reading requests: create, get, list, search, update.
import { MILESTONE_WORKING_DAYS, type MilestoneKind, type Priority, type RequestDeadlines, type RequestKind, type RequestPage, type ServiceRequest, type requestsApi } from '../../../../shared/api/requests';
import { normalizePhone } from '../../../../shared/customers/phones';
import { todayIn } from '../../../../shared/customers/dates';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { fieldInvalid, invalidState, notFound, staleVersion } from '../../lib/errors';
import { nextInSequence } from '../../lib/numbers';
import { centerTimeZone, centerToday } from '../../lib/center-time';
import { deadlineOf, lateness, otherDeadline, requestDeadlines } from '../calendar';
import { findCustomer } from '../customers';
import { recordTimelineEvent } from '../../records/timeline';
import { findEquipment } from '../equipment';
import { recordArticleUse } from '../knowledge';
import { sql } from '../../db/connection';
import { listRequests, searchRequests } from './queries';
import { findRequest, findRequestRow, indexRequest, insertRequest, updateRequestColumns, type RequestRow } from './repository';
import { appendServiceLog } from '../../records/service-log';
import { serviceLogOf } from './service-log';
import { checkFaultTime, checkOwnActiveDepartment, checkOwner } from './checks';

type CallHandlers = Pick<HandlersOf<typeof requestsApi>, 'requests.create' | 'requests.get' | 'requests.list' | 'requests.search' | 'requests.update'>;

/** A call is logged while it happens or just after; a time further back than this is a typing mistake. */
const RECEIVED_AT_MAX_AGE_MS = 7 * 24 * 3600_000;
const CLOCK_SKEW_MS = 60_000;

export function requestNumber(timeZone: string, receivedAt: number, n: number): string {
  return `FW-${todayIn(timeZone, receivedAt).replaceAll('-', '')}-${String(n).padStart(4, '0')}`;
}

export function existingRequest(ctx: HandlerContext, id: number): RequestRow {
  const row = findRequestRow(ctx.db, id);
  if (!row) throw notFound('Request', id);
  return row;
}

/** The customer and equipment a request is about: the equipment must be the customer's; it names the customer if none is given. */
function linkedCustomer(ctx: HandlerContext, customerId: number | null | undefined, equipmentId: number | null | undefined) {
  let customer = customerId ? findCustomer(ctx.db, customerId) : null;
  if (customerId && !customer) throw fieldInvalid('customerId', 'validation.unknownCustomer', `Customer ${customerId} does not exist`);
  if (customer?.mergedInto) customer = findCustomer(ctx.db, customer.mergedInto);
  const equipment = equipmentId ? findEquipment(ctx.db, equipmentId, centerToday(ctx.db, ctx.now())) : null;
  if (equipmentId && !equipment) throw fieldInvalid('equipmentId', 'validation.unknownEquipment', `Equipment ${equipmentId} does not exist`);
  if (equipment && customer && equipment.customerId !== customer.id) {
    throw fieldInvalid('equipmentId', 'validation.equipmentOfOtherCustomer', "The equipment is not this customer's");
  }
  if (equipment && !customer) customer = findCustomer(ctx.db, equipment.customerId);
  return { customer, equipment };
}

/** Everything a request is found by in full-text search besides its subject. */
export function searchBody(row: Pick<RequestRow, 'description' | 'caller_name' | 'nature' | 'solution'>, customerName: string | null): string[] {
  return [row.description, row.caller_name, customerName ?? '', row.nature, row.solution];
}

/**
 * A request's deadlines by the policy: respond by its priority; a fault report also on site and solved by it; a
 * suggestion is answered within the suggestion deadline (a setting, 5 working days by default), not the priority's.
 */
function deadlinesOf(ctx: HandlerContext, kind: RequestKind, priority: Priority, receivedAt: number): Omit<RequestDeadlines, 'analyseBy' | 'planBy'> {
  const byPriority = requestDeadlines(ctx.db, priority, receivedAt);
  return {
    respondBy: byPriority.respondBy,
    onSiteBy: kind === 'fault' ? byPriority.onSiteBy : null,
    solveBy: kind === 'suggestion' ? otherDeadline(ctx.db, 'suggestion', receivedAt) : byPriority.solveBy,
  };
}

/**
 * When a milestone of the brief is due: MILESTONE_WORKING_DAYS after the call came in (the caller keeps it no later
 * than the solution's own deadline: an urgent request solved within 8 hours is analysed and planned within them too).
 */
function milestoneDue(ctx: HandlerContext, milestone: MilestoneKind, receivedAt: number): number {
  return deadlineOf(ctx.db, { amount: MILESTONE_WORKING_DAYS[milestone], unit: 'working_days' }, receivedAt);
}

/** Each commitment's breach class as of now; see RequestPage.breaches. */
function breachesOf(ctx: HandlerContext, request: ServiceRequest): RequestPage['breaches'] {
  const now = ctx.now();
  const judge = (due: number | null, doneAt: number | null, owed: boolean, kind: 'answer' | 'completion') =>
    due === null || request.state === 'cancelled' || (doneAt === null && !owed) ? null : lateness(ctx.db, due, doneAt ?? now, kind).breach;
  const { respondBy, onSiteBy, solveBy, analyseBy, planBy } = request.deadlines;
  // A step skipped (a request solved, or put straight to work) is no longer owed once the request is solved.
  const unsolved = request.solvedAt === null;
  return {
    analyse: judge(analyseBy, request.analysedAt, unsolved, 'answer'),
    plan: judge(planBy, request.plannedAt, unsolved, 'answer'),
    respond: judge(respondBy, request.firstResponseAt, true, 'answer'),
    onSite: judge(onSiteBy, request.arrivedAt, request.solvedAt === null, 'answer'),
    solve: judge(solveBy, request.solvedAt, true, 'completion'),
  };
}

/** What an edit changed, field by field, before and after: the service log shows it. */
export const LOGGED_FIELDS = ['priority', 'subject', 'description', 'callerName', 'callerPhone', 'customerName', 'equipmentLabel', 'fault', 'complex', 'ownerName', 'departmentName', 'deadlines'] as const;
function changesOf(before: ServiceRequest, after: ServiceRequest): { changed: string[]; before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = LOGGED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  return {
    changed: [...changed],
    before: Object.fromEntries(changed.map((field) => [field, before[field]])),
    after: Object.fromEntries(changed.map((field) => [field, after[field]])),
  };
}

export const callHandlers: CallHandlers = {
  'requests.create': (ctx, input) =>
    ctx.write(() => {
      const now = ctx.now();
      const user = signedIn(ctx);
      const receivedAt = input.receivedAt ?? now;
      if (receivedAt > now + CLOCK_SKEW_MS) throw fieldInvalid('receivedAt', 'validation.inFuture', 'The call cannot come in the future');
      if (receivedAt < now - RECEIVED_AT_MAX_AGE_MS) throw fieldInvalid('receivedAt', 'validation.tooOld', 'The call is more than 7 days old');
      if (input.kind === 'fault') checkFaultTime(ctx, input.fault?.occurredAt);
      const onSpot = input.answeredOnSpot === true;
      if (onSpot && input.kind !== 'consultation') {
        throw fieldInvalid('answeredOnSpot', 'validation.onlyConsultationOnSpot', 'Only a consultation is answered on the spot');
      }
      if (input.articleId !== undefined && !onSpot) {
        throw fieldInvalid('articleId', 'validation.articleWithoutAnswer', 'An article is recorded when it answered the call on the spot');
      }
      if (input.articleId !== undefined && !sql(ctx.db, 'SELECT 1 FROM knowledge_articles WHERE id = ?').get(input.articleId)) {
        throw fieldInvalid('articleId', 'validation.unknownArticle', `Article ${input.articleId} does not exist`);
      }
      const { customer, equipment } = linkedCustomer(ctx, input.customerId, input.equipmentId);
      const timeZone = centerTimeZone(ctx.db);
      const deadlines = deadlinesOf(ctx, input.kind, input.priority, receivedAt);
      const number = requestNumber(timeZone, receivedAt, nextInSequence(ctx.db, `request:${todayIn(timeZone, receivedAt)}`));
      const row = {
        number,
        received_at: receivedAt,
        channel: input.channel,
        kind: input.kind,
        priority: input.priority,
        state: onSpot ? ('closed' as const) : ('accepted' as const),
        held_state: null,
        subject: input.subject,
        description: input.description,
        caller_name: input.callerName ?? '',
        caller_phone: input.callerPhone,
        caller_phone_normalized: normalizePhone(input.callerPhone),
        customer_id: customer?.id ?? null,
        equipment_id: equipment?.id ?? null,
        fault: input.kind === 'fault' ? JSON.stringify(input.fault ?? {}) : null,
        complex: input.complex ? 1 : 0,
        owner_id: user.id,
        department_id: null,
        nature: '',
        solution: '',
        planned_by: null,
        respond_by: deadlines.respondBy,
        on_site_by: deadlines.onSiteBy,
        solve_by: deadlines.solveBy,
        analyse_by: onSpot ? null : Math.min(milestoneDue(ctx, 'analyse', receivedAt), deadlines.solveBy),
        plan_by: onSpot ? null : Math.min(milestoneDue(ctx, 'plan', receivedAt), deadlines.solveBy),
        first_response_at: onSpot ? now : null,
        arrived_at: null,
        solved_at: onSpot ? now : null,
        closed_at: onSpot ? now : null,
        last_progress_at: null,
        answered_by_article_id: input.articleId ?? null,
        created_by: user.id,
      };
      const id = insertRequest(ctx.db, row, now);
      indexRequest(ctx.db, id, row.subject, searchBody(row, customer?.name ?? null));
      appendServiceLog(ctx.db, { requestId: id, at: now, userId: user.id, kind: 'created', details: { number, kind: row.kind, channel: row.channel, priority: row.priority } });
      if (input.articleId !== undefined) recordArticleUse(ctx.db, { articleId: input.articleId, requestId: id, userId: user.id, at: now });
      if (onSpot) {
        appendServiceLog(ctx.db, { requestId: id, at: now, userId: user.id, kind: 'answeredOnSpot', details: { articleId: input.articleId ?? null } });
      }
      if (customer) {
        recordTimelineEvent(ctx.db, {
          customerId: customer.id,
          equipmentId: equipment?.id ?? null,
          at: now,
          kind: onSpot ? 'request.answered' : 'request.created',
          actorId: user.id,
          details: { requestId: id, number, kind: row.kind, subject: row.subject },
        });
      }
      const created = findRequest(ctx.db, id)!;
      ctx.audit({ entity: 'request', entityId: id, after: created });
      return created;
    }),

  'requests.get': (ctx, input) => {
    const request = findRequest(ctx.db, input.id);
    if (!request) throw notFound('Request', input.id);
    return { request, log: serviceLogOf(ctx.db, input.id), breaches: breachesOf(ctx, request) };
  },

  'requests.list': (ctx, input) => listRequests(ctx.db, input),

  'requests.search': (ctx, input) => ({ items: searchRequests(ctx.db, input.query, input.limit) }),

  'requests.update': (ctx, input) =>
    ctx.write(() => {
      const current = existingRequest(ctx, input.id);
      if (current.state === 'closed' || current.state === 'cancelled') {
        throw invalidState('A closed or cancelled request is not edited', 'request.finished');
      }
      checkOwner(ctx, input.ownerId);
      checkOwnActiveDepartment(ctx, input.departmentId);
      if (current.kind === 'fault') checkFaultTime(ctx, input.fault?.occurredAt, findRequest(ctx.db, current.id)?.fault?.occurredAt ?? null);
      const now = ctx.now();
      const before = findRequest(ctx.db, current.id)!;
      const { customer, equipment } = linkedCustomer(
        ctx,
        input.customerId === undefined ? current.customer_id : input.customerId,
        input.equipmentId === undefined ? current.equipment_id : input.equipmentId,
      );
      const columns: Parameters<typeof updateRequestColumns>[3] = {
        subject: input.subject,
        description: input.description,
        caller_name: input.callerName,
        caller_phone: input.callerPhone,
        caller_phone_normalized: input.callerPhone === undefined ? undefined : normalizePhone(input.callerPhone),
        customer_id: customer?.id ?? null,
        equipment_id: equipment?.id ?? null,
        fault: input.fault === undefined || current.kind !== 'fault' ? undefined : JSON.stringify(input.fault),
        complex: input.complex === undefined ? undefined : input.complex ? 1 : 0,
        owner_id: input.ownerId,
        department_id: input.departmentId,
      };
      if (input.priority !== undefined && input.priority !== current.priority) {
        const deadlines = deadlinesOf(ctx, current.kind, input.priority, current.received_at);
        Object.assign(columns, {
          priority: input.priority,
          respond_by: deadlines.respondBy,
          on_site_by: deadlines.onSiteBy,
          solve_by: deadlines.solveBy,
        });
      }
      if (!updateRequestColumns(ctx.db, current, input.version, columns, now)) throw staleVersion('The request');
      const after = findRequest(ctx.db, current.id)!;
      appendServiceLog(ctx.db, { requestId: current.id, at: now, userId: signedIn(ctx).id, kind: 'updated', details: changesOf(before, after) });
      const updatedRow = findRequestRow(ctx.db, current.id)!;
      indexRequest(ctx.db, current.id, updatedRow.subject, searchBody(updatedRow, after.customerName));
      ctx.audit({ entity: 'request', entityId: current.id, before, after });
      return after;
    }),
};
