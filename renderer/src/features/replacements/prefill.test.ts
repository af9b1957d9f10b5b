import { describe, expect, it } from 'vitest';
import { prefillIds } from './prefill';

describe('prefillIds', () => {
  it('reads the ids a record links with', () => {
    expect(prefillIds('?workOrderId=12')).toEqual({ workOrderId: 12 });
    expect(prefillIds('equipmentId=7&customerId=3')).toEqual({ equipmentId: 7, customerId: 3 });
    expect(prefillIds('?noticeId=5&partId=9')).toEqual({ noticeId: 5, partId: 9 });
  });

  it('ignores what is not a positive whole number', () => {
    expect(prefillIds('?workOrderId=0&equipmentId=-3&partId=1.5&noticeId=abc&customerId=')).toEqual({});
    expect(prefillIds('?equipmentId=99999999999999999999')).toEqual({});
    expect(prefillIds('')).toEqual({});
  });
});
