// The lists of complaint forms: newest first by filter, the overdue ones by deadline, the deadline board's part.
import { sql, type Db } from '../../db/connection';
import type { ComplaintDue, ComplaintSummary, ComplaintUnit } from '../../../../shared/api/complaints';
import { PART2_OUT, type ComplaintRoute, type ComplaintState } from '../../../../shared/complaints/route';
import { lateness } from '../calendar';

export interface ComplaintFilter {
  state?: ComplaintState;
  departmentId?: number;
  customerId?: number;
  requestId?: number;
  replyAgentId?: number;
  overdue?: boolean;
}

export const SUMMARY_COLUMNS = `c.id, c.number, c.state, c.customer_id, cu.name AS customer_name, c.complainant, c.content, c.received_at,
  c.route, c.department_id, d.name AS unit_name, d.name_en AS unit_name_en, d.kind AS unit_kind, c.due_at, c.handled_at,
  c.reply_agent_id`;
export const SUMMARY_JOINS = 'JOIN customers cu ON cu.id = c.customer_id LEFT JOIN departments d ON d.id = c.department_id';

export interface SummaryRow {
  id: number;
  number: string;
  state: ComplaintState;
  customer_id: number;
  customer_name: string;
  complainant: string;
  content: string;
  received_at: number;
  route: ComplaintRoute | null;
  department_id: number | null;
  unit_name: string | null;
  unit_name_en: string | null;
  unit_kind: ComplaintUnit['kind'] | null;
  due_at: number | null;
  handled_at: number | null;
  reply_agent_id: number | null;
}

const EXCERPT = 120;

export function unitOfRow(row: Pick<SummaryRow, 'department_id' | 'unit_name' | 'unit_name_en' | 'unit_kind'>): ComplaintUnit | null {
  return row.department_id === null
    ? null
    : { id: row.department_id, name: row.unit_name ?? '', nameEn: row.unit_name_en ?? '', kind: row.unit_kind ?? 'department' };
}

export const isOverdue = (row: Pick<SummaryRow, 'due_at' | 'handled_at'>, now: number) =>
  row.due_at !== null && row.handled_at === null && row.due_at < now;

const toSummary = (row: SummaryRow, now: number): ComplaintSummary => ({
  id: row.id,
  number: row.number,
  state: row.state,
  customerId: row.customer_id,
  customerName: row.customer_name,
  complainant: row.complainant,
  content: row.content.length > EXCERPT ? `${row.content.slice(0, EXCERPT)}…` : row.content,
  receivedAt: row.received_at,
  route: row.route,
  unit: unitOfRow(row),
  dueAt: row.due_at,
  overdue: isOverdue(row, now),
  replyAgentId: row.reply_agent_id,
});

function awaitingRows(db: Db, filter: ComplaintFilter, before: number, after: { key: number; id: number }, limit: number): SummaryRow[] {
  return sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM complaints c INDEXED BY complaints_awaiting ${SUMMARY_JOINS}
     WHERE c.handled_at IS NULL AND c.due_at IS NOT NULL AND c.due_at < @before AND (c.due_at, c.id) > (@key, @id)
       ${filter.state !== undefined ? 'AND c.state = @state' : ''}
       ${filter.departmentId !== undefined ? 'AND c.department_id = @department' : ''}
       ${filter.customerId !== undefined ? 'AND c.customer_id = @customer' : ''}
       ${filter.requestId !== undefined ? 'AND c.request_id = @request' : ''}
     ORDER BY c.due_at, c.id LIMIT @limit`,
  ).all({
    before,
    key: after.key,
    id: after.id,
    state: filter.state,
    department: filter.departmentId,
    customer: filter.customerId,
    request: filter.requestId,
    limit,
  }) as SummaryRow[];
}

/** One page of the list: overdue ones by deadline, the others newest first through the index of the narrowest filter. */
export function listComplaints(
  db: Db,
  filter: ComplaintFilter,
  cursor: { key: number; id: number } | null,
  limit: number,
  now: number,
): ComplaintSummary[] {
  if (filter.overdue) {
    const rows = awaitingRows(db, filter, now, cursor ?? { key: -1, id: 0 }, limit);
    return rows.filter((r) => filter.replyAgentId === undefined || r.reply_agent_id === filter.replyAgentId).map((r) => toSummary(r, now));
  }
  const where = ['c.id < @before'];
  if (filter.state !== undefined) where.push('c.state = @state');
  if (filter.departmentId !== undefined) where.push('c.department_id = @department');
  if (filter.customerId !== undefined) where.push('c.customer_id = @customer');
  if (filter.requestId !== undefined) where.push('c.request_id = @request');
  if (filter.replyAgentId !== undefined) where.push(`c.reply_agent_id = @agent AND c.state = 'reply_assigned'`);
  const index =
    filter.requestId !== undefined
      ? 'complaints_by_request'
      : filter.replyAgentId !== undefined
        ? 'complaints_by_reply_agent'
        : filter.customerId !== undefined
          ? 'complaints_by_customer'
          : filter.departmentId !== undefined
            ? 'complaints_by_department'
            : filter.state !== undefined
              ? 'complaints_by_state'
              : null;
  const rows = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM complaints c ${index ? `INDEXED BY ${index}` : ''} ${SUMMARY_JOINS}
     WHERE ${where.join(' AND ')} ORDER BY c.id DESC LIMIT @limit`,
  ).all({
    before: cursor?.id ?? Number.MAX_SAFE_INTEGER,
    state: filter.state,
    department: filter.departmentId,
    customer: filter.customerId,
    request: filter.requestId,
    agent: filter.replyAgentId,
    limit,
  }) as SummaryRow[];
  return rows.map((r) => toSummary(r, now));
}

/** The deadline board's part: routed work late now, and due by the end of today (`endOfToday`, a deadline's own 24:00). */
export function dueComplaints(db: Db, now: number, endOfToday: number, limit: number): { late: ComplaintDue[]; dueToday: ComplaintDue[] } {
  const rows = awaitingRows(db, {}, endOfToday + 1, { key: -1, id: 0 }, limit);
  const due = rows.map((row): ComplaintDue => {
    const late = lateness(db, row.due_at!, now, 'answer');
    return {
      ...toSummary(row, now),
      part2Out: PART2_OUT.includes(row.state),
      lateBy: late.lateBy,
      lateByWorking: late.lateByWorking,
      breach: late.breach ?? 'none',
    };
  });
  return { late: due.filter((d) => d.overdue), dueToday: due.filter((d) => !d.overdue) };
}
