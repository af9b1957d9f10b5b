// How a day of the calendar looks and reads: working, weekend, holiday (休), make-up working day (班), edited or not.
import type { TFunction } from 'i18next';
import type { CalendarDay } from '../../../../shared/api/calendar';
import { dayNumber, isWeekend, weekdayOfDayNumber } from '../../../../shared/calendar/day-numbers';
import type { DayKind, DayNames } from '../../../../shared/calendar/official';

export type DayLook = 'working' | 'rest' | 'holiday' | 'makeup';

export interface DayInfo {
  date: string;
  /** The listed day (official or edited), null for an ordinary weekday or weekend. */
  listed: CalendarDay | null;
  look: DayLook;
  edited: boolean;
  weekday: number;
}

export function lookOf(date: string, kind: DayKind | null): DayLook {
  const weekend = isWeekend(dayNumber(date));
  if (kind === 'holiday') return 'holiday';
  if (kind === 'working') return weekend ? 'makeup' : 'working';
  return weekend ? 'rest' : 'working';
}

export function dayInfo(date: string, listed: CalendarDay | undefined): DayInfo {
  return {
    date,
    listed: listed ?? null,
    look: lookOf(date, listed?.kind ?? null),
    edited: listed?.source === 'edited',
    weekday: weekdayOfDayNumber(dayNumber(date)),
  };
}

export const nameIn = (names: DayNames, language: string) => (language.startsWith('zh') ? names.zh : names.en);

/**
 * "国庆节 放假", "春节 调休上班", "工作日"… for a date of a given kind and name. An official make-up day is named after
 * the holiday it makes up for; a supervisor's working day carries its own name ("年终盘点加班（上班）").
 */
export function describeDay(
  t: TFunction,
  language: string,
  date: string,
  kind: DayKind | null,
  names: DayNames | null,
  source: CalendarDay['source'] = 'official',
): string {
  const name = names ? nameIn(names, language) : '';
  const look = lookOf(date, kind);
  if (look === 'holiday') return name ? t('calendar:describe.holiday', { name }) : t('calendar:describe.holidayUnnamed');
  if (look === 'makeup' && source === 'edited' && name) return t('calendar:describe.workingNamed', { name });
  if (look === 'makeup') return name ? t('calendar:describe.makeup', { name }) : t('calendar:describe.makeupUnnamed');
  if (look === 'working' && name) return t('calendar:describe.workingNamed', { name });
  return t(`calendar:describe.${look}`);
}

/** The tooltip of a listed day: what it is, and for an edit what the official calendar says. */
export function describeListed(t: TFunction, language: string, day: CalendarDay): string {
  const what = describeDay(t, language, day.date, day.kind, day.name, day.source);
  if (day.source !== 'edited') return what;
  const edited = t('calendar:describe.edited', { what });
  if (!day.official) return edited;
  return `${edited}; ${t('calendar:describe.officially', { what: describeDay(t, language, day.date, day.official.kind, day.official.name) })}`;
}

export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** Monday first, as Chinese calendars are printed. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export const pad2 = (n: number) => String(n).padStart(2, '0');
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const DAY_COLORS: Record<DayLook, { bg: string; fg: string }> = {
  working: { bg: 'transparent', fg: '#1f2933' },
  rest: { bg: '#f1f3f6', fg: '#5b6672' },
  holiday: { bg: '#fde8e6', fg: '#b42318' },
  makeup: { bg: '#e3edf8', fg: '#1f4468' },
};
export const EDITED_COLOR = '#c77700';
