// For the tests of each record's table (issue 18: "each state machine exhaustively"): every action by every role from
// every state, against the transitions and roles the test writes out itself.
import { expect } from 'vitest';
import { ROLES, type Role } from '../api/roles';
import type { Workflow } from './table';

export interface ExpectedTable<State extends string, Action extends string> {
  /** `state action` → the state it leads to; every pair not listed must be refused. */
  transitions: Record<string, State>;
  roles: Record<Action, readonly Role[]>;
}

export function expectExhaustively<State extends string, Action extends string>(machine: Workflow<State, Action>, expected: ExpectedTable<State, Action>): number {
  let checked = 0;
  for (const pair of Object.keys(expected.transitions)) {
    const [state, action] = pair.split(' ') as [State, Action];
    expect(machine.states, pair).toContain(state);
    expect(machine.actions, pair).toContain(action);
  }
  for (const state of machine.states) {
    for (const action of machine.actions) {
      expect(machine.next(state, action), `${state} ${action}`).toBe(expected.transitions[`${state} ${action}`] ?? null);
      for (const role of ROLES) {
        const allowed = expected.roles[action].includes(role);
        expect(machine.mayTake(action, [role]), `${action} by ${role}`).toBe(allowed);
        expect(machine.available(state, [role]).includes(action), `${action} by ${role} from ${state}`).toBe(allowed && `${state} ${action}` in expected.transitions);
        checked += 1;
      }
    }
  }
  return checked;
}
