// The deadline board (for seat managers and supervisors) and the owner's reminders of progress owed to customers.
import type { BoardCount, BoardRow, DeadlineBoard, Priority, RequestSummary, requestsApi } from '../../../../shared/api/requests';
import { PRIORITIES } from '../../../../shared/api/requests';
import { signedIn, type HandlersOf } from '../../context';
import { sql, type Db } from '../../db/connection';
import { dayBounds } from '../../lib/center-time';
import { lateness } from '../calendar';
import { SUMMARY_COLUMNS, SUMMARY_JOINS, toSummary, type SummaryRow } from './repository';

type BoardHandlers = Pick<HandlersOf<typeof requestsApi>, 'requests.board' | 'requests.reminders'>;

const HOUR_MS = 3_600_000;

function boardRows(db: Db, from: number | null, to: number, now: number, limit: number): BoardRow[] {
  const rows = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM requests r ${SUMMARY_JOINS}
     WHERE r.next_due_at IS NOT NULL AND r.next_due_at >= @from AND r.next_due_at < @to
     ORDER BY r.next_due_at, r.id LIMIT @limit`,
  ).all({ from: from ?? 0, to, limit }) as SummaryRow[];
  return rows.map((row) => {
    const summary = toSummary(row) as BoardRow;
    const late = lateness(db, summary.nextDue.at, now, summary.nextDue.kind === 'solve' ? 'completion' : 'answer');
    return { ...summary, lateBy: late.lateBy, lateByWorking: late.lateByWorking, breach: late.breach };
  });
}

interface CountRow {
  priority: Priority;
  owner_id: number | null;
  owner_name: string | null;
  late: number;
  due_within_hour: number;
  due_today: number;
}

const emptyCount = (): BoardCount => ({ late: 0, dueWithinHour: 0, dueToday: 0 });
function addCount(into: BoardCount, row: CountRow): void {
  into.late += row.late;
  into.dueWithinHour += row.due_within_hour;
  into.dueToday += row.due_today;
}

function progressOwed(db: Db, ownerId: number | null, startOfToday: number, limit: number): RequestSummary[] {
  const rows = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM requests r ${SUMMARY_JOINS}
     WHERE r.complex = 1 AND r.solved_at IS NULL AND r.state NOT IN ('closed', 'cancelled')
       AND (r.last_progress_at IS NULL OR r.last_progress_at < @startOfToday)
       ${ownerId === null ? '' : 'AND r.owner_id = @ownerId'}
     ORDER BY r.last_progress_at IS NOT NULL, r.last_progress_at, r.id LIMIT @limit`,
  ).all({ startOfToday, ownerId, limit }) as SummaryRow[];
  return rows.map(toSummary);
}

export function deadlineBoard(db: Db, now: number, limit: number): DeadlineBoard {
  const { startOfToday, endOfToday } = dayBounds(db, now);
  const withinHour = now + HOUR_MS;
  const counts = sql(
    db,
    `SELECT r.priority, r.owner_id, o.display_name AS owner_name,
       sum(r.next_due_at < @now) AS late,
       sum(r.next_due_at >= @now AND r.next_due_at < @withinHour) AS due_within_hour,
       sum(r.next_due_at >= @withinHour AND r.next_due_at < @endOfToday) AS due_today
     FROM requests r LEFT JOIN users o ON o.id = r.owner_id
     WHERE r.next_due_at IS NOT NULL AND r.next_due_at < @endOfToday
     GROUP BY r.priority, r.owner_id`,
  ).all({ now, withinHour, endOfToday }) as CountRow[];
  const total = emptyCount();
  const byPriority = new Map<Priority, BoardCount>(PRIORITIES.map((p) => [p, emptyCount()]));
  const byOwner = new Map<number | null, { ownerName: string | null } & BoardCount>();
  for (const row of counts) {
    addCount(total, row);
    addCount(byPriority.get(row.priority)!, row);
    let owner = byOwner.get(row.owner_id);
    if (!owner) byOwner.set(row.owner_id, (owner = { ownerName: row.owner_name, ...emptyCount() }));
    addCount(owner, row);
  }
  return {
    at: now,
    counts: total,
    late: boardRows(db, null, now, now, limit),
    dueWithinHour: boardRows(db, now, withinHour, now, limit),
    dueToday: boardRows(db, withinHour, endOfToday, now, limit),
    byPriority: PRIORITIES.map((priority) => ({ priority, ...byPriority.get(priority)! })),
    byOwner: [...byOwner].map(([ownerId, count]) => ({ ownerId, ...count })).sort((a, b) => b.late - a.late || b.dueWithinHour - a.dueWithinHour),
    progressOwed: progressOwed(db, null, startOfToday, limit),
  };
}

export const boardHandlers: BoardHandlers = {
  'requests.board': (ctx, input) => deadlineBoard(ctx.db, ctx.now(), input.limit),
  'requests.reminders': (ctx) => {
    const { startOfToday } = dayBounds(ctx.db, ctx.now());
    return { progressOwed: progressOwed(ctx.db, signedIn(ctx).id, startOfToday, 50) };
  },
};
