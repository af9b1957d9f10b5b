// How printed pages write dates and shorten texts for the register's narrow columns.
import { describe, expect, it } from 'vitest';
import { shortText } from './ComplaintRegisterSheet';
import { printFormat } from './format';

describe('printed dates', () => {
  const shanghai = printFormat('Asia/Shanghai');

  it('are written in the center time zone, the same in both languages', () => {
    const at = Date.UTC(2026, 10, 20, 1, 30); // 09:30 on 20 November in Shanghai
    expect(shanghai.dateTime(at)).toBe('2026-11-20 09:30');
    expect(shanghai.date(at)).toBe('2026-11-20');
    expect(shanghai.time(at)).toBe('09:30');
    expect(printFormat('Europe/Berlin').dateTime(at)).toBe('2026-11-20 02:30');
    expect(shanghai.dateTime(null)).toBe('');
  });

  it('give a deadline that ends a day as that day, not as midnight of the next', () => {
    // The end of Monday 23 November in Shanghai, as the back end stores a one-working-day reply deadline.
    expect(shanghai.due(Date.parse('2026-11-23T16:00:00.000Z'))).toBe('2026-11-23');
    expect(shanghai.due(Date.parse('2026-11-23T08:15:00.000Z'))).toBe('2026-11-23 16:15');
    expect(shanghai.due(undefined)).toBe('');
    expect(shanghai.dueParts(Date.parse('2026-11-23T16:00:00.000Z'))).toEqual({ date: '2026-11-23', time: null });
    expect(shanghai.dueParts(Date.parse('2026-11-23T08:15:00.000Z'))).toEqual({ date: '2026-11-23', time: '16:15' });
  });
});

describe('texts shortened for a register column', () => {
  it('keep short texts whole and cut long ones by characters with an ellipsis', () => {
    expect(shortText('维修人员未到场。', 10)).toBe('维修人员未到场。');
    expect(shortText('约定 11 月 18 日上午到场，\n两次未到。', 13)).toBe('约定 11 月 18 日…');
    expect(shortText('约定 11 月 18 日上午到场。', 12)).toBe('约定 11 月 18…');
    expect([...shortText('𠀀'.repeat(20), 5)]).toHaveLength(5);
  });
});
