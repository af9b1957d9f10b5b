// The lists of work orders: a technician's own (by the center's calendar day: earlier ones still open are late, today's,
// upcoming, and the last finished) read from work_order_technicians_list alone; the dispatcher's board, late ones
// first (nobody on site and the deadline passed, work_orders_late), then by day (work_orders_open_by_day), with the
// count in each open state.
import type { MyWorkOrders, WorkOrderBoard, WorkOrderKind } from '../../../../shared/api/workOrders';
import { WORK_ORDER_STATES, type WorkOrderState } from '../../../../shared/work-orders/workflow';
import { dayNumber } from '../../../../shared/calendar/day-numbers';
import { zoneClock } from '../../../../shared/calendar/zone';
import { isCalendarDate } from '../../../../shared/customers/dates';
import { sql, type Db } from '../../db/connection';
import { centerTimeZone, dayBounds } from '../../lib/center-time';
import { fieldInvalid } from '../../lib/errors';
import { OPEN_STATES, summariesOf } from './repository';

/** The most rows the board shows, and each section of a technician's list. */
export const BOARD_LIMIT = 200;
const SECTION_LIMIT = 100;
const FINISHED_SHOWN = 20;

export function mine(db: Db, userId: number, now: number): MyWorkOrders {
  const { startOfToday, endOfToday } = dayBounds(db, now);
  const open = sql(db, 'SELECT work_order_id AS id, day_at FROM work_order_technicians WHERE user_id = ? AND open = 1 ORDER BY day_at, work_order_id').all(
    userId,
  ) as Array<{ id: number; day_at: number }>;
  const section = (keep: (day: number) => boolean) => open.filter((row) => keep(row.day_at)).slice(0, SECTION_LIMIT).map((row) => row.id);
  const earlier = section((day) => day < startOfToday);
  const today = section((day) => day >= startOfToday && day < endOfToday);
  const upcoming = section((day) => day >= endOfToday);
  const finished = sql(
    db,
    'SELECT work_order_id FROM work_order_technicians WHERE user_id = ? AND open = 0 ORDER BY day_at DESC, work_order_id DESC LIMIT ?',
  )
    .pluck()
    .all(userId, FINISHED_SHOWN) as number[];
  const rows = summariesOf(db, [...earlier, ...today, ...upcoming, ...finished], now);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pick = (ids: number[]) => ids.flatMap((id) => byId.get(id) ?? []);
  return { earlier: pick(earlier), today: pick(today), upcoming: pick(upcoming), finished: pick(finished) };
}

export interface BoardFilter {
  state?: WorkOrderState | undefined;
  technicianId?: number | undefined;
  day?: string | undefined;
  kind?: WorkOrderKind | undefined;
}

const OPEN_SQL = "w.state IN ('draft', 'dispatched', 'on_site', 'completed')";
const LATE_SQL = "w.state IN ('draft', 'dispatched') AND w.due_at IS NOT NULL AND w.due_at < @now";

export function board(db: Db, filter: BoardFilter, now: number): WorkOrderBoard {
  const params: Record<string, unknown> = { now };
  const others: string[] = [];
  if (filter.technicianId !== undefined) {
    params.technicianId = filter.technicianId;
    const open = filter.state === undefined || OPEN_STATES.includes(filter.state);
    others.push(`w.id IN (SELECT work_order_id FROM work_order_technicians WHERE user_id = @technicianId${open ? ' AND open = 1' : ''})`);
  }
  if (filter.day !== undefined) {
    if (!isCalendarDate(filter.day)) throw fieldInvalid('day', 'validation.date', `${filter.day} is not a date`);
    const clock = zoneClock(centerTimeZone(db));
    const day = dayNumber(filter.day);
    Object.assign(params, { dayStart: clock.startOfDay(day), dayEnd: clock.startOfDay(day + 1) });
    others.push('w.day_at >= @dayStart AND w.day_at < @dayEnd');
  }
  if (filter.kind !== undefined) {
    params.kind = filter.kind;
    others.push('w.kind = @kind');
  }
  if (filter.state !== undefined) params.state = filter.state;
  const where = [filter.state === undefined ? OPEN_SQL : 'w.state = @state', ...others].join(' AND ');
  const ids = (condition: string, limit: number) =>
    sql(db, `SELECT w.id FROM work_orders w WHERE ${where} AND ${condition} ORDER BY w.day_at, w.id LIMIT ${limit}`).pluck().all(params) as number[];
  const late = ids(LATE_SQL, BOARD_LIMIT);
  const rest = late.length < BOARD_LIMIT ? ids(`NOT (${LATE_SQL})`, BOARD_LIMIT - late.length) : [];
  const counts = Object.fromEntries(WORK_ORDER_STATES.map((state) => [state, 0])) as Record<WorkOrderState, number>;
  const counted = sql(db, `SELECT w.state, count(*) AS n FROM work_orders w WHERE ${[OPEN_SQL, ...others].join(' AND ')} GROUP BY w.state`).all(params) as Array<{
    state: WorkOrderState;
    n: number;
  }>;
  for (const row of counted) counts[row.state] = row.n;
  return { items: summariesOf(db, [...late, ...rest], now), counts };
}
