// Breach classes: a late answer under 3 working days is minor (轻微违约); 3 working days or more, or a job not done
// within its service period, is major (重大违约).
import { describe, expect, it } from 'vitest';
import { breachClass, classifyLateness } from './breach';
import { OFFICIAL_DAYS } from './official';
import { WorkingDayTable } from './working-days';

const official = new WorkingDayTable([...OFFICIAL_DAYS.values()].map((day) => [day.date, day.kind === 'working'] as const));
const beijing = (date: string, time = '00:00') => Date.parse(`${date}T${time}:00+08:00`);
const HOUR = 3_600_000;
const judge = (kind: 'answer' | 'completion', due: number, doneAt: number | null, now: number) =>
  breachClass(official, { kind, due, doneAt, now }, 'Asia/Shanghai');

describe('breachClass', () => {
  it('on time, or exactly at the deadline, is no breach', () => {
    const due = beijing('2026-10-09');
    expect(judge('answer', due, due - HOUR, due + 30 * 24 * HOUR)).toBe('none');
    expect(judge('answer', due, due, due + 30 * 24 * HOUR)).toBe('none');
    expect(judge('completion', due, null, due)).toBe('none');
  });

  it('an answer due at the end of Friday 9 October 2026, given Monday at 10:00, is a minor breach', () => {
    expect(judge('answer', beijing('2026-10-10'), beijing('2026-10-12', '10:00'), beijing('2026-10-20'))).toBe('minor');
  });

  it('an answer 2 days 23 hours late in working time is still minor; 3 working days late is major', () => {
    const due = beijing('2026-10-12'); // end of Saturday 10 October (a make-up working day)
    expect(judge('answer', due, beijing('2026-10-14', '23:00'), due)).toBe('minor');
    expect(judge('answer', due, beijing('2026-10-15'), due)).toBe('major');
  });

  it('holidays do not count toward the 3 working days: due before National Day 2026, answered on 9 October', () => {
    // Due at the end of 30 September; answered 10:00 on 9 October: 8 October's 24 h and 10 h of the 9th, in working time.
    expect(judge('answer', beijing('2026-10-01'), beijing('2026-10-09', '10:00'), beijing('2026-11-01'))).toBe('minor');
  });

  it('an answer late only on a holiday is still late: the hotline is 24 hours', () => {
    const due = beijing('2026-10-03', '09:00');
    expect(judge('answer', due, beijing('2026-10-03', '14:00'), due)).toBe('minor');
  });

  it('a job not done within the service period is a major breach, however little late', () => {
    const due = beijing('2026-10-09', '17:00');
    expect(judge('completion', due, beijing('2026-10-09', '17:05'), due)).toBe('major');
  });

  it('an open deadline is judged as of now, and grows worse with time', () => {
    const due = beijing('2026-10-13');
    expect(judge('answer', due, null, beijing('2026-10-12', '12:00'))).toBe('none');
    expect(judge('answer', due, null, beijing('2026-10-13', '12:00'))).toBe('minor');
    expect(judge('answer', due, null, beijing('2026-10-16', '12:00'))).toBe('major');
  });

  it('classifyLateness takes lateness already measured', () => {
    expect(classifyLateness('answer', 0, 0)).toBe('none');
    expect(classifyLateness('answer', 5 * HOUR, 0)).toBe('minor');
    expect(classifyLateness('answer', 100 * HOUR, 72 * HOUR - 1)).toBe('minor');
    expect(classifyLateness('answer', 100 * HOUR, 72 * HOUR)).toBe('major');
    expect(classifyLateness('completion', 1, 0)).toBe('major');
  });
});
