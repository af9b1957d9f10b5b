// The life of a routed record: a record the hotline takes down and routes to a department, whose answer is due by a
// deadline, and which closes once the customer has been told (difficult questions 疑难问题记录表, customer suggestions
// 客户建议记录单; later callbacks and replacement notices). Each kind writes its own table of steps, in its own words
// (who may take them mostly from the two lists every kind shares: the hotline, and the readers who may record an
// answer); this turns the table into the rules the back end and the screens ask of it: where a step leads, who may take
// it, what a user can do now, and whether the department's answer is late.
import type { Role } from '../api/roles';

/** The hotline and its managers: they take a routed record down and tell the customer. */
export const ROUTED_HOTLINE: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];
/**
 * Who reads routed records and may record a department's answer: the hotline and its managers, and the departments'
 * people who answer them (the materials department's clerk too). Where a step belongs to the department a record is
 * addressed to (`byDepartment`), only that department's people (or a supervisor) take it: see speaksForDepartment. Not
 * the system administrator: the records hold customers' calls.
 */
export const ROUTED_READERS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'];

/** One action of the table: the states it applies in, the state it leads to, and who may take it. */
export interface RoutedStep<State extends string> {
  from: readonly State[];
  to: State;
  roles: readonly Role[];
  /** The step belongs to the department the record is addressed to: only its people, or a supervisor, take it. */
  byDepartment?: boolean;
}

/** Who oversees every department, and so may take a step that belongs to the department a record is addressed to. */
export const DEPARTMENT_OVERSEERS: readonly Role[] = ['supervisor'];

/** A user as the department rule sees them: their roles and the department they belong to (users.departmentId). */
export interface RoutedUser {
  roles: readonly Role[];
  departmentId: number | null;
}

/** Whether the user speaks for the department a record is addressed to: a member of it, or a supervisor. */
export function speaksForDepartment(user: RoutedUser, departmentId: number | null): boolean {
  if (user.roles.some((role) => DEPARTMENT_OVERSEERS.includes(role))) return true;
  return departmentId !== null && user.departmentId === departmentId;
}

/** A kind's table: its states, and its steps (where they lead from, and who may take them) named by their actions. */
export interface RoutedTable<State extends string, Action extends string> {
  states: readonly State[];
  /** A step for each action, in the order the screens offer them. */
  steps: Record<Action, RoutedStep<NoInfer<State>>>;
  /** The states in which the department's answer is awaited: past its due time there, the record is overdue. */
  awaitingAnswer: readonly NoInfer<State>[];
}

export interface RoutedWorkflow<State extends string, Action extends string> {
  /** Every action, in the order the screens offer them (the order of the table's steps). */
  actions: readonly Action[];
  awaitingAnswer: readonly State[];
  /** Who may take each action: the access of the action's method in the contract. */
  roles: Record<Action, readonly Role[]>;
  /** The state an action leads to from `state`, or null when the action does not apply there. */
  next(state: State, action: Action): State | null;
  mayTake(action: Action, roles: readonly Role[]): boolean;
  /** The actions a user with these roles can take in this state, in the order the screens offer them. */
  available(state: State, roles: readonly Role[]): Action[];
  /** Whether the action belongs to the department the record is addressed to (see speaksForDepartment). */
  byDepartment(action: Action): boolean;
  /** Whether this user may take the action on a record addressed to `departmentId`: the role, and the department where it matters. */
  mayTakeOn(action: Action, user: RoutedUser, departmentId: number | null): boolean;
  /** The actions this user can take on a record in this state addressed to `departmentId`: what the screens offer. */
  availableOn(state: State, user: RoutedUser, departmentId: number | null): Action[];
  /** Late: the department's answer is still awaited after its due time. */
  isOverdue(state: State, dueAt: number | null, now: number): boolean;
  /** Every step the table allows, state by state: each action that applies there and the state it leads to. */
  allowed(): Record<State, Partial<Record<Action, State>>>;
}

/** The rules of a kind's table; its states are what `states` lists, its actions the names of its steps. */
export function routedWorkflow<State extends string, Action extends string>(table: RoutedTable<State, Action>): RoutedWorkflow<State, Action> {
  const actions = Object.keys(table.steps) as Action[];
  const next = (state: State, action: Action): State | null => {
    const step = table.steps[action];
    return step.from.includes(state) ? step.to : null;
  };
  const mayTake = (action: Action, roles: readonly Role[]) => roles.some((role) => table.steps[action].roles.includes(role));
  const byDepartment = (action: Action) => table.steps[action].byDepartment === true;
  const mayTakeOn = (action: Action, user: RoutedUser, departmentId: number | null) =>
    mayTake(action, user.roles) && (!byDepartment(action) || speaksForDepartment(user, departmentId));
  return {
    actions,
    awaitingAnswer: table.awaitingAnswer,
    roles: Object.fromEntries(actions.map((action) => [action, table.steps[action].roles])) as Record<Action, readonly Role[]>,
    next,
    mayTake,
    available: (state, roles) => actions.filter((action) => next(state, action) !== null && mayTake(action, roles)),
    byDepartment,
    mayTakeOn,
    availableOn: (state, user, departmentId) => actions.filter((action) => next(state, action) !== null && mayTakeOn(action, user, departmentId)),
    isOverdue: (state, dueAt, now) => table.awaitingAnswer.includes(state) && dueAt !== null && now > dueAt,
    allowed: () =>
      Object.fromEntries(
        table.states.map((from) => [from, Object.fromEntries(actions.map((action) => [action, next(from, action)]).filter(([, to]) => to !== null))]),
      ) as Record<State, Partial<Record<Action, State>>>,
  };
}
