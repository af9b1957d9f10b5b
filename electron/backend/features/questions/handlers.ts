// Difficult question records (疑难问题记录表): opened from a call and addressed to a department, answered, replied to
// the caller, closed with the knowledge-base article written from the answer (or by a supervisor, saying why not).
import type { questionsApi } from '../../../../shared/api/questions';
import { signedIn, type HandlersOf } from '../../context';
import { insertRow } from '../../db/versioned';
import { fieldInvalid, invalidState } from '../../lib/errors';
import { listPage } from '../../lib/keyset';
import { datedNumber } from '../../lib/numbers';
import { addressableDepartment, receivedAt } from '../../records/links';
import { answerColumns, routedPage, routedRecordCreated, takeRoutedStep, takenFromColumns } from '../../records/routed';
import { excerpt } from '../../records/service-log';
import { otherDeadline } from '../calendar';
import { articlesFromQuestion } from '../knowledge';
import { QUESTIONS, listQuestions } from './repository';

/** A promise to call back "by" a moment already past is a slip of the keyboard; a minute of grace for the clock. */
const PAST_GRACE_MS = 60_000;

export const questionsHandlers = {
  'questions.create': (ctx, input) =>
    ctx.write(() => {
      const now = ctx.now();
      const departmentId = addressableDepartment(ctx.db, input.departmentId);
      const from = takenFromColumns(ctx.db, input);
      if (input.replyPromisedAt !== undefined && input.replyPromisedAt < now - PAST_GRACE_MS) {
        throw fieldInvalid('replyPromisedAt', 'validation.notInPast', 'The reply deadline told to the caller is already past');
      }
      const openedAt = receivedAt(input.receivedAt, now);
      const dueAt = otherDeadline(ctx.db, 'question', openedAt);
      const number = datedNumber(ctx.db, 'YN', openedAt);
      const id = insertRow(ctx.db, QUESTIONS.table, {
        number,
        state: 'open',
        ...from,
        question: input.question,
        reason_told: input.reasonTold ?? '',
        reply_promised_at: input.replyPromisedAt ?? dueAt,
        department_id: departmentId,
        due_at: dueAt,
        opened_by: signedIn(ctx).id,
        opened_at: openedAt,
        created_at: openedAt,
        updated_at: openedAt,
      });
      const details = { question: excerpt(input.question), departmentId, dueAt };
      return routedRecordCreated(ctx, QUESTIONS, { id, number, ...from }, { kind: 'question.opened', details });
    }),

  'questions.get': (ctx, input) => routedPage(ctx, QUESTIONS, input.id),

  'questions.list': (ctx, input) => listPage(input, (cursor, limit) => listQuestions(ctx.db, input, cursor, limit, ctx.now())),

  'questions.answer': (ctx, input) =>
    takeRoutedStep(ctx, QUESTIONS, input, 'answer', {
      columns: answerColumns(input.answer),
      details: (row, changed) => ({ answer: excerpt(input.answer), late: (changed.answered_at ?? 0) > row.due_at }),
    }),

  'questions.reply': (ctx, input) =>
    takeRoutedStep(ctx, QUESTIONS, input, 'reply', {
      columns: (_row, userId, now) => ({ reply: input.reply, replied_by: userId, replied_at: now }),
      details: () => ({ reply: excerpt(input.reply) }),
    }),

  'questions.close': (ctx, input) =>
    takeRoutedStep(ctx, QUESTIONS, input, 'close', {
      columns: (row, userId, now) => {
        const linked = articlesFromQuestion(ctx.db, row.id);
        const article = input.articleId === undefined ? linked[0] : linked.find((a) => a.id === input.articleId);
        if (input.articleId !== undefined && !article) {
          throw fieldInvalid('articleId', 'validation.articleNotFromAnswer', `Article ${input.articleId} was not written from this answer`);
        }
        if (!article) {
          throw invalidState(`Question ${row.number} has no article written from its answer yet`, 'questions.articleRequired');
        }
        return { article_id: article.id, article_revision: article.revision, closed_by: userId, closed_at: now };
      },
      details: (_row, changed) => ({ articleId: changed.article_id, articleRevision: changed.article_revision }),
    }),

  'questions.closeWithoutArticle': (ctx, input) =>
    takeRoutedStep(ctx, QUESTIONS, input, 'closeWithoutArticle', {
      columns: (_row, userId, now) => ({ no_article_reason: input.reason, closed_by: userId, closed_at: now }),
      details: () => ({ withoutArticle: true, reason: excerpt(input.reason) }),
    }),
} satisfies HandlersOf<typeof questionsApi>;
