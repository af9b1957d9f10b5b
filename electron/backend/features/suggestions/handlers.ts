// Customer suggestions (客户建议记录单).
import type { suggestionsApi } from '../../../../shared/api/suggestions';
import { nextSuggestionState, type SuggestionAction } from '../../../../shared/suggestions/workflow';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { invalidState, notFound, staleVersion } from '../../lib/errors';
import { otherDeadline } from '../calendar';
import { recordTimelineEvent } from '../../records/timeline';
import { appendServiceLog } from '../../records/service-log';
import { decodeListCursor, keysetPage } from '../../lib/keyset';
import { datedNumber } from '../../lib/numbers';
import { addressableDepartment, linkableCustomer, linkableRequest, receivedAt } from '../../records/links';
import {
  findSuggestion,
  findSuggestionRow,
  insertSuggestion,
  listSuggestions,
  updateSuggestionColumns,
  type SuggestionRow,
} from './repository';

const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

const LOGGED_AS: Record<SuggestionAction, string> = {
  forward: 'suggestion.forwarded',
  answer: 'suggestion.answered',
  close: 'suggestion.closed',
};

/** The columns of a forward: the department, who and when, and the answer's deadline counted from now. */
function forwardColumns(ctx: HandlerContext, departmentId: number, userId: number, now: number): Partial<SuggestionRow> {
  return {
    department_id: addressableDepartment(ctx.db, departmentId),
    forwarded_by: userId,
    forwarded_at: now,
    due_at: otherDeadline(ctx.db, 'suggestion', now),
  };
}

function takeStep(
  ctx: HandlerContext,
  input: { id: number; version: number },
  action: SuggestionAction,
  columns: (row: SuggestionRow, userId: number, now: number) => Partial<SuggestionRow>,
  details: (changed: Partial<SuggestionRow>) => Record<string, unknown>,
) {
  return ctx.write(() => {
    const me = signedIn(ctx);
    const now = ctx.now();
    const row = findSuggestionRow(ctx.db, input.id);
    if (!row) throw notFound('Suggestion', input.id);
    const to = nextSuggestionState(row.state, action);
    if (to === null) throw invalidState(`Suggestion ${row.number} is ${row.state}; ${action} does not apply`, 'suggestions.notNow');
    const before = findSuggestion(ctx.db, row.id, now)!;
    const changed = { ...columns(row, me.id, now), state: to };
    if (!updateSuggestionColumns(ctx.db, row.id, input.version, changed, now)) throw staleVersion('The suggestion');
    const logged = { suggestionId: row.id, number: row.number, ...details(changed) };
    if (row.request_id !== null) {
      appendServiceLog(ctx.db, { requestId: row.request_id, at: now, userId: me.id, kind: LOGGED_AS[action], details: logged });
    }
    if (row.customer_id !== null && action !== 'forward') {
      recordTimelineEvent(ctx.db, { customerId: row.customer_id, at: now, kind: LOGGED_AS[action], actorId: me.id, details: logged });
    }
    const after = findSuggestion(ctx.db, row.id, now)!;
    ctx.audit({ entity: 'suggestion', entityId: row.id, before, after });
    return after;
  });
}

export const suggestionsHandlers = {
  'suggestions.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const request = linkableRequest(ctx.db, input.requestId);
      const customerId = linkableCustomer(ctx.db, input.customerId ?? request?.customerId);
      const recordedAt = receivedAt(input.receivedAt, now);
      const forward = input.departmentId !== undefined ? forwardColumns(ctx, input.departmentId, me.id, recordedAt) : null;
      const number = datedNumber(ctx.db, 'JY', recordedAt);
      const id = insertSuggestion(ctx.db, {
        number,
        channel: input.channel,
        callerName: input.callerName ?? '',
        callerPhone: input.callerPhone ?? '',
        customerId,
        requestId: request?.id ?? null,
        content: input.content,
        recordedBy: me.id,
        recordedAt,
      });
      if (forward) updateSuggestionColumns(ctx.db, id, 0, { ...forward, state: 'forwarded' }, now);
      const logged = {
        suggestionId: id,
        number,
        content: excerpt(input.content),
        ...(forward && { departmentId: forward.department_id, dueAt: forward.due_at }),
      };
      if (request) appendServiceLog(ctx.db, { requestId: request.id, at: now, userId: me.id, kind: 'suggestion.recorded', details: logged });
      if (customerId !== null) recordTimelineEvent(ctx.db, { customerId, at: now, kind: 'suggestion.recorded', actorId: me.id, details: logged });
      const created = findSuggestion(ctx.db, id, now)!;
      ctx.audit({ entity: 'suggestion', entityId: id, after: created });
      return created;
    }),

  'suggestions.get': (ctx, input) => {
    const suggestion = findSuggestion(ctx.db, input.id, ctx.now());
    if (!suggestion) throw notFound('Suggestion', input.id);
    return suggestion;
  },

  'suggestions.list': (ctx, input) => {
    const limit = input.limit ?? 50;
    const rows = listSuggestions(
      ctx.db,
      {
        ...(input.state !== undefined && { state: input.state }),
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
        ...(input.customerId !== undefined && { customerId: input.customerId }),
        ...(input.overdue !== undefined && { overdue: input.overdue }),
      },
      decodeListCursor(input.after),
      limit + 1,
      ctx.now(),
    );
    return keysetPage(rows, limit, (last) => (input.overdue ? (last.dueAt ?? 0) : 0));
  },

  'suggestions.forward': (ctx, input) =>
    takeStep(
      ctx,
      input,
      'forward',
      (_row, userId, now) => forwardColumns(ctx, input.departmentId, userId, now),
      (changed) => ({ departmentId: changed.department_id, dueAt: changed.due_at }),
    ),

  'suggestions.answer': (ctx, input) =>
    takeStep(ctx, input, 'answer', (_row, userId, now) => ({ answer: input.answer, answered_by: userId, answered_at: now }), () => ({
      answer: excerpt(input.answer),
    })),

  'suggestions.close': (ctx, input) =>
    takeStep(ctx, input, 'close', (_row, userId, now) => ({ closing_note: input.note ?? '', closed_by: userId, closed_at: now }), () => ({
      note: excerpt(input.note ?? ''),
    })),
} satisfies HandlersOf<typeof suggestionsApi>;
