import { describe, expect, it } from 'vitest';
import { mayCloseRequestAfterFiling, requestWalk } from './request-progress';

describe("a complaint form's progress on its request", () => {
  it('walks the request along its own workflow as far as the step goes, never back and never out of hold', () => {
    expect(requestWalk('accepted', 'respond')).toEqual([]);
    expect(requestWalk('accepted', 'plan')).toEqual(['analyse', 'plan']);
    expect(requestWalk('accepted', 'resolve')).toEqual(['analyse', 'plan', 'start', 'resolve']);
    expect(requestWalk('planned', 'start')).toEqual(['start']);
    // Already further on: nothing to walk.
    expect(requestWalk('in_progress', 'plan')).toEqual([]);
    expect(requestWalk('awaiting_confirmation', 'resolve')).toEqual([]);
    for (const state of ['on_hold', 'closed', 'cancelled'] as const) expect(requestWalk(state, 'resolve')).toEqual([]);
  });

  it('offers to close only an open request', () => {
    expect(mayCloseRequestAfterFiling('awaiting_confirmation')).toBe(true);
    expect(mayCloseRequestAfterFiling('on_hold')).toBe(true);
    expect(mayCloseRequestAfterFiling('closed')).toBe(false);
    expect(mayCloseRequestAfterFiling(null)).toBe(false);
  });
});
