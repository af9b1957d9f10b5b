// When supervisors are told that a year's official holidays are missing from the calendar.
import { describe, expect, it } from 'vitest';
import { estimatedDeadlineYear, knownCalendarYears, missingOfficialYear, unknownYearBetween } from './coverage';
import { OFFICIAL_YEARS } from './official';

describe('missingOfficialYear', () => {
  const known = [2024, 2025, 2026];
  it('says nothing before 1 October when this year is known', () => {
    expect(missingOfficialYear('2026-09-30', known, new Set())).toBeNull();
  });
  it('from 1 October asks for next year while neither the package nor the supervisor has it', () => {
    expect(missingOfficialYear('2026-10-01', known, new Set())).toBe(2027);
    expect(missingOfficialYear('2026-12-31', known, new Set())).toBe(2027);
  });
  it('is satisfied once the supervisor has entered a holiday of next year, or the package knows it', () => {
    expect(missingOfficialYear('2026-11-20', known, new Set([2027]))).toBeNull();
    expect(missingOfficialYear('2026-11-20', [...known, 2027], new Set())).toBeNull();
  });
  it('asks for this year itself when even that is missing', () => {
    expect(missingOfficialYear('2027-03-01', known, new Set())).toBe(2027);
    expect(missingOfficialYear('2027-03-01', known, new Set([2027]))).toBeNull();
  });
  it('the shipped package knows every year from 2004 to 2026', () => {
    expect(OFFICIAL_YEARS[0]).toBe(2004);
    expect(OFFICIAL_YEARS).toContain(2024);
    expect(OFFICIAL_YEARS).toContain(2025);
    expect(OFFICIAL_YEARS).toContain(2026);
  });
});

describe('deadlines counted over years whose holidays the calendar does not know (issue 16, item 6)', () => {
  const known = knownCalendarYears(OFFICIAL_YEARS, new Set<number>());
  const zone = 'Asia/Shanghai';
  /** Midnight at the start of `date` in Shanghai (UTC+8), as epoch ms. */
  const midnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

  it('knows the package years and the years the supervisor entered by hand', () => {
    expect(known).toContain(2026);
    expect(known).not.toContain(2027);
    expect(knownCalendarYears([2025, 2026], [2028, 2026])).toEqual([2025, 2026, 2028]);
  });

  it('a count of working days crossing 2027 is an estimate; one within known years is not', () => {
    expect(unknownYearBetween('2027-02-05', '2027-02-12', known)).toBe(2027);
    expect(unknownYearBetween('2026-12-28', '2027-01-05', known)).toBe(2027);
    expect(unknownYearBetween('2026-09-28', '2026-10-12', known)).toBeNull();
    expect(unknownYearBetween('2027-02-05', '2027-02-12', [...known, 2027])).toBeNull();
  });

  it('a working-day deadline (24:00 of its last day) in 2027 is estimated; one ending 24:00 on 31 December 2026 is not', () => {
    expect(estimatedDeadlineYear(midnight('2027-02-13'), zone, known)).toBe(2027);
    expect(estimatedDeadlineYear(midnight('2027-01-01'), zone, known)).toBeNull();
    expect(estimatedDeadlineYear(midnight('2027-01-02'), zone, known)).toBe(2027);
    expect(estimatedDeadlineYear(midnight('2026-06-01'), zone, known)).toBeNull();
  });

  it('a deadline in hours (round the clock, at any minute) counts no days and is never estimated', () => {
    expect(estimatedDeadlineYear(midnight('2027-02-13') + 4 * 3_600_000, zone, known)).toBeNull();
  });
});
