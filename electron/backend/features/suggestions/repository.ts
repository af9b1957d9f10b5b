// Customer suggestions: rows, the record as the screens show it, and the lists.
import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import type { RequestChannel } from '../../../../shared/api/requests';
import type { Suggestion, SuggestionSummary } from '../../../../shared/api/suggestions';
import { isSuggestionOverdue, type SuggestionState } from '../../../../shared/suggestions/workflow';

export interface SuggestionRow {
  id: number;
  number: string;
  state: SuggestionState;
  channel: RequestChannel;
  caller_name: string;
  caller_phone: string;
  customer_id: number | null;
  request_id: number | null;
  content: string;
  recorded_by: number | null;
  recorded_at: number;
  department_id: number | null;
  forwarded_by: number | null;
  forwarded_at: number | null;
  due_at: number | null;
  answer: string;
  answered_by: number | null;
  answered_at: number | null;
  closing_note: string;
  closed_by: number | null;
  closed_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export function findSuggestionRow(db: Db, id: number): SuggestionRow | null {
  return (sql(db, 'SELECT * FROM suggestions WHERE id = ?').get(id) as SuggestionRow | undefined) ?? null;
}

export interface NewSuggestion {
  number: string;
  channel: RequestChannel;
  callerName: string;
  callerPhone: string;
  customerId: number | null;
  requestId: number | null;
  content: string;
  recordedBy: number;
  recordedAt: number;
}

export function insertSuggestion(db: Db, s: NewSuggestion): number {
  return Number(
    sql(
      db,
      `INSERT INTO suggestions (number, state, channel, caller_name, caller_phone, customer_id, request_id, content, recorded_by,
         recorded_at, created_at, updated_at)
       VALUES (@number, 'recorded', @channel, @callerName, @callerPhone, @customerId, @requestId, @content, @recordedBy,
         @recordedAt, @recordedAt, @recordedAt)`,
    ).run(s).lastInsertRowid,
  );
}

export function updateSuggestionColumns(db: Db, id: number, expectedVersion: number, columns: Partial<SuggestionRow>, now: number): boolean {
  return updateVersionedRow(db, 'suggestions', id, expectedVersion, columns, now);
}

function nameOf(db: Db, userId: number | null): string | null {
  if (userId === null) return null;
  return (sql(db, 'SELECT display_name FROM users WHERE id = ?').get(userId) as { display_name: string } | undefined)?.display_name ?? null;
}

export function findSuggestion(db: Db, id: number, now: number): Suggestion | null {
  const row = findSuggestionRow(db, id);
  if (!row) return null;
  const customer = row.customer_id === null
    ? undefined
    : (sql(db, 'SELECT code, name FROM customers WHERE id = ?').get(row.customer_id) as { code: string; name: string } | undefined);
  const request = row.request_id === null
    ? undefined
    : (sql(db, 'SELECT number FROM requests WHERE id = ?').get(row.request_id) as { number: string } | undefined);
  const department = row.department_id === null
    ? undefined
    : (sql(db, 'SELECT name, name_en FROM departments WHERE id = ?').get(row.department_id) as { name: string; name_en: string });
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    channel: row.channel,
    callerName: row.caller_name,
    callerPhone: row.caller_phone,
    customerId: row.customer_id,
    customerCode: customer?.code ?? null,
    customerName: customer?.name ?? null,
    requestId: row.request_id,
    requestNumber: request?.number ?? null,
    content: row.content,
    recordedAt: row.recorded_at,
    recordedByName: nameOf(db, row.recorded_by),
    departmentId: row.department_id,
    departmentName: department?.name ?? null,
    departmentNameEn: department?.name_en ?? null,
    forwardedAt: row.forwarded_at,
    forwardedByName: nameOf(db, row.forwarded_by),
    dueAt: row.due_at,
    overdue: isSuggestionOverdue(row.state, row.due_at, now),
    answer: row.answer,
    answeredAt: row.answered_at,
    answeredByName: nameOf(db, row.answered_by),
    closingNote: row.closing_note,
    closedAt: row.closed_at,
    closedByName: nameOf(db, row.closed_by),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export interface SuggestionFilter {
  state?: SuggestionState;
  departmentId?: number;
  customerId?: number;
  overdue?: boolean;
}

const SUMMARY_COLUMNS = `s.id, s.number, s.state, s.channel, s.content, s.caller_name, c.name AS customer_name, s.department_id,
  d.name AS department_name, d.name_en AS department_name_en, s.recorded_at, s.due_at`;
const SUMMARY_JOINS = 'LEFT JOIN customers c ON c.id = s.customer_id LEFT JOIN departments d ON d.id = s.department_id';

interface SummaryRow {
  id: number;
  number: string;
  state: SuggestionState;
  channel: RequestChannel;
  content: string;
  caller_name: string;
  customer_name: string | null;
  department_id: number | null;
  department_name: string | null;
  department_name_en: string | null;
  recorded_at: number;
  due_at: number | null;
}

const toSummary = (row: SummaryRow, now: number): SuggestionSummary => ({
  id: row.id,
  number: row.number,
  state: row.state,
  channel: row.channel,
  content: row.content,
  callerName: row.caller_name,
  customerName: row.customer_name,
  departmentId: row.department_id,
  departmentName: row.department_name,
  departmentNameEn: row.department_name_en,
  recordedAt: row.recorded_at,
  dueAt: row.due_at,
  overdue: isSuggestionOverdue(row.state, row.due_at, now),
});

/** One page of the list; see listQuestions for how filters map to indexes (the same shape). */
export function listSuggestions(
  db: Db,
  filter: SuggestionFilter,
  cursor: { key: number; id: number } | null,
  limit: number,
  now: number,
): SuggestionSummary[] {
  if (filter.overdue) {
    if (filter.state !== undefined && filter.state !== 'forwarded') return [];
    const after = cursor ?? { key: -1, id: 0 };
    const byDepartment = filter.departmentId !== undefined;
    const rows = sql(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM suggestions s
         INDEXED BY ${byDepartment ? 'suggestions_awaiting_answer_by_department' : 'suggestions_awaiting_answer'} ${SUMMARY_JOINS}
       WHERE s.state = 'forwarded' AND s.due_at < @now AND (s.due_at, s.id) > (@key, @id)
         ${byDepartment ? 'AND s.department_id = @department' : ''}
         ${filter.customerId !== undefined ? 'AND s.customer_id = @customer' : ''}
       ORDER BY s.due_at, s.id LIMIT @limit`,
    ).all({ now, key: after.key, id: after.id, department: filter.departmentId, customer: filter.customerId, limit }) as SummaryRow[];
    return rows.map((r) => toSummary(r, now));
  }
  const where = ['s.id < @before'];
  if (filter.state !== undefined) where.push('s.state = @state');
  if (filter.departmentId !== undefined) where.push('s.department_id = @department');
  if (filter.customerId !== undefined) where.push('s.customer_id = @customer');
  const index =
    filter.customerId !== undefined
      ? 'suggestions_by_customer'
      : filter.departmentId !== undefined
        ? filter.state !== undefined
          ? 'suggestions_by_department_state'
          : 'suggestions_by_department'
        : filter.state !== undefined
          ? 'suggestions_by_state'
          : null;
  const rows = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM suggestions s ${index ? `INDEXED BY ${index}` : ''} ${SUMMARY_JOINS}
     WHERE ${where.join(' AND ')} ORDER BY s.id DESC LIMIT @limit`,
  ).all({
    before: cursor?.id ?? Number.MAX_SAFE_INTEGER,
    state: filter.state,
    department: filter.departmentId,
    customer: filter.customerId,
    limit,
  }) as SummaryRow[];
  return rows.map((r) => toSummary(r, now));
}
