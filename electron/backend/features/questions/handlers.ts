// Difficult question records (疑难问题记录表).
import type { questionsApi } from '../../../../shared/api/questions';
import { nextQuestionState, type QuestionAction } from '../../../../shared/questions/workflow';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { fieldInvalid, invalidState, notFound, staleVersion } from '../../lib/errors';
import { otherDeadline } from '../calendar';
import { recordTimelineEvent } from '../../records/timeline';
import { articlesFromQuestion } from '../knowledge';
import { appendServiceLog } from '../../records/service-log';
import { decodeListCursor, encodeListCursor } from '../../lib/keyset';
import { datedNumber } from '../../lib/numbers';
import { addressableDepartment, linkableCustomer, linkableRequest, receivedAt } from '../../records/links';
import { findQuestion, findQuestionRow, insertQuestion, listQuestions, updateQuestionColumns, type QuestionRow } from './repository';

/** A promise to call back "by" a moment already past is a slip of the keyboard; a minute of grace for the clock. */
const PAST_GRACE_MS = 60_000;
const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/** The service-log and repair-archive kind each action leaves. */
const LOGGED_AS: Record<QuestionAction, string> = {
  answer: 'question.answered',
  reply: 'question.replied',
  close: 'question.closed',
  closeWithoutArticle: 'question.closed',
};

/**
 * Takes one step of the record's life: checks the state allows it, saves the step's columns against the version
 * read, writes the request's service log and the customer's repair archive, audits; returns the record.
 */
function takeStep(
  ctx: HandlerContext,
  input: { id: number; version: number },
  action: QuestionAction,
  columns: (row: QuestionRow, userId: number, now: number) => Partial<QuestionRow>,
  details: (row: QuestionRow, changed: Partial<QuestionRow>) => Record<string, unknown>,
) {
  return ctx.write(() => {
    const me = signedIn(ctx);
    const now = ctx.now();
    const row = findQuestionRow(ctx.db, input.id);
    if (!row) throw notFound('Question', input.id);
    const to = nextQuestionState(row.state, action);
    if (to === null) throw invalidState(`Question ${row.number} is ${row.state}; ${action} does not apply`, 'questions.notNow');
    const before = findQuestion(ctx.db, row.id, now)!;
    const changed = { ...columns(row, me.id, now), state: to };
    if (!updateQuestionColumns(ctx.db, row.id, input.version, changed, now)) throw staleVersion('The question record');
    const logged = { questionId: row.id, number: row.number, ...details(row, changed) };
    if (row.request_id !== null) {
      appendServiceLog(ctx.db, { requestId: row.request_id, at: now, userId: me.id, kind: LOGGED_AS[action], details: logged });
    }
    if (row.customer_id !== null && (action === 'answer' || to === 'closed')) {
      recordTimelineEvent(ctx.db, { customerId: row.customer_id, at: now, kind: LOGGED_AS[action], actorId: me.id, details: logged });
    }
    const after = findQuestion(ctx.db, row.id, now)!;
    ctx.audit({ entity: 'question', entityId: row.id, before, after });
    return after;
  });
}

export const questionsHandlers = {
  'questions.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const departmentId = addressableDepartment(ctx.db, input.departmentId);
      const request = linkableRequest(ctx.db, input.requestId);
      const customerId = linkableCustomer(ctx.db, input.customerId ?? request?.customerId);
      if (input.replyPromisedAt !== undefined && input.replyPromisedAt < now - PAST_GRACE_MS) {
        throw fieldInvalid('replyPromisedAt', 'validation.notInPast', 'The reply deadline told to the caller is already past');
      }
      const openedAt = receivedAt(input.receivedAt, now);
      const dueAt = otherDeadline(ctx.db, 'question', openedAt);
      const number = datedNumber(ctx.db, 'YN', openedAt);
      const id = insertQuestion(ctx.db, {
        number,
        callerName: input.callerName ?? '',
        callerPhone: input.callerPhone ?? '',
        customerId,
        requestId: request?.id ?? null,
        question: input.question,
        reasonTold: input.reasonTold ?? '',
        replyPromisedAt: input.replyPromisedAt ?? dueAt,
        departmentId,
        dueAt,
        openedBy: me.id,
        openedAt,
      });
      const logged = { questionId: id, number, question: excerpt(input.question), departmentId, dueAt };
      if (request) appendServiceLog(ctx.db, { requestId: request.id, at: now, userId: me.id, kind: 'question.opened', details: logged });
      if (customerId !== null) recordTimelineEvent(ctx.db, { customerId, at: now, kind: 'question.opened', actorId: me.id, details: logged });
      const created = findQuestion(ctx.db, id, now)!;
      ctx.audit({ entity: 'question', entityId: id, after: created });
      return created;
    }),

  'questions.get': (ctx, input) => {
    const question = findQuestion(ctx.db, input.id, ctx.now());
    if (!question) throw notFound('Question', input.id);
    return question;
  },

  'questions.list': (ctx, input) => {
    const limit = input.limit ?? 50;
    const { rows, last } = listQuestions(
      ctx.db,
      {
        ...(input.state !== undefined && { state: input.state }),
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
        ...(input.customerId !== undefined && { customerId: input.customerId }),
        ...(input.requestId !== undefined && { requestId: input.requestId }),
        ...(input.overdue !== undefined && { overdue: input.overdue }),
      },
      decodeListCursor(input.after),
      limit + 1,
      ctx.now(),
    );
    const page = rows.slice(0, limit);
    const lastOnPage = page[page.length - 1];
    const more = rows.length > limit && lastOnPage !== undefined && last !== null;
    return {
      items: page,
      nextCursor: more ? encodeListCursor(input.overdue ? lastOnPage.dueAt : 0, lastOnPage.id) : null,
    };
  },

  'questions.answer': (ctx, input) =>
    takeStep(
      ctx,
      input,
      'answer',
      (_row, userId, now) => ({ answer: input.answer, answered_by: userId, answered_at: now }),
      (row, changed) => ({ answer: excerpt(input.answer), late: (changed.answered_at ?? 0) > row.due_at }),
    ),

  'questions.reply': (ctx, input) =>
    takeStep(ctx, input, 'reply', (_row, userId, now) => ({ reply: input.reply, replied_by: userId, replied_at: now }), () => ({
      reply: excerpt(input.reply),
    })),

  'questions.close': (ctx, input) =>
    takeStep(
      ctx,
      input,
      'close',
      (row, userId, now) => {
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
      (_row, changed) => ({ articleId: changed.article_id, articleRevision: changed.article_revision }),
    ),

  'questions.closeWithoutArticle': (ctx, input) =>
    takeStep(
      ctx,
      input,
      'closeWithoutArticle',
      (_row, userId, now) => ({ no_article_reason: input.reason, closed_by: userId, closed_at: now }),
      () => ({ withoutArticle: true, reason: excerpt(input.reason) }),
    ),
} satisfies HandlersOf<typeof questionsApi>;
