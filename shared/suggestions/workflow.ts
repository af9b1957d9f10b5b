// The life of a customer suggestion (客户建议记录单): recorded → forwarded to a department (due in 5 working days, a
// setting) → the department's answer → closed once the customer has been told. One pure table, used by the back end
// to refuse what does not apply and by the screens to offer only what does.
import type { Role } from '../api/roles';

export const SUGGESTION_STATES = ['recorded', 'forwarded', 'answered', 'closed'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

export const OPEN_SUGGESTION_STATES: readonly SuggestionState[] = ['recorded', 'forwarded', 'answered'];

export const SUGGESTION_ACTIONS = [
  /** Sent to a department (or to another one, which restarts the deadline). */
  'forward',
  /** The department's reply is recorded. */
  'answer',
  /** The customer has been told; closed. */
  'close',
] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

const TRANSITIONS: Record<SuggestionAction, { from: readonly SuggestionState[]; to: SuggestionState }> = {
  forward: { from: ['recorded', 'forwarded'], to: 'forwarded' },
  answer: { from: ['forwarded'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
};

/** The hotline records suggestions and tells the customer. */
export const SUGGESTION_RECORDERS: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];
/** As for difficult questions: the hotline, its managers and the departments that answer; not the administrator. */
export const SUGGESTION_READERS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'];

export const SUGGESTION_ACTION_ROLES: Record<SuggestionAction, readonly Role[]> = {
  forward: ['agent', 'seat_manager', 'info_manager', 'supervisor'],
  answer: ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'],
  close: SUGGESTION_RECORDERS,
};

export function nextSuggestionState(state: SuggestionState, action: SuggestionAction): SuggestionState | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(state) ? rule.to : null;
}

export function mayTakeSuggestionAction(action: SuggestionAction, roles: readonly Role[]): boolean {
  return roles.some((role) => SUGGESTION_ACTION_ROLES[action].includes(role));
}

export function availableSuggestionActions(state: SuggestionState, roles: readonly Role[]): SuggestionAction[] {
  return SUGGESTION_ACTIONS.filter((action) => nextSuggestionState(state, action) !== null && mayTakeSuggestionAction(action, roles));
}

/** Late: forwarded and the department's answer is still missing after its due time. */
export function isSuggestionOverdue(state: SuggestionState, dueAt: number | null, now: number): boolean {
  return state === 'forwarded' && dueAt !== null && now > dueAt;
}
