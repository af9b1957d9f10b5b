// The complaint register (用户投诉及处理记录): the forms received in a date range of the center's calendar, with their
// dates, routing, result and whether the deadline was met, and the totals supervisors print under it.
import { sql, type Db } from '../../db/connection';
import type { ComplaintRegister, ComplaintRegisterRow, ComplaintUnit } from '../../../../shared/api/complaints';
import type { ComplaintRoute, ComplaintState } from '../../../../shared/complaints/route';
import { dayNumber } from '../../../../shared/calendar/day-numbers';
import { zoneClock } from '../../../../shared/calendar/zone';
import { breachClass } from '../../../../shared/calendar/breach';
import { workingCalendar } from '../calendar';
import { centerTimeZone } from '../../lib/center-time';
import { getCenterSettings } from '../settings';
import { unitOfRow } from './queries';

export interface RegisterQuery {
  from: string;
  to: string;
  departmentId?: number;
  state?: ComplaintState;
  limit: number;
}

/**
 * One row as the statement returns it, in `.raw()` mode: a quarter is thousands of rows, and arrays cost about half
 * of what objects with twenty named properties cost to make (measured at 3,000 rows: the bulk of the register's time).
 */
type RawRegisterRow = [
  id: number,
  number: string,
  state: ComplaintState,
  customerName: string,
  complainant: string,
  contactPhone: string,
  content: string,
  receivedAt: number,
  route: ComplaintRoute | null,
  departmentId: number | null,
  unitName: string | null,
  unitNameEn: string | null,
  unitKind: ComplaintUnit['kind'] | null,
  routedAt: number | null,
  sentAt: number | null,
  dueAt: number | null,
  handledAt: number | null,
  result: string,
  repliedAt: number | null,
  filedAt: number | null,
];

export function complaintRegister(db: Db, query: RegisterQuery, now: number): ComplaintRegister {
  const timeZone = centerTimeZone(db);
  const clock = zoneClock(timeZone);
  const [fromDate, toDate] = query.from <= query.to ? [query.from, query.to] : [query.to, query.from];
  const start = clock.startOfDay(dayNumber(fromDate));
  const end = clock.startOfDay(dayNumber(toDate) + 1);
  const rows = sql(
    db,
    `SELECT c.id, c.number, c.state, cu.name, c.complainant, c.contact_phone, c.content, c.received_at, c.route,
       c.department_id, d.name, d.name_en, d.kind, c.routed_at, c.sent_at, c.due_at, c.handled_at, c.result, c.replied_at,
       c.filed_at
     FROM complaints c INDEXED BY complaints_by_received
       JOIN customers cu ON cu.id = c.customer_id LEFT JOIN departments d ON d.id = c.department_id
     WHERE c.received_at >= @start AND c.received_at < @end
       ${query.departmentId !== undefined ? 'AND c.department_id = @department' : ''}
       ${query.state !== undefined ? 'AND c.state = @state' : ''}
     ORDER BY c.received_at, c.id LIMIT @limit`,
  )
    .raw(true)
    .all({ start, end, department: query.departmentId, state: query.state, limit: query.limit + 1 }) as RawRegisterRow[];
  const truncated = rows.length > query.limit;
  const calendar = workingCalendar(db);
  const items = rows.slice(0, query.limit).map((row): ComplaintRegisterRow => {
    const [id, number, state, customerName, complainant, contactPhone, content, receivedAt, route, departmentId, ...rest] = row;
    const [unitName, unitNameEn, unitKind, routedAt, sentAt, dueAt, handledAt, result, repliedAt, filedAt] = rest;
    const breach = dueAt === null ? 'none' : breachClass(calendar, { kind: 'answer', due: dueAt, doneAt: handledAt, now }, timeZone);
    const deadlineMet: ComplaintRegisterRow['deadlineMet'] =
      dueAt === null ? null : (handledAt ?? now) > dueAt ? 'late' : handledAt === null ? 'open' : 'met';
    return {
      id,
      number,
      state,
      receivedAt,
      customerName,
      complainant,
      contactPhone,
      content,
      route,
      unit: unitOfRow({ department_id: departmentId, unit_name: unitName, unit_name_en: unitNameEn, unit_kind: unitKind }),
      routedAt,
      sentAt,
      dueAt,
      handledAt,
      deadlineMet,
      breach,
      result,
      repliedAt,
      filedAt,
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
