// When the supervisor must be told that a year's official holidays are not in the calendar yet. The State Council
// announces the coming year's holidays late in the year (usually in November), and a package update brings them.
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
