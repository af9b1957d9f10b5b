// Properties of deadline computation, over random calendars (the official one with random edits), start instants and N:
// a working-day deadline ends a working day, never a day off; it is monotonic in N; the fast table agrees with a
// day-by-day walk; working time between two instants adds up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dateOfDayNumber, dayNumber } from './day-numbers';
import { OFFICIAL_DAYS } from './official';
import { addWorkingDays, deadlineAfter, WorkingDayTable, workingDaysDeadline, workingTimeBetween, type WorkingCalendar } from './working-days';
import { zoneClock } from './zone';

const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'America/New_York', 'Europe/Berlin'];
const FIRST = dayNumber('2004-01-01');
const LAST = dayNumber('2027-12-31');

const edits = fc.array(fc.tuple(fc.integer({ min: FIRST, max: LAST }), fc.boolean()), { maxLength: 40 });
const calendarArb = edits.map(
  (list) =>
    new WorkingDayTable([
      ...[...OFFICIAL_DAYS.values()].map((day) => [day.date, day.kind === 'working'] as const),
      ...list.map(([day, working]) => [dateOfDayNumber(day), working] as const),
    ]),
);
const instant = fc.integer({ min: FIRST * DAY_MS, max: LAST * DAY_MS });
const zone = fc.constantFrom(...ZONES);
/** The same calendar seen only through the interface, so the functions walk it day by day. */
const plain = (calendar: WorkingCalendar): WorkingCalendar => ({ isWorkingDay: (date) => calendar.isWorkingDay(date) });

describe('deadline properties', () => {
  it('a working-day deadline is the end of a working day, never of a day off, with exactly N working days after the start day', () => {
    fc.assert(
      fc.property(calendarArb, instant, fc.integer({ min: 1, max: 60 }), zone, (calendar, startAt, days, timeZone) => {
        const deadline = workingDaysDeadline(calendar, startAt, days, timeZone);
        const clock = zoneClock(timeZone);
        expect(clock.startOfDay(clock.dayOf(deadline))).toBe(deadline);
        const dueDay = clock.dayOf(deadline - 1);
        expect(calendar.isWorkingDay(dateOfDayNumber(dueDay))).toBe(true);
        expect(calendar.countWorkingDays(clock.dayOf(startAt) + 1, dueDay + 1)).toBe(days);
      }),
      { numRuns: 400 },
    );
  });

  it('is monotonic in N: one more working day is always later, for working days and for hours', () => {
    fc.assert(
      fc.property(calendarArb, instant, fc.integer({ min: 0, max: 80 }), zone, (calendar, startAt, n, timeZone) => {
        const wd = (amount: number) => deadlineAfter(calendar, { amount, unit: 'working_days' }, startAt, timeZone);
        const h = (amount: number) => deadlineAfter(calendar, { amount, unit: 'hours' }, startAt, timeZone);
        expect(wd(n + 1)).toBeGreaterThan(wd(n));
        expect(wd(n)).toBeGreaterThan(startAt);
        expect(h(n + 1)).toBeGreaterThan(h(n));
      }),
      { numRuns: 400 },
    );
  });

  it('the cumulative table gives what walking the calendar day by day gives', () => {
    fc.assert(
      fc.property(calendarArb, fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 400 }), (calendar, from, days) => {
        const date = dateOfDayNumber(from);
        expect(addWorkingDays(calendar, date, days)).toBe(addWorkingDays(plain(calendar), date, days));
      }),
      { numRuns: 300 },
    );
  });

  it('working time adds up over a split, never exceeds the clock time, and matches a day-by-day count', () => {
    fc.assert(
      fc.property(calendarArb, instant, fc.integer({ min: 0, max: 40 * DAY_MS }), fc.double({ min: 0, max: 1, noNaN: true }), zone, (calendar, from, span, cut, timeZone) => {
        const to = from + span;
        const middle = from + Math.floor(span * cut);
        const whole = workingTimeBetween(calendar, from, to, timeZone);
        expect(workingTimeBetween(calendar, from, middle, timeZone) + workingTimeBetween(calendar, middle, to, timeZone)).toBe(whole);
        expect(whole).toBeLessThanOrEqual(span);
        expect(workingTimeBetween(plain(calendar), from, to, timeZone)).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });
});
