// A line started from a part asks for what its reorder point lacks (at least one unit) at the part's average cost.
import { describe, expect, it } from 'vitest';
import type { PartSummary } from '../../../../shared/api/parts';
import { lineOf, suggestedQuantity } from './lines';

describe('a purchase line started from a part', () => {
  it('asks for the reorder point less what is in stock, whole units, at least one', () => {
    expect(suggestedQuantity({ reorderPoint: 10, onHand: 2 })).toBe('8');
    expect(suggestedQuantity({ reorderPoint: 10, onHand: 10 })).toBe('1');
    expect(suggestedQuantity({ reorderPoint: 0, onHand: 0 })).toBe('1');
    expect(suggestedQuantity({ reorderPoint: 5, onHand: 2.5 })).toBe('3');
  });

  it('is estimated at the part’s average cost in yuan', () => {
    const part = { id: 3, code: 'JDQ-1', name: '继电器', unit: '个', reorderPoint: 4, onHand: 1, averageCostFen: 1850 } as PartSummary;
    expect(lineOf(part)).toEqual({ part, quantity: '3', cost: '18.50' });
  });
});
