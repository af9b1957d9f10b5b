// Customer suggestions (客户建议记录单): recorded from a call or a letter, forwarded to a department (at once, or later),
// answered, closed once the customer has been told.
import type { suggestionsApi } from '../../../../shared/api/suggestions';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { insertRow, updateVersionedRow } from '../../db/versioned';
import { listPage } from '../../lib/keyset';
import { datedNumber } from '../../lib/numbers';
import { addressableDepartment, receivedAt } from '../../records/links';
import { answerColumns, routedPage, routedRecordCreated, takeRoutedStep, takenFromColumns } from '../../records/routed';
import { excerpt } from '../../records/service-log';
import { otherDeadline } from '../calendar';
import { SUGGESTIONS, listSuggestions, type SuggestionRow } from './repository';

/** The columns of a forward: the department, who and when, and the answer's deadline counted from now. */
function forwardColumns(ctx: HandlerContext, departmentId: number, userId: number, now: number): Partial<SuggestionRow> {
  return {
    department_id: addressableDepartment(ctx.db, departmentId),
    forwarded_by: userId,
    forwarded_at: now,
    due_at: otherDeadline(ctx.db, 'suggestion', now),
  };
}

export const suggestionsHandlers = {
  'suggestions.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const from = takenFromColumns(ctx.db, input);
      const recordedAt = receivedAt(input.receivedAt, now);
      const forward = input.departmentId !== undefined ? forwardColumns(ctx, input.departmentId, me.id, recordedAt) : null;
      const number = datedNumber(ctx.db, 'JY', recordedAt);
      const id = insertRow(ctx.db, SUGGESTIONS.table, {
        number,
        state: 'recorded',
        channel: input.channel,
        ...from,
        content: input.content,
        recorded_by: me.id,
        recorded_at: recordedAt,
        created_at: recordedAt,
        updated_at: recordedAt,
      });
      if (forward) updateVersionedRow(ctx.db, SUGGESTIONS.table, id, 0, { ...forward, state: 'forwarded' }, now);
      const details = { content: excerpt(input.content), ...(forward && { departmentId: forward.department_id, dueAt: forward.due_at }) };
      return routedRecordCreated(ctx, SUGGESTIONS, { id, number, ...from }, { kind: 'suggestion.recorded', details });
    }),

  'suggestions.get': (ctx, input) => routedPage(ctx, SUGGESTIONS, input.id),

  'suggestions.list': (ctx, input) => listPage(input, (cursor, limit) => listSuggestions(ctx.db, input, cursor, limit, ctx.now())),

  'suggestions.forward': (ctx, input) =>
    takeRoutedStep(ctx, SUGGESTIONS, input, 'forward', {
      columns: (_row, userId, now) => forwardColumns(ctx, input.departmentId, userId, now),
      details: (_row, changed) => ({ departmentId: changed.department_id, dueAt: changed.due_at }),
    }),

  'suggestions.answer': (ctx, input) =>
    takeRoutedStep(ctx, SUGGESTIONS, input, 'answer', {
      columns: answerColumns(input.answer),
      details: () => ({ answer: excerpt(input.answer) }),
    }),

  'suggestions.close': (ctx, input) =>
    takeRoutedStep(ctx, SUGGESTIONS, input, 'close', {
      columns: (_row, userId, now) => ({ closing_note: input.note ?? '', closed_by: userId, closed_at: now }),
      details: () => ({ note: excerpt(input.note ?? '') }),
    }),
} satisfies HandlersOf<typeof suggestionsApi>;
