import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/roles';
import { SUGGESTION_WORKFLOW, availableSuggestionActions, isSuggestionOverdue, mayTakeSuggestionAction, nextSuggestionState } from './workflow';

describe('the life of a customer suggestion', () => {
  it('takes exactly the steps of the table, written out state by state: every (state, action) pair not listed is refused', () => {
    expect(SUGGESTION_WORKFLOW.allowed()).toEqual({
      recorded: { forward: 'forwarded' },
      forwarded: { forward: 'forwarded', answer: 'answered' },
      answered: { close: 'closed' },
      closed: {},
    });
  });

  it('is answered only after forwarding and closed only after the answer', () => {
    expect(nextSuggestionState('recorded', 'answer')).toBeNull();
    expect(nextSuggestionState('recorded', 'close')).toBeNull();
    expect(nextSuggestionState('forwarded', 'close')).toBeNull();
    expect(nextSuggestionState('answered', 'forward')).toBeNull();
  });

  it('leaves the hotline to close and lets the departments answer', () => {
    expect(mayTakeSuggestionAction('close', ['agent'])).toBe(true);
    expect(mayTakeSuggestionAction('close', ['dept_manager'])).toBe(false);
    expect(mayTakeSuggestionAction('answer', ['dept_manager'])).toBe(true);
    for (const action of SUGGESTION_WORKFLOW.actions) expect(mayTakeSuggestionAction(action, ['admin'])).toBe(false);
    expect(availableSuggestionActions('forwarded', ['agent'])).toEqual(['forward', 'answer']);
    expect(availableSuggestionActions('closed', [...ROLES])).toEqual([]);
  });

  it('is overdue only while forwarded and past due', () => {
    expect(isSuggestionOverdue('forwarded', 1000, 2000)).toBe(true);
    expect(isSuggestionOverdue('forwarded', null, 2000)).toBe(false);
    expect(isSuggestionOverdue('recorded', 1000, 2000)).toBe(false);
    expect(isSuggestionOverdue('answered', 1000, 2000)).toBe(false);
  });
});
