// The life of a customer suggestion (客户建议记录单): recorded → forwarded to a department (due in 5 working days, a
// setting) → the department's answer → closed once the customer has been told. One pure table (a routed record's,
// shared/routed/workflow.ts), used by the back end to refuse what does not apply and by the screens to offer only what
// does. The hotline records suggestions and tells the customer.
import { ROUTED_HOTLINE, ROUTED_READERS, routedWorkflow } from '../routed/workflow';

export const SUGGESTION_STATES = ['recorded', 'forwarded', 'answered', 'closed'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

export const SUGGESTION_WORKFLOW = routedWorkflow({
  states: SUGGESTION_STATES,
  steps: {
    /** Sent to a department (or to another one, which restarts the deadline). */
    forward: { from: ['recorded', 'forwarded'], to: 'forwarded', roles: ['agent', 'seat_manager', 'info_manager', 'supervisor'] },
    /** The department's reply is recorded. */
    answer: { from: ['forwarded'], to: 'answered', roles: ROUTED_READERS },
    /** The customer has been told; closed. */
    close: { from: ['answered'], to: 'closed', roles: ROUTED_HOTLINE },
  },
  /** Late: forwarded and the department's answer is still missing after its due time. */
  awaitingAnswer: ['forwarded'],
});
export type SuggestionAction = (typeof SUGGESTION_WORKFLOW.actions)[number];

export const SUGGESTION_ACTION_ROLES = SUGGESTION_WORKFLOW.roles;
/** The table's rules under the names the screens and the back end use (see RoutedWorkflow). */
export const { next: nextSuggestionState, mayTake: mayTakeSuggestionAction, available: availableSuggestionActions, isOverdue: isSuggestionOverdue } = SUGGESTION_WORKFLOW;
