// When the supervisor must be told that a year's official holidays are not in the calendar yet. The State Council
// announces the coming year's holidays late in the year (usually in November), and a package update brings them.
import { dateOfDayNumber } from './day-numbers';
import { zoneClock } from './zone';

export const NEXT_YEAR_NOTICE_FROM = '10-01';

/**
 * The year whose official days are missing and needed now, or null: this year when neither the package nor the
 * supervisor's edits have any holiday in it; else, from 1 October on, next year on the same terms. A year counts as
 * entered by hand once the supervisor has marked at least one holiday in it.
 */
export function missingOfficialYear(
  today: string,
  officialYears: readonly number[],
  yearsWithEditedHolidays: ReadonlySet<number>,
): number | null {
  const year = Number(today.slice(0, 4));
  const missing = (y: number) => !officialYears.includes(y) && !yearsWithEditedHolidays.has(y);
  if (missing(year)) return year;
  if (today.slice(5) >= NEXT_YEAR_NOTICE_FROM && missing(year + 1)) return year + 1;
  return null;
}

/**
 * The years whose holidays the calendar knows: those the package holds, and those in which the supervisor marked a
 * holiday by hand (as `missingOfficialYear` counts them). Ascending.
 */
export function knownCalendarYears(officialYears: readonly number[], yearsWithEditedHolidays: Iterable<number>): number[] {
  return [...new Set([...officialYears, ...yearsWithEditedHolidays])].sort((a, b) => a - b);
}

/**
 * A count of working days from `from` to `to` (YYYY-MM-DD, either order) is only an estimate when it crosses a year
 * whose holidays the calendar does not know: the first such year, or null when it knows them all.
 */
export function unknownYearBetween(from: string, to: string, knownYears: readonly number[]): number | null {
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((a, b) => a - b) as [number, number];
  for (let year = first; year <= last; year += 1) if (!knownYears.includes(year)) return year;
  return null;
}

/**
 * The year a deadline was counted over without knowing its holidays, or null. A deadline in working days ends at
 * midnight of the center's time zone (24:00 of its last working day) and is counted over the days up to that last day;
 * one in hours (round the clock) ends at any minute and counts no days. Without the start, the last day tells: every
 * deadline is at most a few weeks long, and the years the calendar knows run without a gap to the latest.
 */
export function estimatedDeadlineYear(dueAt: number, timeZone: string, knownYears: readonly number[]): number | null {
  const clock = zoneClock(timeZone);
  const next = clock.dayOf(dueAt);
  if (clock.startOfDay(next) !== dueAt) return null;
  const lastDay = dateOfDayNumber(next - 1);
  return unknownYearBetween(lastDay, lastDay, knownYears);
}
