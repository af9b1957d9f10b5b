// "N working days after" and "working time between": the one place every deadline of the product is computed.
// Working days are Monday to Friday, minus public holidays, plus make-up working days (调休); a calendar says which.
import { DAY_MS, dateOfDayNumber, dayNumber, firstDayOfYear, isWeekend, yearOfDayNumber } from './day-numbers';
import { zoneClock } from './zone';

export interface WorkingCalendar {
  isWorkingDay(date: string /* YYYY-MM-DD */): boolean;
}

export interface DeadlineRule {
  amount: number;
  unit: 'hours' | 'working_days';
}

export const HOUR_MS = 3_600_000;

/** No calendar of this product has a working day more than this many days after the last one. */
const MAX_DAYS_WITHOUT_WORK = 3660;

interface YearTable {
  start: number;
  /** cumulative[i]: working days among the year's first i days. */
  cumulative: Int32Array;
}

/**
 * A calendar over day numbers: weekdays work, weekends rest, unless a day is listed otherwise. Each year's working
 * days are counted once into a cumulative table, so "the Nth working day after" is a binary search and "working days
 * between" two subtractions, however far apart the dates are.
 */
export class WorkingDayTable implements WorkingCalendar {
  private readonly exceptions: ReadonlyMap<number, boolean>;
  private readonly years = new Map<number, YearTable>();

  /** `days`: date (YYYY-MM-DD) → whether it is a working day, for the days that differ from the weekday rule or may. */
  constructor(days: Iterable<readonly [date: string, working: boolean]>) {
    const exceptions = new Map<number, boolean>();
    for (const [date, working] of days) exceptions.set(dayNumber(date), working);
    this.exceptions = exceptions;
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(dayNumber(date));
  }

  isWorkingDayNumber(day: number): boolean {
    const exception = this.exceptions.get(day);
    return exception ?? !isWeekend(day);
  }

  private year(year: number): YearTable {
    let table = this.years.get(year);
    if (!table) {
      const start = firstDayOfYear(year);
      const length = firstDayOfYear(year + 1) - start;
      const cumulative = new Int32Array(length + 1);
      for (let i = 0; i < length; i += 1) cumulative[i + 1] = cumulative[i]! + (this.isWorkingDayNumber(start + i) ? 1 : 0);
      table = { start, cumulative };
      this.years.set(year, table);
    }
    return table;
  }

  /** Working days among the days [from, to) (day numbers); 0 when to <= from. */
  countWorkingDays(from: number, to: number): number {
    let count = 0;
    let day = from;
    while (day < to) {
      const table = this.year(yearOfDayNumber(day));
      const length = table.cumulative.length - 1;
      const end = Math.min(to, table.start + length);
      count += table.cumulative[end - table.start]! - table.cumulative[day - table.start]!;
      day = end;
    }
    return count;
  }

  /** The day number of the Nth working day after `day` (not counted itself); `day` when n = 0. */
  nthWorkingDayAfter(day: number, n: number): number {
    if (n <= 0) return day;
    let remaining = n;
    let position = day + 1;
    let yearsWithoutWork = 0;
    for (;;) {
      const table = this.year(yearOfDayNumber(position));
      const length = table.cumulative.length - 1;
      const index = position - table.start;
      const base = table.cumulative[index]!;
      const available = table.cumulative[length]! - base;
      if (available >= remaining) {
        // The smallest j >= index with cumulative[j + 1] - base >= remaining.
        let low = index;
        let high = length - 1;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (table.cumulative[middle + 1]! - base >= remaining) high = middle;
          else low = middle + 1;
        }
        return table.start + low;
      }
      remaining -= available;
      yearsWithoutWork = available === 0 ? yearsWithoutWork + 1 : 0;
      if (yearsWithoutWork > 10) throw new RangeError('The calendar has no working day for ten years');
      position = table.start + length;
    }
  }
}

