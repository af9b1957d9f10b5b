// The working calendar (工作日历) and the service-level policy (服务时限).
import { z } from 'zod';
import { method } from './define';
import { versionSchema } from './common';
import type { Role } from './roles';
import { isCalendarDate } from '../customers/dates';
import { DEADLINE_UNITS, OTHER_DEADLINES, PRIORITIES, RULE_LIMITS, SERVICE_MEASURES, type SlaRules } from '../calendar/policy';
// Types only: the official days' data stays out of whatever imports the contract.
import type { DayKind, DayNames } from '../calendar/official';

/** DOMAIN.md: the supervisor edits the service-level policy and the working calendar. */
export const CALENDAR_EDITORS: readonly Role[] = ['supervisor'];

/** The years the calendar can be asked about and edited in. */
export const CALENDAR_FIRST_YEAR = 2000;
export const CALENDAR_LAST_YEAR = 2100;
/** The most working days `calendar.addWorkingDays` counts ahead (about four years). */
export const MAX_WORKING_DAYS_AHEAD = 1000;

export const DAY_KINDS = ['working', 'holiday'] as const;

export interface CalendarDay {
  date: string;
  /** What the day is now: a working day or a day off. */
  kind: DayKind;
  /** An official day's names; an edited day's name as the supervisor typed it (the same in both, '' when none). */
  name: DayNames;
  /** `official` from the published calendar; `edited` when the supervisor set it (over the official day, if any). */
  source: 'official' | 'edited';
  /** For an edited day: what the official calendar says of it, or null when it has nothing to say (a plain weekday or weekend). */
  official: { kind: DayKind; name: DayNames } | null;
  editedBy: string | null;
  editedAt: number | null;
}

export interface CalendarYear {
  year: number;
  /** The center's today (YYYY-MM-DD, in its time zone). */
  today: string;
  /** Every day of the year that is not simply "Monday to Friday work, weekends rest": holidays, make-up working days, edits. */
  days: CalendarDay[];
  /** The years whose official holidays the shipped calendar holds. */
  officialYears: number[];
  /**
   * A year whose official days are missing and needed now (this year, or from 1 October next year) and that the
   * supervisor has not entered by hand either; null when none is. See shared/calendar/coverage.ts.
   */
  missingOfficialYear: number | null;
  /**
   * Every year whose holidays the calendar knows (the package's, and those the supervisor entered by hand): a deadline
   * counted in working days over any other year is an estimate (shared/calendar/coverage.ts, estimatedDeadlineYear).
   */
  knownYears: number[];
}

export interface SlaPolicy extends SlaRules {
  version: number;
  savedAt: number;
  savedBy: string | null;
}

const yearSchema = z.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR);
const dateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'validation.date' })
  .refine((date) => {
    const year = Number(date.slice(0, 4));
    return year >= CALENDAR_FIRST_YEAR && year <= CALENDAR_LAST_YEAR;
  }, { message: 'validation.calendarYear' });

export const deadlineRuleSchema = z
  .strictObject({
    amount: z.number({ message: 'validation.slaAmount' }).int({ message: 'validation.slaAmount' }).min(1, { message: 'validation.slaAmount' }),
    unit: z.enum(DEADLINE_UNITS),
  })
  .refine((rule) => rule.amount <= RULE_LIMITS[rule.unit], { message: 'validation.slaAmount', path: ['amount'] });

const measuresSchema = z.strictObject(
  Object.fromEntries(SERVICE_MEASURES.map((measure) => [measure, deadlineRuleSchema])) as Record<
    (typeof SERVICE_MEASURES)[number],
    typeof deadlineRuleSchema
  >,
);

export const slaRulesShape = {
  priorities: z.strictObject(
    Object.fromEntries(PRIORITIES.map((priority) => [priority, measuresSchema])) as Record<(typeof PRIORITIES)[number], typeof measuresSchema>,
  ),
  other: z.strictObject(
    Object.fromEntries(OTHER_DEADLINES.map((kind) => [kind, deadlineRuleSchema])) as Record<
      (typeof OTHER_DEADLINES)[number],
      typeof deadlineRuleSchema
    >,
  ),
};

export const calendarApi = {
  'calendar.get': method<CalendarYear>()({
    summary:
      "A year of the working calendar: its holidays, make-up working days (调休) and the supervisor's edits, the years the official calendar covers, and whether a year's official days are missing. Without `year`, the center's current year.",
    input: z.strictObject({ year: yearSchema.optional() }),
    access: 'signedIn',
    kind: 'read',
  }),
  'calendar.setDay': method<CalendarDay>()({
    summary: 'Makes a day a working day or a holiday, with a name (over the official calendar and the weekday rule).',
    input: z.strictObject({
      date: dateSchema,
      kind: z.enum(DAY_KINDS),
      name: z.string().trim().max(40).optional(),
    }),
    access: CALENDAR_EDITORS,
    kind: 'write',
  }),
  'calendar.resetDay': method<{ date: string; day: CalendarDay | null }>()({
    summary: "Removes the supervisor's edit of a day: it is again what the official calendar (or Monday to Friday) says. `day` is the day now, null when it is an ordinary one.",
    input: z.strictObject({ date: dateSchema }),
    access: CALENDAR_EDITORS,
    kind: 'write',
  }),
  'calendar.addWorkingDays': method<{ date: string }>()({
    summary: 'The date of the Nth working day after `from` (`from` itself not counted; 0 gives `from`), on the calendar as edited.',
    input: z.strictObject({
      from: dateSchema,
      days: z.number().int().min(0).max(MAX_WORKING_DAYS_AHEAD),
    }),
    access: 'signedIn',
    kind: 'read',
  }),
};

export const slaApi = {
  'sla.getPolicy': method<SlaPolicy>()({
    summary: 'The service-level policy in force: respond, on site and solved per priority, and the other deadlines; each in hours (round the clock) or working days.',
    input: z.strictObject({}),
    access: 'signedIn',
    kind: 'read',
  }),
  'sla.updatePolicy': method<SlaPolicy>()({
    summary: 'Saves a new version of the whole policy. Names the version it read; deadlines computed from now on use it.',
    input: z.strictObject({ version: versionSchema, ...slaRulesShape }),
    access: CALENDAR_EDITORS,
    kind: 'write',
  }),
  'sla.history': method<{ items: SlaPolicy[] }>()({
    summary: 'Every version of the service-level policy, newest first.',
    input: z.strictObject({}),
    access: 'signedIn',
    kind: 'read',
  }),
};
