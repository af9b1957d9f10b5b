// The life of a routed record: a record the hotline takes down and routes to a department, whose answer is due by a
// deadline, and which closes once the customer has been told (difficult questions 疑难问题记录表, customer suggestions
// 客户建议记录单; later callbacks and replacement notices). Each kind writes its own table of steps, in its own words;
// this turns the table into the rules the back end and the screens ask of it: where a step leads, who may take it,
// what a user can do now, and whether the department's answer is late.
import type { Role } from '../api/roles';

/** One action of the table: the states it applies in, the state it leads to, and who may take it. */
export interface RoutedStep<State extends string> {
  from: readonly State[];
  to: State;
  roles: readonly Role[];
}

export interface RoutedTable<State extends string, Action extends string> {
  states: readonly State[];
  /** Every action, in the order the screens offer them. */
  actions: readonly Action[];
  steps: Record<Action, RoutedStep<State>>;
  /** The states in which the department's answer is awaited: past its due time there, the record is overdue. */
  awaitingAnswer: readonly State[];
}

export interface RoutedWorkflow<State extends string, Action extends string> {
  awaitingAnswer: readonly State[];
  /** Who may take each action: the access of the action's method in the contract. */
  roles: Record<Action, readonly Role[]>;
  /** The state an action leads to from `state`, or null when the action does not apply there. */
  next(state: State, action: Action): State | null;
  mayTake(action: Action, roles: readonly Role[]): boolean;
  /** The actions a user with these roles can take in this state, in the order the screens offer them. */
  available(state: State, roles: readonly Role[]): Action[];
  /** Late: the department's answer is still awaited after its due time. */
  isOverdue(state: State, dueAt: number | null, now: number): boolean;
  /** Every step the table allows, as [from, action, to], state by state. */
  allowed(): Array<[State, Action, State]>;
}

export function routedWorkflow<State extends string, Action extends string>(table: RoutedTable<State, Action>): RoutedWorkflow<State, Action> {
  const next = (state: State, action: Action): State | null => {
    const step = table.steps[action];
    return step.from.includes(state) ? step.to : null;
  };
  const mayTake = (action: Action, roles: readonly Role[]) => roles.some((role) => table.steps[action].roles.includes(role));
  return {
    awaitingAnswer: table.awaitingAnswer,
    roles: Object.fromEntries(table.actions.map((action) => [action, table.steps[action].roles])) as Record<Action, readonly Role[]>,
    next,
    mayTake,
    available: (state, roles) => table.actions.filter((action) => next(state, action) !== null && mayTake(action, roles)),
    isOverdue: (state, dueAt, now) => table.awaitingAnswer.includes(state) && dueAt !== null && now > dueAt,
    allowed: () =>
      table.states.flatMap((from) =>
        table.actions.flatMap((action): Array<[State, Action, State]> => {
          const to = next(from, action);
          return to === null ? [] : [[from, action, to]];
        }),
      ),
  };
}
