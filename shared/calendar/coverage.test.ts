// When supervisors are told that a year's official holidays are missing from the calendar.
import { describe, expect, it } from 'vitest';
import { missingOfficialYear } from './coverage';
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
