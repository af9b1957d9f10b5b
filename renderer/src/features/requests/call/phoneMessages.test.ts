import { describe, expect, it } from 'vitest';
import { boxPhoneMessage } from './phoneMessages';

const CHARS = '只能使用数字、空格和 + - ( )';

describe("the new customer's phone message beside the caller's number (issue 22, item 6)", () => {
  it('says a full-width number refused for the same reason once, under the caller’s number', () => {
    expect(boxPhoneMessage({ value: '１８６ａｂｃ', message: CHARS }, { value: '１８６ａｂｃ', message: CHARS })).toBeUndefined();
    // The box holds the number trimmed, and the same number typed half-width is the same number.
    expect(boxPhoneMessage({ value: ' １８６ａｂｃ ', message: CHARS }, { value: '186abc', message: CHARS })).toBeUndefined();
  });

  it("keeps the box's message when it says something else or is about another number", () => {
    expect(boxPhoneMessage({ value: '１８６ａｂｃ', message: undefined }, { value: '１８６ａｂｃ', message: CHARS })).toBe(CHARS);
    expect(boxPhoneMessage({ value: '１８６ａｂｃ', message: CHARS }, { value: 'ｘ８０１２', message: CHARS })).toBe(CHARS);
    expect(boxPhoneMessage({ value: '１８６ａｂｃ', message: CHARS }, { value: '１８６ａｂｃ', message: '分机号前要有总机号码' })).toBe('分机号前要有总机号码');
    expect(boxPhoneMessage({ value: '１８６ａｂｃ', message: CHARS }, { value: '１８６ａｂｃ', message: undefined })).toBeUndefined();
  });
});
