// Calendar dates as whole numbers of days since 1970-01-01, so working-day arithmetic is integer arithmetic.
export const DAY_MS = 86_400_000;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a YYYY-MM-DD date (1970-01-01 is 0). Throws on anything else, so a typo never becomes NaN. */
export function dayNumber(date: string): number {
  const match = DATE_SHAPE.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return ms / DAY_MS;
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday === 0 || weekday === 6;
}

/** The day number of 1 January of a year. */
export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

export function yearOfDayNumber(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
