import { describe, expect, it } from 'vitest';
import { yuanToFen } from './money';

describe('yuanToFen', () => {
  it('reads yuan as typed, full-width digits of a Chinese input method too', () => {
    expect(yuanToFen('1,200.5')).toBe(120050);
    expect(yuanToFen('￥１２００．５０')).toBe(120050);
    expect(yuanToFen('１２００')).toBe(120000);
    expect(yuanToFen('12.345')).toBeNull();
  });
});
