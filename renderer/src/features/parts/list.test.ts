// The list's filters applied to search results.
import { describe, expect, it } from 'vitest';
import type { PartSummary } from '../../../../shared/api/parts';
import { anyFilter, narrowed, purchaseRequestPath } from './list';

const part = (id: number, over: Partial<PartSummary>): PartSummary => ({
  id,
  code: `P-${id}`,
  name: '备品',
  spec: '',
  unit: '个',
  decimals: 0,
  bin: 'A-01',
  status: 'active',
  onHand: 1,
  reorderPoint: 0,
  low: false,
  valueFen: 0,
  averageCostFen: 0,
  ...over,
});

describe('the list’s filters on search results', () => {
  const items = [part(1, {}), part(2, { bin: 'B-02', low: true }), part(3, { status: 'discontinued', low: true })];

  it('keeps the results in their order that match every filter set', () => {
    expect(narrowed(items, { bin: '', status: '', low: false }).map((p) => p.id)).toEqual([1, 2, 3]);
    expect(narrowed(items, { bin: '', status: '', low: true }).map((p) => p.id)).toEqual([2, 3]);
    expect(narrowed(items, { bin: 'B-02', status: '', low: true }).map((p) => p.id)).toEqual([2]);
    expect(narrowed(items, { bin: '', status: 'discontinued', low: false }).map((p) => p.id)).toEqual([3]);
  });

  it('knows when nothing is filtered', () => {
    expect(anyFilter({ bin: '', status: '', low: false }, '')).toBe(false);
    expect(anyFilter({ bin: '', status: '', low: true }, '')).toBe(true);
    expect(anyFilter({ bin: '', status: '', low: false }, '滤芯')).toBe(true);
  });
});

it('starts a purchase request with the parts chosen', () => {
  expect(purchaseRequestPath([4, 17])).toBe('/purchases/new?parts=4,17');
});
