// "N working days after" and "working time between" on mainland China's official calendar, as the hotline meets them:
// around Spring Festival and National Day with their make-up working days (调休) in 2024, 2025 and 2026, at the end of
// a working day, on a holiday, across the year's end, and in a zone with daylight saving.
import { describe, expect, it } from 'vitest';
import { OFFICIAL_DAYS } from './official';
import { addWorkingDays, deadlineAfter, WorkingDayTable, workingDaysDeadline, workingTimeBetween, type WorkingCalendar } from './working-days';

const SHANGHAI = 'Asia/Shanghai';
const HOUR = 3_600_000;
const official = new WorkingDayTable([...OFFICIAL_DAYS.values()].map((day) => [day.date, day.kind === 'working'] as const));
/** Beijing time (UTC+8) as epoch ms. */
const beijing = (date: string, time = '00:00') => Date.parse(`${date}T${time}:00+08:00`);

describe('the official calendar from the package', () => {
  it.each([
    ['2024-02-04', true, 'a Sunday made a working day before Spring Festival 2024'],
    ['2024-02-12', false, 'Spring Festival 2024, a Monday'],
    ['2024-02-18', true, 'a Sunday made a working day after Spring Festival 2024'],
    ['2025-01-26', true, 'the Sunday before Spring Festival 2025'],
    ['2025-02-04', false, 'the last day of Spring Festival 2025, a Tuesday'],
    ['2025-02-08', true, 'the make-up Saturday after Spring Festival 2025'],
    ['2026-02-14', true, 'the make-up Saturday before Spring Festival 2026'],
    ['2026-02-23', false, 'the last day of Spring Festival 2026, a Monday'],
    ['2026-02-28', true, 'the make-up Saturday after Spring Festival 2026'],
    ['2024-10-12', true, 'the make-up Saturday after National Day 2024'],
    ['2025-10-08', false, 'National Day 2025 (with Mid-Autumn), a Wednesday'],
    ['2025-10-11', true, 'the make-up Saturday after National Day 2025'],
    ['2026-09-20', true, 'the make-up Sunday before National Day 2026'],
    ['2026-10-10', true, 'the make-up Saturday after National Day 2026'],
    ['2026-10-09', true, 'an ordinary Friday'],
    ['2026-10-11', false, 'an ordinary Sunday'],
  ])('%s is %s: %s', (date, working) => {
    expect(official.isWorkingDay(date)).toBe(working);
  });
});