/** The date of the Nth working day after `from` (`from` itself not counted). days = 0 returns `from`. */
export function addWorkingDays(calendar: WorkingCalendar, from: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a number of working days: ${days}`);
  if (calendar instanceof WorkingDayTable) return dateOfDayNumber(calendar.nthWorkingDayAfter(dayNumber(from), days));
  // Any other calendar: walk day by day.
  let day = dayNumber(from);
  let remaining = days;
  let sinceLastWork = 0;
  while (remaining > 0) {
    day += 1;
    if (calendar.isWorkingDay(dateOfDayNumber(day))) {
      remaining -= 1;
      sinceLastWork = 0;
    } else if (++sinceLastWork > MAX_DAYS_WITHOUT_WORK) {
      throw new RangeError('The calendar has no working day for ten years');
    }
  }
  return dateOfDayNumber(day);
}

function nthWorkingDayNumberAfter(calendar: WorkingCalendar, day: number, days: number): number {
  if (calendar instanceof WorkingDayTable) return calendar.nthWorkingDayAfter(day, days);
  return dayNumber(addWorkingDays(calendar, dateOfDayNumber(day), days));
}

function isWorkingDayNumber(calendar: WorkingCalendar, day: number): boolean {
  return calendar instanceof WorkingDayTable ? calendar.isWorkingDayNumber(day) : calendar.isWorkingDay(dateOfDayNumber(day));
}

function countWorkingDays(calendar: WorkingCalendar, from: number, to: number): number {
  if (calendar instanceof WorkingDayTable) return calendar.countWorkingDays(from, to);
  let count = 0;
  for (let day = from; day < to; day += 1) if (calendar.isWorkingDay(dateOfDayNumber(day))) count += 1;
  return count;
}

/**
 * Epoch ms of the end of the Nth working day after the day (in timeZone) that contains startAt: the midnight that
 * begins the next day. A request received on the last working day before a holiday is due after it.
 */
export function workingDaysDeadline(calendar: WorkingCalendar, startAt: number, days: number, timeZone: string): number {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a number of working days: ${days}`);
  const clock = zoneClock(timeZone);
  const dueDay = nthWorkingDayNumberAfter(calendar, clock.dayOf(startAt), days);
  return clock.startOfDay(dueDay + 1);
}

/** Milliseconds of [from, to) that fall on working days (whole days, midnight to midnight in timeZone); 0 when to <= from. */
export function workingTimeBetween(calendar: WorkingCalendar, from: number, to: number, timeZone: string): number {
  if (to <= from) return 0;
  const clock = zoneClock(timeZone);
  const firstDay = clock.dayOf(from);
  const lastDay = clock.dayOf(to);
  if (firstDay === lastDay) return isWorkingDayNumber(calendar, firstDay) ? to - from : 0;
  let total = 0;
  if (isWorkingDayNumber(calendar, firstDay)) total += clock.startOfDay(firstDay + 1) - from;
  if (isWorkingDayNumber(calendar, lastDay)) total += to - clock.startOfDay(lastDay);
  const innerFrom = firstDay + 1;
  const innerTo = lastDay;
  if (innerTo > innerFrom) {
    const span = clock.startOfDay(innerTo) - clock.startOfDay(innerFrom);
    if (span === (innerTo - innerFrom) * DAY_MS && clock.hasFixedOffset(innerFrom, innerTo)) {
      total += countWorkingDays(calendar, innerFrom, innerTo) * DAY_MS;
    } else {
      // Days of 23 or 25 hours (daylight saving): add each working day's own length.
      for (let day = innerFrom; day < innerTo; day += 1) {
        if (isWorkingDayNumber(calendar, day)) total += clock.startOfDay(day + 1) - clock.startOfDay(day);
      }
    }
  }
  return total;
}

/** hours: startAt + amount hours, round the clock (the hotline is 24 h); working_days: workingDaysDeadline. */
export function deadlineAfter(calendar: WorkingCalendar, rule: DeadlineRule, startAt: number, timeZone: string): number {
  if (rule.unit === 'hours') return startAt + rule.amount * HOUR_MS;
  return workingDaysDeadline(calendar, startAt, rule.amount, timeZone);
}
