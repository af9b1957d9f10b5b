import { describe, expect, it } from 'vitest';
import { availableStocktakeSteps, differenceOf, mayTakeStocktakeStep, nextStocktakeState, postingPlan } from './workflow';

describe('the steps of a stock-take', () => {
  it('counts, posts and cancels only while counting', () => {
    expect(availableStocktakeSteps('counting')).toEqual(['count', 'post', 'cancel']);
    expect(availableStocktakeSteps('posted')).toEqual([]);
    expect(availableStocktakeSteps('cancelled')).toEqual([]);
    expect(nextStocktakeState('counting', 'post')).toBe('posted');
    expect(nextStocktakeState('counting', 'cancel')).toBe('cancelled');
    expect(nextStocktakeState('counting', 'count')).toBe('counting');
    expect(nextStocktakeState('posted', 'post')).toBeNull();
    expect(mayTakeStocktakeStep('cancelled', 'count')).toBe(false);
  });
});

describe('posting a sheet', () => {
  it('adjusts each counted line that differs from the balance now, and lists the lines not counted', () => {
    const lines = [
      { code: 'A', counted: 5000, balance: 5000 },
      { code: 'B', counted: 3000, balance: 5000 },
      { code: 'C', counted: null, balance: 2000 },
      { code: 'D', counted: 1500, balance: 0 },
    ];
    const plan = postingPlan(lines);
    expect(plan.adjustments.map(({ line, quantity }) => [line.code, quantity])).toEqual([
      ['B', -2000],
      ['D', 1500],
    ]);
    expect(plan.uncounted.map((line) => line.code)).toEqual(['C']);
    expect(plan.counted).toBe(3);
  });

  it('has no difference for a line not counted', () => {
    expect(differenceOf({ counted: null, balance: 4000 })).toBeNull();
    expect(differenceOf({ counted: 0, balance: 4000 })).toBe(-4000);
  });
});
