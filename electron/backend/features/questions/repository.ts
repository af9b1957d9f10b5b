// Difficult question records (疑难问题记录表), a kind of routed record (records/routed.ts): the row, the record as the
// screens show it, and the list.
import type { Db } from '../../db/connection';
import type { DifficultQuestion, QuestionSummary } from '../../../../shared/api/questions';
import { QUESTION_WORKFLOW, type QuestionAction, type QuestionState } from '../../../../shared/questions/workflow';
import type { ListCursor } from '../../lib/keyset';
import { findRouted, listRouted, routedList, routedPageFields, userName } from '../../records/routed';
import type { RoutedKind, RoutedListFilter, RoutedRow } from '../../records/routed';
import { articleLink, articlesFromQuestion } from '../knowledge';

/** Every question is addressed to a department when it is opened, and due then. */
export interface QuestionRow extends RoutedRow<QuestionState> {
  department_id: number;
  due_at: number;
  question: string;
  reason_told: string;
  reply_promised_at: number;
  opened_by: number | null;
  opened_at: number;
  reply: string;
  replied_by: number | null;
  replied_at: number | null;
  article_id: number | null;
  article_revision: number | null;
  no_article_reason: string;
}

function questionPage(db: Db, row: QuestionRow, now: number): DifficultQuestion {
  return {
    ...routedPageFields(db, row, QUESTION_WORKFLOW, now),
    question: row.question,
    reasonTold: row.reason_told,
    replyPromisedAt: row.reply_promised_at,
    openedAt: row.opened_at,
    openedByName: userName(db, row.opened_by),
    reply: row.reply,
    repliedAt: row.replied_at,
    repliedByName: userName(db, row.replied_by),
    article: row.article_id !== null && row.article_revision !== null ? articleLink(db, row.article_id, row.article_revision) : null,
    linkedArticles: articlesFromQuestion(db, row.id),
    noArticleReason: row.no_article_reason,
  };
}

export const QUESTIONS: RoutedKind<QuestionState, QuestionAction, QuestionRow, DifficultQuestion> = {
  entity: 'question',
  domain: 'questions',
  noun: 'Question',
  staleNoun: 'The question record',
  table: 'difficult_questions',
  workflow: QUESTION_WORKFLOW,
  loggedAs: { answer: 'question.answered', reply: 'question.replied', close: 'question.closed', closeWithoutArticle: 'question.closed' },
  // The customer's repair archive keeps the answer and the closing; the reply is in the request's service log.
  archived: (action, to) => action === 'answer' || to === 'closed',
  page: questionPage,
};

export function findQuestion(db: Db, id: number, now: number): DifficultQuestion | null {
  return findRouted(db, QUESTIONS, id, now);
}

const QUESTION_LIST = routedList<QuestionSummary>(QUESTIONS, 'q', { question: 'q.question', openedAt: 'q.opened_at', replyPromisedAt: 'q.reply_promised_at' });

/**
 * One page of the list (read `limit` rows): newest first, or with `overdue` those whose answer is late, oldest due
 * first (records/routed.ts says through which index).
 */
export function listQuestions(db: Db, filter: RoutedListFilter<QuestionState>, cursor: ListCursor | null, limit: number, now: number): QuestionSummary[] {
  return listRouted(db, QUESTION_LIST, filter, cursor, limit, now);
}
