// Breach classes of DOMAIN.md: "A late answer under 3 working days is a minor breach (轻微违约); a job not done within
// the service period, or data lost, is a major breach (重大违约)."
import { workingTimeBetween, type WorkingCalendar } from './working-days';

export const BREACH_CLASSES = ['none', 'minor', 'major'] as const;
export type BreachClass = (typeof BREACH_CLASSES)[number];

/**
 * What a deadline asks for:
 * - `answer`: a reply or a step within a time limit (respond 响应, arrive on site 到场, a difficult question's answer,
 *   a complaint's or a suggestion's reply). Late by less than 3 working days is minor; 3 working days or more is major
 *   (at that point it is no longer a late answer but one not given within the service period).
 * - `completion`: the job itself (solved 解决). Not done by its deadline is a major breach at once.
 */
export type BreachKind = 'answer' | 'completion';

/** A late answer is minor while it is less than this many working days late. */
export const MINOR_BREACH_WORKING_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * The class from how late something is: on the clock (any lateness at all is a breach, also on a holiday, since the
 * hotline is 24 hours) and in working time (time on working days, which measures the 3 working days). Data loss is
 * a major breach too, but it is recorded by a person, not computed.
 */
export function classifyLateness(kind: BreachKind, clockLateMs: number, workingLateMs: number): BreachClass {
  if (clockLateMs <= 0) return 'none';
  if (kind === 'completion') return 'major';
  return workingLateMs < MINOR_BREACH_WORKING_DAYS * DAY_MS ? 'minor' : 'major';
}

export interface BreachInput {
  kind: BreachKind;
  /** The deadline (epoch ms). */
  due: number;
  /** When it was done; null while it is not done yet (then it is judged as of `now`). */
  doneAt: number | null;
  now: number;
}

/** The breach class of one deadline, done or still open, on the center's working calendar. */
export function breachClass(calendar: WorkingCalendar, input: BreachInput, timeZone: string): BreachClass {
  const end = input.doneAt ?? input.now;
  if (end <= input.due) return 'none';
  return classifyLateness(input.kind, end - input.due, workingTimeBetween(calendar, input.due, end, timeZone));
}
