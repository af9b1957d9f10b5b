// Lengths of time as the hotline says them ("2 h 15 min", "1 d 3 h"), how long ago a call came in, and where a
// request stands against each of its commitments (met, late by how much, due in how long).
import type { TFunction } from 'i18next';
import type { DeadlineKind, MilestoneKind, ServiceRequest } from '../../../shared/api/requests';

const MINUTE_MS = 60_000;

/** Whole days, hours and minutes of a length of time (rounded down to the minute; negative counts as its size). */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number } {
  const total = Math.floor(Math.abs(ms) / MINUTE_MS);
  return { days: Math.floor(total / (24 * 60)), hours: Math.floor((total % (24 * 60)) / 60), minutes: total % 60 };
}

/** The two largest units that are not zero: "3 d 4 h", "2 h 15 min", "5 min"; under a minute "< 1 min". */
export function formatDuration(t: TFunction, ms: number): string {
  const { days, hours, minutes } = splitDuration(ms);
  const parts: string[] = [];
  if (days > 0) parts.push(t('requests:duration.days', { count: days }));
  if (hours > 0) parts.push(t('requests:duration.hours', { count: hours }));
  if (days === 0 && minutes > 0) parts.push(t('requests:duration.minutes', { count: minutes }));
  if (parts.length === 0) return t('requests:duration.underMinute');
  const [first, second] = parts;
  return second === undefined ? first! : t('requests:duration.pair', { first, second });
}

/** "just now", "3 min ago", "1 h 5 min ago" — how long ago the call came in. */
export function formatAgo(t: TFunction, ms: number): string {
  if (ms < MINUTE_MS) return t('requests:duration.justNow');
  return t('requests:duration.ago', { duration: formatDuration(t, ms) });
}

export type DeadlineStanding =
  /** Done in time. */
  | { state: 'met'; by: number }
  /** Done, but after the deadline: by how much. */
  | { state: 'late'; by: number }
  /** Not done, still in time: how long is left. */
  | { state: 'open'; by: number }
  /** Not done and past the deadline: by how much. */
  | { state: 'overdue'; by: number }
  /** Not done and no longer owed (the request was cancelled, or answered on the spot). */
  | { state: 'void' };

export function deadlineStanding(dueAt: number, recordedAt: number | null, now: number, stillOwed: boolean): DeadlineStanding {
  if (recordedAt !== null) return recordedAt <= dueAt ? { state: 'met', by: dueAt - recordedAt } : { state: 'late', by: recordedAt - dueAt };
  if (!stillOwed) return { state: 'void' };
  return now <= dueAt ? { state: 'open', by: dueAt - now } : { state: 'overdue', by: now - dueAt };
}

export interface DeadlineLine {
  kind: DeadlineKind | MilestoneKind;
  dueAt: number;
  recordedAt: number | null;
}

/**
 * The request's commitments in order: respond, analysis and plan (the brief's steps inside the center, when the
 * request goes through them), on site (a fault report only), solved; each with when it was met.
 */
export function deadlineLines(
  request: Pick<ServiceRequest, 'deadlines' | 'firstResponseAt' | 'analysedAt' | 'plannedAt' | 'arrivedAt' | 'solvedAt'>,
): DeadlineLine[] {
  const { respondBy, analyseBy, planBy, onSiteBy, solveBy } = request.deadlines;
  const lines: DeadlineLine[] = [{ kind: 'respond', dueAt: respondBy, recordedAt: request.firstResponseAt }];
  if (analyseBy !== null) lines.push({ kind: 'analyse', dueAt: analyseBy, recordedAt: request.analysedAt });
  if (planBy !== null) lines.push({ kind: 'plan', dueAt: planBy, recordedAt: request.plannedAt });
  if (onSiteBy !== null) lines.push({ kind: 'onSite', dueAt: onSiteBy, recordedAt: request.arrivedAt });
  lines.push({ kind: 'solve', dueAt: solveBy, recordedAt: request.solvedAt });
  return lines;
}
