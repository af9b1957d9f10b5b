// Difficult question records: rows, the record as the screens show it, and the lists.
import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import type { DifficultQuestion, QuestionSummary } from '../../../../shared/api/questions';
import { isQuestionOverdue, type QuestionState } from '../../../../shared/questions/workflow';
import { articleLink, articlesFromQuestion } from '../knowledge';

export interface QuestionRow {
  id: number;
  number: string;
  state: QuestionState;
  caller_name: string;
  caller_phone: string;
  customer_id: number | null;
  request_id: number | null;
  question: string;
  reason_told: string;
  reply_promised_at: number;
  department_id: number;
  due_at: number;
  opened_by: number | null;
  opened_at: number;
  answer: string;
  answered_by: number | null;
  answered_at: number | null;
  reply: string;
  replied_by: number | null;
  replied_at: number | null;
  article_id: number | null;
  article_revision: number | null;
  no_article_reason: string;
  closed_by: number | null;
  closed_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export function findQuestionRow(db: Db, id: number): QuestionRow | null {
  return (sql(db, 'SELECT * FROM difficult_questions WHERE id = ?').get(id) as QuestionRow | undefined) ?? null;
}

export interface NewQuestion {
  number: string;
  callerName: string;
  callerPhone: string;
  customerId: number | null;
  requestId: number | null;
  question: string;
  reasonTold: string;
  replyPromisedAt: number;
  departmentId: number;
  dueAt: number;
  openedBy: number;
  openedAt: number;
}

export function insertQuestion(db: Db, q: NewQuestion): number {
  return Number(
    sql(
      db,
      `INSERT INTO difficult_questions (number, state, caller_name, caller_phone, customer_id, request_id, question, reason_told,
         reply_promised_at, department_id, due_at, opened_by, opened_at, created_at, updated_at)
       VALUES (@number, 'open', @callerName, @callerPhone, @customerId, @requestId, @question, @reasonTold,
         @replyPromisedAt, @departmentId, @dueAt, @openedBy, @openedAt, @openedAt, @openedAt)`,
    ).run(q).lastInsertRowid,
  );
}

export function updateQuestionColumns(db: Db, id: number, expectedVersion: number, columns: Partial<QuestionRow>, now: number): boolean {
  return updateVersionedRow(db, 'difficult_questions', id, expectedVersion, columns, now);
}

function nameOf(db: Db, userId: number | null): string | null {
  if (userId === null) return null;
  return (sql(db, 'SELECT display_name FROM users WHERE id = ?').get(userId) as { display_name: string } | undefined)?.display_name ?? null;
}

export function findQuestion(db: Db, id: number, now: number): DifficultQuestion | null {
  const row = findQuestionRow(db, id);
  if (!row) return null;
  const customer = row.customer_id === null
    ? undefined
    : (sql(db, 'SELECT code, name FROM customers WHERE id = ?').get(row.customer_id) as { code: string; name: string } | undefined);
  const request = row.request_id === null
    ? undefined
    : (sql(db, 'SELECT number FROM requests WHERE id = ?').get(row.request_id) as { number: string } | undefined);
  const department = sql(db, 'SELECT name, name_en FROM departments WHERE id = ?').get(row.department_id) as { name: string; name_en: string };
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    callerName: row.caller_name,
    callerPhone: row.caller_phone,
    customerId: row.customer_id,
    customerCode: customer?.code ?? null,
    customerName: customer?.name ?? null,
    requestId: row.request_id,
    requestNumber: request?.number ?? null,
    question: row.question,
    reasonTold: row.reason_told,
    replyPromisedAt: row.reply_promised_at,
    departmentId: row.department_id,
    departmentName: department.name,
    departmentNameEn: department.name_en,
    dueAt: row.due_at,
    overdue: isQuestionOverdue(row.state, row.due_at, now),
    openedAt: row.opened_at,
    openedByName: nameOf(db, row.opened_by),
    answer: row.answer,
    answeredAt: row.answered_at,
    answeredByName: nameOf(db, row.answered_by),
    reply: row.reply,
    repliedAt: row.replied_at,
    repliedByName: nameOf(db, row.replied_by),
    article: row.article_id !== null && row.article_revision !== null ? articleLink(db, row.article_id, row.article_revision) : null,
    linkedArticles: articlesFromQuestion(db, row.id),
    noArticleReason: row.no_article_reason,
    closedAt: row.closed_at,
    closedByName: nameOf(db, row.closed_by),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export interface QuestionFilter {
  state?: QuestionState;
  departmentId?: number;
  customerId?: number;
  requestId?: number;
  overdue?: boolean;
}

const SUMMARY_COLUMNS = `q.id, q.number, q.state, q.question, q.caller_name, c.name AS customer_name, q.department_id,
  d.name AS department_name, d.name_en AS department_name_en, q.opened_at, q.due_at, q.reply_promised_at`;
const SUMMARY_JOINS = `LEFT JOIN customers c ON c.id = q.customer_id JOIN departments d ON d.id = q.department_id`;

interface SummaryRow {
  id: number;
  number: string;
  state: QuestionState;
  question: string;
  caller_name: string;
  customer_name: string | null;
  department_id: number;
  department_name: string;
  department_name_en: string;
  opened_at: number;
  due_at: number;
  reply_promised_at: number;
}

const toSummary = (row: SummaryRow, now: number): QuestionSummary => ({
  id: row.id,
  number: row.number,
  state: row.state,
  question: row.question,
  callerName: row.caller_name,
  customerName: row.customer_name,
  departmentId: row.department_id,
  departmentName: row.department_name,
  departmentNameEn: row.department_name_en,
  openedAt: row.opened_at,
  dueAt: row.due_at,
  replyPromisedAt: row.reply_promised_at,
  overdue: isQuestionOverdue(row.state, row.due_at, now),
});

/**
 * One page of the list. Newest first by id, each filter served by its own index; `overdue` lists the records whose
 * answer is late, oldest due first (the partial index of records awaiting an answer), by department when asked.
 * The cursor is the last row's sort key and id.
 */
export function listQuestions(
  db: Db,
  filter: QuestionFilter,
  cursor: { key: number; id: number } | null,
  limit: number,
  now: number,
): { rows: QuestionSummary[]; last: { key: number; id: number } | null } {
  if (filter.overdue) {
    // Overdue means still awaiting the answer: a state filter other than open leaves nothing.
    if (filter.state !== undefined && filter.state !== 'open') return { rows: [], last: null };
    const after = cursor ?? { key: -1, id: 0 };
    const byDepartment = filter.departmentId !== undefined;
    const rows = sql(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM difficult_questions q ${byDepartment ? 'INDEXED BY questions_awaiting_answer_by_department' : 'INDEXED BY questions_awaiting_answer'}
       ${SUMMARY_JOINS}
       WHERE q.state = 'open' AND q.due_at < @now AND (q.due_at, q.id) > (@key, @id)
         ${byDepartment ? 'AND q.department_id = @department' : ''}
         ${filter.customerId !== undefined ? 'AND q.customer_id = @customer' : ''}
         ${filter.requestId !== undefined ? 'AND q.request_id = @request' : ''}
       ORDER BY q.due_at, q.id LIMIT @limit`,
    ).all({ now, key: after.key, id: after.id, department: filter.departmentId, customer: filter.customerId, request: filter.requestId, limit }) as SummaryRow[];
    const lastRow = rows[rows.length - 1];
    return { rows: rows.map((r) => toSummary(r, now)), last: lastRow ? { key: lastRow.due_at, id: lastRow.id } : null };
  }
  const before = cursor?.id ?? Number.MAX_SAFE_INTEGER;
  const where = ['q.id < @before'];
  if (filter.state !== undefined) where.push('q.state = @state');
  if (filter.departmentId !== undefined) where.push('q.department_id = @department');
  if (filter.customerId !== undefined) where.push('q.customer_id = @customer');
  if (filter.requestId !== undefined) where.push('q.request_id = @request');
  // The most selective index for the filters given (SQLite would otherwise be free to walk the primary key).
  const index =
    filter.requestId !== undefined
      ? 'questions_by_request'
      : filter.customerId !== undefined
        ? 'questions_by_customer'
        : filter.departmentId !== undefined
          ? filter.state !== undefined
            ? 'questions_by_department_state'
            : 'questions_by_department'
          : filter.state !== undefined
            ? 'questions_by_state'
            : null;
  const rows = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM difficult_questions q ${index ? `INDEXED BY ${index}` : ''} ${SUMMARY_JOINS}
     WHERE ${where.join(' AND ')} ORDER BY q.id DESC LIMIT @limit`,
  ).all({
    before,
    state: filter.state,
    department: filter.departmentId,
    customer: filter.customerId,
    request: filter.requestId,
    limit,
  }) as SummaryRow[];
  const lastRow = rows[rows.length - 1];
  return { rows: rows.map((r) => toSummary(r, now)), last: lastRow ? { key: 0, id: lastRow.id } : null };
}
