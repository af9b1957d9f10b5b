// A record's life as one table of steps: for each action, the states it applies in, the state it leads to and the roles
// that may take it. The back end refuses a step the table does not allow (state or roles); the screens offer only the
// steps it allows. Work orders, replacement notices and scrap records each write their own table (issue 18).
import type { Role } from '../api/roles';

export interface Step<State extends string> {
  from: readonly State[];
  /** Where the step leads; without it the record stays in the state it was in (an edit, a part recorded). */
  to?: State;
  roles: readonly Role[];
}

export interface Workflow<State extends string, Action extends string> {
  states: readonly State[];
  /** The actions in the order the screens offer them. */
  actions: readonly Action[];
  /** The state `action` leads to from `state`, or null where it does not apply. */
  next(state: State, action: Action): State | null;
  mayTake(action: Action, roles: readonly Role[]): boolean;
  /** What a user with these roles can do on a record in this state. */
  available(state: State, roles: readonly Role[]): Action[];
  /** Who may take each action: the access of its method in the contract. */
  roles: Record<Action, readonly Role[]>;
  /** States no step leads out of. */
  final: readonly State[];
}

export function workflow<State extends string, Action extends string>(states: readonly State[], steps: Record<Action, Step<NoInfer<State>>>): Workflow<State, Action> {
  const actions = Object.keys(steps) as Action[];
  const next = (state: State, action: Action): State | null => (steps[action].from.includes(state) ? (steps[action].to ?? state) : null);
  const mayTake = (action: Action, roles: readonly Role[]) => roles.some((role) => steps[action].roles.includes(role));
  return {
    states,
    actions,
    next,
    mayTake,
    available: (state, roles) => actions.filter((action) => next(state, action) !== null && mayTake(action, roles)),
    roles: Object.fromEntries(actions.map((action) => [action, steps[action].roles])) as Record<Action, readonly Role[]>,
    final: states.filter((state) => actions.every((action) => !steps[action].from.includes(state))),
  };
}