describe('addWorkingDays: the date of the Nth working day after a date', () => {
  it.each([
    // Spring Festival 2024: 10–17 February off, Sundays 4 and 18 February worked.
    ['2024-02-02', 1, '2024-02-04', 'a Friday: the next working day is the make-up Sunday'],
    ['2024-02-09', 1, '2024-02-18', 'the last working day before the holiday: the make-up Sunday after it'],
    ['2024-02-09', 2, '2024-02-19', '…and the Monday after that'],
    // Spring Festival 2025: 28 January – 4 February off, Sunday 26 January and Saturday 8 February worked.
    ['2025-01-24', 1, '2025-01-26', 'the Friday before: the make-up Sunday'],
    ['2025-01-27', 1, '2025-02-05', "the day before New Year's Eve: the Wednesday after the holiday"],
    ['2025-02-07', 1, '2025-02-08', 'a Friday: the make-up Saturday'],
    // Spring Festival 2026: 15–23 February off, Saturdays 14 and 28 February worked.
    ['2026-02-13', 1, '2026-02-14', 'a Friday: the make-up Saturday'],
    ['2026-02-13', 2, '2026-02-24', 'two working days on: the Tuesday after the nine-day holiday'],
    ['2026-02-27', 1, '2026-02-28', 'a Friday: the make-up Saturday'],
    // National Day: 2024 (Sunday 29 September and Saturday 12 October worked), 2025 (to 8 October), 2026.
    ['2024-09-27', 1, '2024-09-29', 'the Friday before National Day 2024: the make-up Sunday'],
    ['2024-09-30', 1, '2024-10-08', 'the last working day before National Day 2024'],
    ['2024-10-11', 1, '2024-10-12', 'a Friday: the make-up Saturday'],
    ['2025-09-30', 1, '2025-10-09', 'the last working day before the eight-day holiday of 2025'],
    ['2025-09-30', 3, '2025-10-11', 'three working days on: the make-up Saturday'],
    ['2026-09-30', 1, '2026-10-08', 'the last working day before National Day 2026'],
    ['2026-09-30', 3, '2026-10-10', 'three working days on: the make-up Saturday'],
    ['2026-09-30', 5, '2026-10-13', 'five working days on: the Tuesday after'],
    // Across the end of the year.
    ['2024-12-31', 1, '2025-01-02', "New Year's Day 2025 is off"],
    ['2025-12-31', 1, '2026-01-04', "New Year 2026: 1–3 January off, the make-up Sunday 4 January worked"],
    ['2025-12-26', 4, '2026-01-04', 'from a Friday, across the year end: 29, 30, 31 December and the make-up Sunday'],
    // On a holiday and on a weekend.
    ['2026-10-03', 1, '2026-10-08', 'from a holiday'],
    ['2026-10-17', 1, '2026-10-19', 'from an ordinary Saturday'],
    ['2026-10-17', 0, '2026-10-17', 'zero working days is the date itself'],
  ])('%s + %i working day(s) = %s (%s)', (from, days, expected) => {
    expect(addWorkingDays(official, from, days)).toBe(expected);
  });

  it('counts far ahead through many years of holidays', () => {
    // 250 working days after 2024-01-01, checked against walking the days one by one.
    const walked = addWorkingDays({ isWorkingDay: (date) => official.isWorkingDay(date) }, '2024-01-01', 250);
    expect(addWorkingDays(official, '2024-01-01', 250)).toBe(walked);
    expect(addWorkingDays(official, '2004-01-01', 5000)).toBe(addWorkingDays({ isWorkingDay: (d) => official.isWorkingDay(d) }, '2004-01-01', 5000));
  });

  it('refuses a negative or fractional number of days and a date that is not one', () => {
    expect(() => addWorkingDays(official, '2026-01-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(official, '2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(official, '2026-02-30', 1)).toThrow(RangeError);
  });

  it('gives up on a calendar without working days instead of looping for ever', () => {
    const never: WorkingCalendar = { isWorkingDay: () => false };
    expect(() => addWorkingDays(never, '2026-01-01', 1)).toThrow(/no working day/);
    expect(() => addWorkingDays(new WorkingDayTable([]), '2026-01-01', 1)).not.toThrow();
  });
});

describe('workingDaysDeadline: by the end of the Nth working day after the day the clock starts', () => {
  it('a request received at 17:30 on the last working day before National Day 2026 is due at the end of 8 October', () => {
    expect(workingDaysDeadline(official, beijing('2026-09-30', '17:30'), 1, SHANGHAI)).toBe(beijing('2026-10-09'));
  });

  it('…and the same when it comes in at 23:59 that evening', () => {
    expect(workingDaysDeadline(official, beijing('2026-09-30', '23:59'), 1, SHANGHAI)).toBe(beijing('2026-10-09'));
  });

  it('one minute later, on the holiday, the clock starts from 1 October: still due at the end of 8 October', () => {
    expect(workingDaysDeadline(official, beijing('2026-10-01', '00:00'), 1, SHANGHAI)).toBe(beijing('2026-10-09'));
  });

  it('a complaint transferred on the Friday before Spring Festival 2026 (3 working days) is due at the end of the Wednesday after it', () => {
    // 14 February (make-up Saturday), 24 and 25 February.
    expect(workingDaysDeadline(official, beijing('2026-02-13', '10:00'), 3, SHANGHAI)).toBe(beijing('2026-02-26'));
  });

  it('received on a make-up Saturday, a working day like any other', () => {
    expect(workingDaysDeadline(official, beijing('2025-10-11', '09:00'), 1, SHANGHAI)).toBe(beijing('2025-10-14'));
  });

  it('uses the day in the center’s time zone, not in UTC (23:30 UTC on the 29th is the 30th in Beijing)', () => {
    const lateEveningUtc = Date.UTC(2026, 8, 29, 23, 30);
    expect(workingDaysDeadline(official, lateEveningUtc, 1, SHANGHAI)).toBe(beijing('2026-10-09'));
    expect(workingDaysDeadline(official, lateEveningUtc, 1, 'UTC')).toBe(Date.UTC(2026, 8, 30, 24));
  });

  it('ends at local midnight in a zone with daylight saving, across the change', () => {
    const weekdays = new WorkingDayTable([]);
    // Friday 6 March 2026 in New York; clocks go forward on Sunday 8 March. One working day: the end of Monday the 9th.
    expect(workingDaysDeadline(weekdays, Date.parse('2026-03-06T15:00:00-05:00'), 1, 'America/New_York')).toBe(
      Date.parse('2026-03-10T00:00:00-04:00'),
    );
  });
});

describe('deadlineAfter: hours round the clock, working days on the calendar', () => {
  it('8 hours from a Saturday evening on a holiday is 8 hours later: the hotline is 24 hours', () => {
    const start = beijing('2026-10-03', '20:00');
    expect(deadlineAfter(official, { amount: 8, unit: 'hours' }, start, SHANGHAI)).toBe(start + 8 * HOUR);
  });

  it('2 working days from the same moment is the end of 9 October', () => {
    expect(deadlineAfter(official, { amount: 2, unit: 'working_days' }, beijing('2026-10-03', '20:00'), SHANGHAI)).toBe(beijing('2026-10-10'));
  });
});

describe('workingTimeBetween: the time on working days', () => {
  it('is nothing over a holiday and counts from midnight of the first working day after it', () => {
    expect(workingTimeBetween(official, beijing('2026-10-01'), beijing('2026-10-08'), SHANGHAI)).toBe(0);
    expect(workingTimeBetween(official, beijing('2026-10-01'), beijing('2026-10-08', '02:00'), SHANGHAI)).toBe(2 * HOUR);
  });

  it('counts a make-up Saturday and skips the holiday between: Friday 20:00 before Spring Festival 2026 to 10:00 on the 24th', () => {
    // 4 h of Friday, 24 h of the make-up Saturday, 10 h of Tuesday.
    expect(workingTimeBetween(official, beijing('2026-02-13', '20:00'), beijing('2026-02-24', '10:00'), SHANGHAI)).toBe(38 * HOUR);
  });

  it('within one day: all of it on a working day, none on a holiday; nothing when the end is not after the start', () => {
    expect(workingTimeBetween(official, beijing('2026-10-09', '09:00'), beijing('2026-10-09', '17:30'), SHANGHAI)).toBe(8.5 * HOUR);
    expect(workingTimeBetween(official, beijing('2026-10-03', '09:00'), beijing('2026-10-03', '17:30'), SHANGHAI)).toBe(0);
    expect(workingTimeBetween(official, beijing('2026-10-09'), beijing('2026-10-09'), SHANGHAI)).toBe(0);
    expect(workingTimeBetween(official, beijing('2026-10-10'), beijing('2026-10-09'), SHANGHAI)).toBe(0);
  });

  it('across the year end and over weeks', () => {
    // 31 Dec 2025 (Wed) 12:00 → 5 Jan 2026 (Mon) 12:00: 12 h + 4 January (make-up Sunday) 24 h + 12 h.
    expect(workingTimeBetween(official, beijing('2025-12-31', '12:00'), beijing('2026-01-05', '12:00'), SHANGHAI)).toBe(48 * HOUR);
    // All of October 2026: 31 days less 1–7 October (National Day) and six more weekend days; Saturday the 10th worked: 18.
    expect(workingTimeBetween(official, beijing('2026-10-01'), beijing('2026-11-01'), SHANGHAI)).toBe(18 * 24 * HOUR);
  });

  it('gives a working day of 23 hours its own length when the clocks go forward on it', () => {
    // A center that works Sunday 8 March 2026 in New York, the day the clocks go forward.
    const sundayWorked = new WorkingDayTable([['2026-03-08', true]]);
    const from = Date.parse('2026-03-06T12:00:00-05:00');
    const to = Date.parse('2026-03-10T12:00:00-04:00');
    expect(workingTimeBetween(sundayWorked, from, to, 'America/New_York')).toBe((12 + 23 + 24 + 12) * HOUR);
    expect(workingTimeBetween(new WorkingDayTable([]), from, to, 'America/New_York')).toBe((12 + 24 + 12) * HOUR);
  });
});
