// The center's clock: its time zone (a setting, center_settings.time_zone), today's date there and the bounds of a day.
// Read by nearly every domain (deadlines, warranties, dated numbers, the deadline board, backups), so it lives below
// the features rather than in settings, which only edits the zone.
import { sql, type Db } from '../db/connection';
import { todayIn } from '../../../shared/customers/dates';
import { zoneClock } from '../../../shared/calendar/zone';

/** The center's time zone, e.g. Asia/Shanghai. */
export function centerTimeZone(db: Db): string {
  return (sql(db, 'SELECT time_zone FROM center_settings WHERE id = 1').pluck().get() as string | undefined) ?? 'Asia/Shanghai';
}

/** Today's date (YYYY-MM-DD) at the center, in its time zone. */
export function centerToday(db: Db, now: number): string {
  return todayIn(centerTimeZone(db), now);
}

/** The start of the center's day that `at` falls on, and of the next. */
export function dayBounds(db: Db, at: number): { startOfToday: number; endOfToday: number } {
  const clock = zoneClock(centerTimeZone(db));
  const today = clock.dayOf(at);
  return { startOfToday: clock.startOfDay(today), endOfToday: clock.startOfDay(today + 1) };
}
