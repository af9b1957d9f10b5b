import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../api/roles';
import { ACTION_ROLES, REQUEST_ACTIONS, REQUEST_STATES, availableActions, isOpen, mayTake, nextState, type RequestAction, type RequestState } from './lifecycle';

// The brief's life of a request, written out by hand: [from, action, to]. Everything not listed is refused.
const ALLOWED: [RequestState, RequestAction, RequestState][] = [
  ['accepted', 'analyse', 'analysing'],
  ['analysing', 'plan', 'planned'],
  ['planned', 'start', 'in_progress'],
  ['in_progress', 'resolve', 'awaiting_confirmation'],
  ['awaiting_confirmation', 'confirm', 'closed'],
  ['awaiting_confirmation', 'reopen', 'in_progress'],
  ...(['accepted', 'analysing', 'planned', 'in_progress'] as const).flatMap((from): [RequestState, RequestAction, RequestState][] => [
    [from, 'hold', 'on_hold'],
    [from, 'cancel', 'cancelled'],
  ]),
  ['on_hold', 'cancel', 'cancelled'],
];

describe('the life of a service request', () => {
  it('allows exactly the transitions of the brief, from every state by every action', () => {
    for (const state of REQUEST_STATES) {
      for (const action of REQUEST_ACTIONS) {
        if (action === 'resume') continue;
        const expected = ALLOWED.find(([from, a]) => from === state && a === action)?.[2] ?? null;
        expect(nextState(state, action), `${state} --${action}-->`).toBe(expected);
      }
    }
  });

  it('resumes a request on hold to the state it was held in, and nothing else resumes', () => {
    for (const held of ['accepted', 'analysing', 'planned', 'in_progress'] as const) expect(nextState('on_hold', 'resume', held)).toBe(held);
    expect(nextState('on_hold', 'resume', null)).toBeNull();
    expect(nextState('on_hold', 'resume', 'closed')).toBeNull();
    for (const state of REQUEST_STATES.filter((s) => s !== 'on_hold')) expect(nextState(state, 'resume', 'accepted')).toBeNull();
  });

  it('closed and cancelled are final and not open; the others are open', () => {
    for (const state of ['closed', 'cancelled'] as const) {
      expect(isOpen(state)).toBe(false);
      expect(REQUEST_ACTIONS.filter((action) => nextState(state, action, 'accepted') !== null)).toEqual([]);
    }
    for (const state of REQUEST_STATES.filter((s) => s !== 'closed' && s !== 'cancelled')) expect(isOpen(state)).toBe(true);
  });

  it('lets each role take only its actions; an administrator alone takes none, only managers cancel', () => {
    for (const action of REQUEST_ACTIONS) {
      for (const role of ROLES) expect(mayTake(action, [role]), `${role} ${action}`).toBe(ACTION_ROLES[action].includes(role));
      expect(mayTake(action, ['admin'])).toBe(false);
    }
    expect(mayTake('cancel', ['agent'])).toBe(false);
    expect(mayTake('cancel', ['seat_manager'])).toBe(true);
    expect(mayTake('resolve', ['technician'])).toBe(true);
    expect(mayTake('confirm', ['technician'])).toBe(false);
  });

  it('offers a user the actions that apply in the state and that the roles permit, in a stable order', () => {
    expect(availableActions('accepted', ['agent'])).toEqual(['analyse', 'hold']);
    expect(availableActions('accepted', ['seat_manager'])).toEqual(['analyse', 'hold', 'cancel']);
    expect(availableActions('in_progress', ['technician'])).toEqual(['resolve', 'hold']);
    expect(availableActions('on_hold', ['agent'], 'planned')).toEqual(['resume']);
    expect(availableActions('closed', ROLES as readonly Role[])).toEqual([]);
  });
});
