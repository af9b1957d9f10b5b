// The life of a customer suggestion (客户建议记录单): recorded → forwarded to a department (due in 5 working days, a
// setting) → the department's answer → closed once the customer has been told. One pure table (a routed record's,
// shared/routed/workflow.ts), used by the back end to refuse what does not apply and by the screens to offer only what
// does.
import type { Role } from '../api/roles';
import { routedWorkflow } from '../routed/workflow';

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

/** The hotline records suggestions and tells the customer. */
export const SUGGESTION_RECORDERS: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];
/** As for difficult questions: the hotline, its managers and the departments that answer; not the administrator. */
export const SUGGESTION_READERS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'];

export const SUGGESTION_WORKFLOW = routedWorkflow<SuggestionState, SuggestionAction>({
  states: SUGGESTION_STATES,
  actions: SUGGESTION_ACTIONS,
  steps: {
    forward: { from: ['recorded', 'forwarded'], to: 'forwarded', roles: ['agent', 'seat_manager', 'info_manager', 'supervisor'] },
    answer: { from: ['forwarded'], to: 'answered', roles: ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'] },
    close: { from: ['answered'], to: 'closed', roles: SUGGESTION_RECORDERS },
  },
  /** Late: forwarded and the department's answer is still missing after its due time. */
  awaitingAnswer: ['forwarded'],
});

export const SUGGESTION_ACTION_ROLES = SUGGESTION_WORKFLOW.roles;
/** The table's rules under the names the screens and the back end use (see RoutedWorkflow). */
export const { next: nextSuggestionState, mayTake: mayTakeSuggestionAction, available: availableSuggestionActions, isOverdue: isSuggestionOverdue } = SUGGESTION_WORKFLOW;
