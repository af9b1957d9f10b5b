// Difficult question records (疑难问题记录表): a caller's question the knowledge base could not answer, addressed to a
// department that answers within 1 working day; the customer is replied to; the record closes once the knowledge base
// has an article from the answer, or a supervisor records why not.
import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema } from './common';
import { answerSpec, createRecordSpec, getRecordSpec, listRecordsSpec, versioned, type RoutedDetail, type RoutedSummary } from './routed';
import { QUESTION_ACTION_ROLES, QUESTION_STATES, type QuestionState } from '../questions/workflow';

export interface ArticleLink {
  id: number;
  number: string;
  revision: number;
  /** The Chinese title, or the English one when the article has no Chinese text. */
  title: string;
  titleEn: string | null;
}

export interface QuestionSummary extends RoutedSummary {
  state: QuestionState;
  question: string;
  /** A question is addressed to its department when it is opened. */
  departmentId: number;
  departmentName: string;
  departmentNameEn: string;
  /** The department's answer is due by then: 1 working day after the record was opened. */
  dueAt: number;
  openedAt: number;
  /** The reply deadline told to the caller. */
  replyPromisedAt: number;
}

/** A difficult question record: its list row, what every routed record's page shows, and the question's own steps. */
export interface DifficultQuestion extends QuestionSummary, RoutedDetail {
  /** What the caller was told about why there is no answer yet. */
  reasonTold: string;
  openedByName: string | null;
  /** What the customer was told. */
  reply: string;
  repliedAt: number | null;
  repliedByName: string | null;
  /** The article (and its revision) the record was closed with. */
  article: ArticleLink | null;
  /** Articles written from this answer so far (each at its newest revision from it): what it may be closed with. */
  linkedArticles: ArticleLink[];
  /** Why a supervisor closed it without an article. */
  noArticleReason: string;
}

export const questionsApi = {
  'questions.create': method<DifficultQuestion>()(
    createRecordSpec(
      "Opens a difficult question record (number YN-YYYYMMDD-NNNN) addressed to a department, due 1 working day after it came in (`receivedAt`, default now). `replyPromisedAt` is the reply deadline told to the caller (default: the department's due time). From a request (`requestId`) it is written to the request's service log.",
      {
        question: z.string().trim().min(1).max(4000),
        departmentId: idSchema,
        reasonTold: z.string().trim().max(1000).optional(),
        replyPromisedAt: timestampSchema.optional(),
      },
    ),
  ),
  'questions.get': method<DifficultQuestion>()(getRecordSpec('A difficult question record with its answer, reply, linked articles and who did what when.')),
  'questions.list': method<{ items: QuestionSummary[]; nextCursor: string | null }>()(
    listRecordsSpec(
      'Difficult question records, newest first, page by page (keyset); by state, department, customer or request; `overdue` only those whose answer is late (oldest due first).',
      QUESTION_STATES,
      { requestId: idSchema.optional() },
    ),
  ),
  'questions.answer': method<DifficultQuestion>()({
    ...answerSpec(QUESTION_ACTION_ROLES.answer),
    summary:
      "Records the department's answer, by a user of the department the question was addressed to or a supervisor (anyone else: forbidden, questions.notYourDepartment). Names the version it read.",
  }),
  'questions.reply': method<DifficultQuestion>()({
    summary: 'Records the reply given to the customer (what they were told). Names the version it read.',
    input: z.strictObject({ ...versioned, reply: z.string().trim().min(1).max(4000) }),
    access: QUESTION_ACTION_ROLES.reply,
    kind: 'write',
  }),
  'questions.close': method<DifficultQuestion>()({
    summary:
      'Closes a replied record with the knowledge-base article created or updated from its answer (knowledge.create/update with `fromQuestionId`); `articleId` picks one when several were, default the newest. Names the version it read.',
    input: z.strictObject({ ...versioned, articleId: idSchema.optional() }),
    access: QUESTION_ACTION_ROLES.close,
    kind: 'write',
  }),
  'questions.closeWithoutArticle': method<DifficultQuestion>()({
    summary: 'A supervisor closes a replied record without an article, recording why. Names the version it read.',
    input: z.strictObject({ ...versioned, reason: z.string().trim().min(1).max(1000) }),
    access: QUESTION_ACTION_ROLES.closeWithoutArticle,
    kind: 'write',
  }),
};
