// Deadlines on the center's working calendar, for every domain: requests, difficult questions, suggestions, complaints.
// The calendar (official days + the supervisor's edits) and the policy are built once per database connection and
// forgotten when edited; a restored backup opens a new connection, so it never sees the old ones.
import type { Db } from '../../db/connection';
import { classifyLateness, type BreachClass, type BreachKind } from '../../../../shared/calendar/breach';
import { OFFICIAL_DAYS } from '../../../../shared/calendar/official';
import type { OtherDeadline, Priority, SlaRules } from '../../../../shared/calendar/policy';
import {
  deadlineAfter,
  workingTimeBetween,
  WorkingDayTable,
  type DeadlineRule,
  type WorkingCalendar,
} from '../../../../shared/calendar/working-days';
import type { SlaPolicy } from '../../../../shared/api/calendar';
import { allEdits, currentPolicy } from './repository';
import { centerTimeZone } from '../../lib/center-time';

export type { Priority, OtherDeadline, BreachClass, BreachKind };

const calendars = new WeakMap<Db, WorkingDayTable>();
const policies = new WeakMap<Db, SlaPolicy>();

/** The official days as date → working?, read from the package once. */
const officialExceptions: Array<[string, boolean]> = [...OFFICIAL_DAYS.values()].map((day) => [day.date, day.kind === 'working']);

/** The center's working calendar: the official holidays and make-up days, with the supervisor's edits over them. */
export function workingCalendar(db: Db): WorkingCalendar & WorkingDayTable {
  let calendar = calendars.get(db);
  if (!calendar) {
    calendar = new WorkingDayTable([...officialExceptions, ...allEdits(db)]);
    calendars.set(db, calendar);
  }
  return calendar;
}

/** Called after an edit of the calendar commits (or fails): the next deadline reads the edits again. */
export function forgetWorkingCalendar(db: Db): void {
  calendars.delete(db);
}

/** The service-level policy in force. */
export function slaPolicy(db: Db): SlaPolicy {
  let policy = policies.get(db);
  if (!policy) {
    policy = currentPolicy(db);
    policies.set(db, policy);
  }
  return policy;
}

export function forgetSlaPolicy(db: Db): void {
  policies.delete(db);
}

/** A rule's deadline from `startAt` on the center's calendar and in its time zone. */
export function deadlineOf(db: Db, rule: DeadlineRule, startAt: number): number {
  return deadlineAfter(workingCalendar(db), rule, startAt, centerTimeZone(db));
}

/** A request's three deadlines from the moment it was received, by the policy in force (whose version is given too). */
export function requestDeadlines(
  db: Db,
  priority: Priority,
  receivedAt: number,
): { respondBy: number; onSiteBy: number; solveBy: number; policyVersion: number } {
  const policy = slaPolicy(db);
  const rules = policy.priorities[priority];
  const calendar = workingCalendar(db);
  const timeZone = centerTimeZone(db);
  return {
    respondBy: deadlineAfter(calendar, rules.respond, receivedAt, timeZone),
    onSiteBy: deadlineAfter(calendar, rules.onSite, receivedAt, timeZone),
    solveBy: deadlineAfter(calendar, rules.solve, receivedAt, timeZone),
    policyVersion: policy.version,
  };
}

/** The deadline of a difficult question, a suggestion or a complaint (by its route), from `startAt`. */
export function otherDeadline(db: Db, kind: OtherDeadline, startAt: number): number {
  return deadlineOf(db, slaPolicy(db).other[kind], startAt);
}

/** The rule of one deadline of the policy in force, e.g. to tell a caller "within 1 working day". */
export function otherDeadlineRule(db: Db, kind: OtherDeadline): DeadlineRule {
  return slaPolicy(db).other[kind];
}

export function requestRules(db: Db, priority: Priority): SlaRules['priorities'][Priority] {
  return slaPolicy(db).priorities[priority];
}

/**
 * How late `now` is past `due`, in ms; 0 when not late. The choice: by default in working time (the time on working
 * days, whole days midnight to midnight in the center's time zone), since working-day deadlines and the breach rule
 * ("under 3 working days") are counted in working days; a deadline in hours counts round the clock (the hotline is
 * 24 hours), so pass unit 'hours' for it to get clock time.
 */
export function workingTimeLate(db: Db, due: number, now: number, unit: DeadlineRule['unit'] = 'working_days'): number {
  if (now <= due) return 0;
  if (unit === 'hours') return now - due;
  return workingTimeBetween(workingCalendar(db), due, now, centerTimeZone(db));
}

export interface Lateness {
  /** Clock time past the deadline (ms), 0 when not late. */
  lateBy: number;
  /** Working time past the deadline (ms), 0 when not late. */
  lateByWorking: number;
  /** null when not late. */
  breach: Exclude<BreachClass, 'none'> | null;
}

/**
 * How late something due at `due` is at `end` (its completion, or now while open), both ways, with its breach class
 * (shared/calendar/breach.ts): `answer` deadlines are minor under 3 working days late, `completion` ones major at once.
 */
export function lateness(db: Db, due: number, end: number, kind: BreachKind = 'answer'): Lateness {
  if (end <= due) return { lateBy: 0, lateByWorking: 0, breach: null };
  const lateBy = end - due;
  const lateByWorking = workingTimeBetween(workingCalendar(db), due, end, centerTimeZone(db));
  const breach = classifyLateness(kind, lateBy, lateByWorking);
  return { lateBy, lateByWorking, breach: breach === 'none' ? null : breach };
}

/** The breach class of one deadline: done at `doneAt`, or still open at `now`. */
export function breachOf(db: Db, kind: BreachKind, due: number, doneAt: number | null, now: number): BreachClass {
  return lateness(db, due, doneAt ?? now, kind).breach ?? 'none';
}
