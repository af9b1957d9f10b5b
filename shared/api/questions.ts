// Difficult question records (疑难问题记录表): a caller's question the knowledge base could not answer, addressed to a
// department that answers within 1 working day; the customer is replied to; the record closes once the knowledge base
// has an article from the answer, or a supervisor records why not.
import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema } from './common';
import { answerInput, receivedAtField, recordListInput, takenFromFields, versioned } from './routed';
import { QUESTION_ACTION_ROLES, QUESTION_STATES, type QuestionState } from '../questions/workflow';
import { ROUTED_HOTLINE, ROUTED_READERS } from '../routed/workflow';

export interface ArticleLink {
  id: number;
  number: string;
  revision: number;
  /** The Chinese title, or the English one when the article has no Chinese text. */
  title: string;
  titleEn: string | null;
}

export interface DifficultQuestion {
  id: number;
  /** YN-20261201-0001. */
  number: string;
  state: QuestionState;
  callerName: string;
  callerPhone: string;
  customerId: number | null;
  customerCode: string | null;
  customerName: string | null;
  requestId: number | null;
  requestNumber: string | null;
  question: string;
  /** What the caller was told about why there is no answer yet. */
  reasonTold: string;
  /** The reply deadline told to the caller. */
  replyPromisedAt: number;
  departmentId: number;
  departmentName: string;
  departmentNameEn: string;
  /** The department's answer is due by then: 1 working day after the record was opened. */
  dueAt: number;
  /** The answer is missing and due is past. */
  overdue: boolean;
  openedAt: number;
  openedByName: string | null;
  answer: string;
  answeredAt: number | null;
  answeredByName: string | null;
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
  closedAt: number | null;
  closedByName: string | null;
  version: number;
  updatedAt: number;
}

export interface QuestionSummary {
  id: number;
  number: string;
  state: QuestionState;
  question: string;
  callerName: string;
  customerName: string | null;
  departmentId: number;
  departmentName: string;
  departmentNameEn: string;
  openedAt: number;
  dueAt: number;
  replyPromisedAt: number;
  overdue: boolean;
}

const text = (max: number) => z.string().trim().max(max);

export const questionsApi = {
  'questions.create': method<DifficultQuestion>()({
    summary:
      "Opens a difficult question record (number YN-YYYYMMDD-NNNN) addressed to a department, due 1 working day after it came in (`receivedAt`, default now). `replyPromisedAt` is the reply deadline told to the caller (default: the department's due time). From a request (`requestId`) it is written to the request's service log.",
    input: z.strictObject({
      question: z.string().trim().min(1).max(4000),
      departmentId: idSchema,
      ...takenFromFields,
      reasonTold: text(1000).optional(),
      replyPromisedAt: timestampSchema.optional(),
      receivedAt: receivedAtField,
    }),
    access: ROUTED_HOTLINE,
    kind: 'write',
  }),
  'questions.get': method<DifficultQuestion>()({
    summary: 'A difficult question record with its answer, reply, linked articles and who did what when.',
    input: z.strictObject({ id: idSchema }),
    access: ROUTED_READERS,
    kind: 'read',
  }),
  'questions.list': method<{ items: QuestionSummary[]; nextCursor: string | null }>()({
    summary:
      'Difficult question records, newest first, page by page (keyset); by state, department, customer or request; `overdue` only those whose answer is late (oldest due first).',
    input: recordListInput(QUESTION_STATES, { requestId: idSchema.optional() }),
    access: ROUTED_READERS,
    kind: 'read',
  }),
  'questions.answer': method<DifficultQuestion>()({
    summary: "Records the department's answer. Names the version it read.",
    input: answerInput,
    access: QUESTION_ACTION_ROLES.answer,
    kind: 'write',
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
