// The ledger's movements as the screens read them.
import { describe, expect, it } from 'vitest';
import type { StockMovement } from '../../../../shared/api/stock';
import { joinMovements, lastMonthEnd, mayReverse, milliOf, reversalOf, signedQuantity, signedYuan, sourcePath } from './movements';

const movement = (id: number, over: Partial<StockMovement> = {}): StockMovement => ({
  id,
  partId: 1,
  partCode: 'P-1',
  partName: '滤芯',
  unit: '个',
  kind: 'receipt',
  quantity: 1,
  valueFen: 100,
  balanceAfter: 1,
  valueAfterFen: 100,
  unitCostFen: 100,
  reversesId: null,
  reversedById: null,
  source: null,
  reason: '',
  at: 0,
  byName: null,
  ...over,
});

describe('movements on screen', () => {
  it('shows the sign of every quantity, with the language’s separators', () => {
    expect(signedQuantity(2, 'zh-CN')).toBe('+2');
    expect(signedQuantity(-1.5, 'en')).toBe('\u22121.5');
    expect(signedQuantity(1234.25, 'en')).toBe('+1,234.25');
    expect(signedQuantity(0, 'en')).toBe('0');
  });

  it('signs a value as its quantity', () => {
    expect(signedYuan(12500, 'zh-CN')).toBe('+¥125.00');
    expect(signedYuan(-3750, 'en')).toBe('\u2212¥37.50');
    expect(signedYuan(0, 'en')).toBe('¥0.00');
  });

  it('reads units as exact thousandths', () => {
    expect(milliOf(0.1 + 0.2)).toBe(300);
    expect(milliOf(-2.005)).toBe(-2005);
  });

  it('links a stock-take, and names the other records by number only', () => {
    expect(sourcePath({ kind: 'stocktake', id: 4, number: 'PD-1' })).toBe('/stocktakes/4');
    expect(sourcePath({ kind: 'purchase_receipt', id: 9, number: 'DH-1', purchaseId: 3 })).toBe('/purchases/3');
    expect(sourcePath({ kind: 'purchase_receipt', id: 9, number: 'DH-1' })).toBeNull();
    expect(sourcePath({ kind: 'work_order', id: 9, number: 'PG-1' })).toBe('/work-orders/9');
    expect(sourcePath({ kind: 'replacement_notice', id: 5, number: 'TH-1' })).toBe('/replacements/5');
    expect(sourcePath({ kind: 'scrap_record', id: 2, number: 'BF-1' })).toBe('/scrap/2');
    expect(sourcePath(null)).toBeNull();
  });

  it('tells a reversed movement and a reversal, and allows reversing only a plain one', () => {
    expect(reversalOf(movement(1, { reversedById: 7 }))).toEqual({ kind: 'reversed', byId: 7 });
    expect(reversalOf(movement(7, { reversesId: 1 }))).toEqual({ kind: 'reversal', ofId: 1 });
    expect(mayReverse(movement(1))).toBe(true);
    expect(mayReverse(movement(1, { reversedById: 7 }))).toBe(false);
    expect(mayReverse(movement(7, { reversesId: 1 }))).toBe(false);
  });

  it('takes the last day of the month before, across years and leap days', () => {
    expect(lastMonthEnd('2026-12-05')).toBe('2026-11-30');
    expect(lastMonthEnd('2026-01-31')).toBe('2025-12-31');
    expect(lastMonthEnd('2028-03-01')).toBe('2028-02-29');
  });

  it('joins pages of movements without showing one twice', () => {
    expect(joinMovements([movement(5), movement(4)], [movement(4), movement(3)]).map((m) => m.id)).toEqual([5, 4, 3]);
  });
});
