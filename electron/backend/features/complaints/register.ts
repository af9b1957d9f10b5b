// The complaint register (用户投诉及处理记录): the forms received in a date range of the center's calendar, with their
// dates, routing, result and whether the deadline was met, and the totals supervisors print under it.
import { sql, type Db } from '../../db/connection';
import type { ComplaintRegister, ComplaintRegisterRow } from '../../../../shared/api/complaints';
import type { ComplaintState } from '../../../../shared/complaints/route';
import { dayNumber } from '../../../../shared/calendar/day-numbers';
import { zoneClock } from '../../../../shared/calendar/zone';
import { classifyLateness } from '../../../../shared/calendar/breach';
import { workingTimeBetween } from '../../../../shared/calendar/working-days';
import { workingCalendar } from '../calendar/deadlines';
import { centerTimeZone, getCenterSettings } from '../settings/repository';
import { unitOfRow, type SummaryRow } from './queries';

export interface RegisterQuery {
  from: string;
  to: string;
  departmentId?: number;
  state?: ComplaintState;
  limit: number;
}

interface RegisterRow extends SummaryRow {
  contact_phone: string;
  routed_at: number | null;
  sent_at: number | null;
  result: string;
  replied_at: number | null;
  filed_at: number | null;
}

export function complaintRegister(db: Db, query: RegisterQuery, now: number): ComplaintRegister {
  const timeZone = centerTimeZone(db);
  const clock = zoneClock(timeZone);
  const [fromDate, toDate] = query.from <= query.to ? [query.from, query.to] : [query.to, query.from];
  const start = clock.startOfDay(dayNumber(fromDate));
  const end = clock.startOfDay(dayNumber(toDate) + 1);
  const rows = sql(
    db,
    `SELECT c.id, c.number, c.state, c.customer_id, cu.name AS customer_name, c.complainant, c.contact_phone, c.content,
       c.received_at, c.route, c.department_id, d.name AS unit_name, d.name_en AS unit_name_en, d.kind AS unit_kind,
       c.routed_at, c.sent_at, c.due_at, c.handled_at, c.result, c.replied_at, c.filed_at, c.reply_agent_id
     FROM complaints c INDEXED BY complaints_by_received
       JOIN customers cu ON cu.id = c.customer_id LEFT JOIN departments d ON d.id = c.department_id
     WHERE c.received_at >= @start AND c.received_at < @end
       ${query.departmentId !== undefined ? 'AND c.department_id = @department' : ''}
       ${query.state !== undefined ? 'AND c.state = @state' : ''}
     ORDER BY c.received_at, c.id LIMIT @limit`,
  ).all({ start, end, department: query.departmentId, state: query.state, limit: query.limit + 1 }) as RegisterRow[];
  const truncated = rows.length > query.limit;
  const calendar = workingCalendar(db);
  const items = rows.slice(0, query.limit).map((row): ComplaintRegisterRow => {
    let deadlineMet: ComplaintRegisterRow['deadlineMet'] = null;
    let breach: ComplaintRegisterRow['breach'] = 'none';
    if (row.due_at !== null) {
      const end = row.handled_at ?? now;
      if (end > row.due_at) {
        breach = classifyLateness('answer', end - row.due_at, workingTimeBetween(calendar, row.due_at, end, timeZone));
        deadlineMet = 'late';
      } else deadlineMet = row.handled_at === null ? 'open' : 'met';
    }
    return {
      id: row.id,
      number: row.number,
      state: row.state,
      receivedAt: row.received_at,
      customerName: row.customer_name,
      complainant: row.complainant,
      contactPhone: row.contact_phone,
      content: row.content,
      route: row.route,
      unit: unitOfRow(row),
      routedAt: row.routed_at,
      sentAt: row.sent_at,
      dueAt: row.due_at,
      handledAt: row.handled_at,
      deadlineMet,
      breach,
      result: row.result,
      repliedAt: row.replied_at,
      filedAt: row.filed_at,
    };
  });
  const count = (test: (row: ComplaintRegisterRow) => boolean) => items.filter(test).length;
  return {
    from: fromDate,
    to: toDate,
    centerName: getCenterSettings(db).centerName,
    rows: items,
    totals: {
      count: items.length,
      internal: count((r) => r.route === 'internal'),
      transferDepartment: count((r) => r.route === 'transfer_department'),
      transferHigherLevel: count((r) => r.route === 'transfer_higher_level'),
      notRouted: count((r) => r.route === null),
      met: count((r) => r.deadlineMet === 'met'),
      late: count((r) => r.deadlineMet === 'late'),
      open: count((r) => r.deadlineMet === 'open'),
      filed: count((r) => r.state === 'filed'),
    },
    truncated,
  };
}
