// Mainland China's official public holidays and make-up working days (调休), as published by the State Council and
// kept by the maintained `chinese-days` package, for every year the package knows.
import packageDays from 'chinese-days/dist/chinese-days.json';

export type DayKind = 'holiday' | 'working';

export interface DayNames {
  zh: string;
  en: string;
}

export interface OfficialDay {
  date: string;
  kind: DayKind;
  /** The holiday's name; for a make-up working day, the holiday it makes up for. */
  name: DayNames;
}

/** The package writes the short forms of some names; the center's calendar uses the usual full ones. */
const FULL_CHINESE_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function namesOf(entry: string): DayNames {
  // "Spring Festival,春节,4": English name, Chinese name, and the number of statutory days (not used here).
  const [en = '', zh = ''] = entry.split(',');
  return { zh: FULL_CHINESE_NAMES[zh] ?? zh, en };
}

function collect(): Map<string, OfficialDay> {
  const days = new Map<string, OfficialDay>();
  const source = packageDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  for (const [date, entry] of Object.entries(source.holidays)) days.set(date, { date, kind: 'holiday', name: namesOf(entry) });
  for (const [date, entry] of Object.entries(source.workdays)) days.set(date, { date, kind: 'working', name: namesOf(entry) });
  return new Map([...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every official holiday and make-up working day, by date, in date order. */
export const OFFICIAL_DAYS: ReadonlyMap<string, OfficialDay> = collect();

/** The years whose official days the package holds, ascending. */
export const OFFICIAL_YEARS: readonly number[] = [...new Set([...OFFICIAL_DAYS.keys()].map((date) => Number(date.slice(0, 4))))].sort(
  (a, b) => a - b,
);

export function officialDay(date: string): OfficialDay | undefined {
  return OFFICIAL_DAYS.get(date);
}

/** The official holidays and make-up working days of one year, in date order. */
export function officialDaysOf(year: number): OfficialDay[] {
  const prefix = `${year}-`;
  return [...OFFICIAL_DAYS.values()].filter((day) => day.date.startsWith(prefix));
}

export function isOfficialYear(year: number): boolean {
  return OFFICIAL_YEARS.includes(year);
}
