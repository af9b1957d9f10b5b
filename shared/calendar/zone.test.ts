// Days in a time zone: where each begins, and which day an instant falls on, checked against Intl itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber } from './day-numbers';
import { zoneClock } from './zone';

const localDate = (zone: string, instant: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

describe('ZoneClock', () => {
  it('Beijing days begin at 16:00 UTC the day before', () => {
    const clock = zoneClock('Asia/Shanghai');
    expect(clock.startOfDay(dayNumber('2026-10-01'))).toBe(Date.UTC(2026, 8, 30, 16));
    expect(dateOfDayNumber(clock.dayOf(Date.UTC(2026, 8, 30, 15, 59, 59, 999)))).toBe('2026-09-30');
    expect(dateOfDayNumber(clock.dayOf(Date.UTC(2026, 8, 30, 16)))).toBe('2026-10-01');
  });

  it('a day whose midnight the clocks skip begins when they jump (Santiago, 6 September 2026 begins at 01:00)', () => {
    const clock = zoneClock('America/Santiago');
    const start = clock.startOfDay(dayNumber('2026-09-06'));
    expect(start).toBe(Date.parse('2026-09-06T01:00:00-03:00'));
    expect(localDate('America/Santiago', start - 1)).toBe('2026-09-05');
  });

  it.each(['Asia/Shanghai', 'America/New_York', 'Europe/London', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'])(
    'in %s every instant falls on the day Intl says, and after that day’s start',
    (zone) => {
      const clock = zoneClock(zone);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2003, 0, 1), max: Date.UTC(2030, 11, 31) }), (instant) => {
          const day = clock.dayOf(instant);
          expect(dateOfDayNumber(day)).toBe(localDate(zone, instant));
          expect(clock.startOfDay(day)).toBeLessThanOrEqual(instant);
          expect(clock.startOfDay(day + 1)).toBeGreaterThan(instant);
          expect(localDate(zone, clock.startOfDay(day))).toBe(dateOfDayNumber(day));
          expect(localDate(zone, clock.startOfDay(day) - 1)).toBe(dateOfDayNumber(day - 1));
        }),
        { numRuns: 300 },
      );
    },
  );
});
