// The lists of complaint forms: newest first by filter, the overdue ones by deadline, the deadline board's part.
import type { Db } from '../../db/connection';
import type { ComplaintDue, ComplaintSummary, ComplaintUnit } from '../../../../shared/api/complaints';
import { PART2_OUT, type ComplaintRoute, type ComplaintState } from '../../../../shared/complaints/route';
import { keysetRows, type KeysetList, type ListCursor } from '../../lib/keyset';
import { lateness } from '../calendar';

export type ComplaintFilterName = 'state' | 'departmentId' | 'customerId' | 'requestId' | 'replyAgentId';
export interface ComplaintFilter {
  state?: ComplaintState | undefined;
  departmentId?: number | undefined;
  customerId?: number | undefined;
  requestId?: number | undefined;
  replyAgentId?: number | undefined;
  overdue?: boolean | undefined;
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

/**
 * The list (lib/keyset.ts): newest first through the index of the narrowest filter given, or with `overdue` the forms
 * whose routed work is not handled by its deadline, oldest due first, through the partial index of those awaiting it.
 */
const COMPLAINT_LIST: KeysetList<ComplaintFilterName> = {
  table: 'complaints',
  alias: 'c',
  columns: SUMMARY_COLUMNS,
  joins: SUMMARY_JOINS,
  conditions: {
    state: 'c.state = @state',
    departmentId: 'c.department_id = @departmentId',
    customerId: 'c.customer_id = @customerId',
    requestId: 'c.request_id = @requestId',
    replyAgentId: `c.reply_agent_id = @replyAgentId AND c.state = 'reply_assigned'`,
  },
  newest: [
    ['complaints_by_request', 'requestId'],
    ['complaints_by_reply_agent', 'replyAgentId'],
    ['complaints_by_customer', 'customerId'],
    ['complaints_by_department', 'departmentId'],
    ['complaints_by_state', 'state'],
  ],
  overdue: {
    where: 'c.handled_at IS NULL AND c.due_at IS NOT NULL AND c.due_at < @dueBefore',
    indexes: [['complaints_awaiting']],
    // The agent's own overdue forms are picked from the page read (listComplaints).
    ignores: ['replyAgentId'],
  },
};

/** One page of the list (read `limit` rows): overdue ones by deadline, the others newest first. */
export function listComplaints(
  db: Db,
  filter: ComplaintFilter,
  cursor: ListCursor | null,
  limit: number,
  now: number,
): ComplaintSummary[] {
  const rows = keysetRows<SummaryRow, ComplaintFilterName>(db, COMPLAINT_LIST, filter, cursor, limit, now);
  const mine = filter.overdue && filter.replyAgentId !== undefined ? rows.filter((r) => r.reply_agent_id === filter.replyAgentId) : rows;
  return mine.map((r) => toSummary(r, now));
}

/** The deadline board's part: routed work late now, and due by the end of today (`endOfToday`, a deadline's own 24:00). */
export function dueComplaints(db: Db, now: number, endOfToday: number, limit: number): { late: ComplaintDue[]; dueToday: ComplaintDue[] } {
  const rows = keysetRows<SummaryRow, ComplaintFilterName>(db, COMPLAINT_LIST, { overdue: true }, null, limit, endOfToday + 1);
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
