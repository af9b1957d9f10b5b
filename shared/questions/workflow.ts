// The life of a difficult question record (疑难问题记录表), as DOMAIN.md gives it: opened and addressed to a department
// (due in 1 working day) → the department's answer recorded → the customer replied to → closed, but only once the
// knowledge base has an article created or updated from the answer, or a supervisor records why not.
// One pure table (a routed record's, shared/routed/workflow.ts), used by the back end to refuse what does not apply and
// by the screens to offer only what does. The hotline and its managers open, reply and close.
import type { Role } from '../api/roles';
import { ROUTED_HOTLINE, ROUTED_READERS, routedWorkflow } from '../routed/workflow';

export const QUESTION_STATES = ['open', 'answered', 'replied', 'closed'] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

/**
 * Who may record a department's answer: the supervisor, for any department, and the people of every desk who read
 * the records, each only for the department they belong to (the step is `byDepartment`).
 */
const ANSWERERS: readonly Role[] = ['supervisor', ...ROUTED_READERS.filter((role) => role !== 'supervisor')];

export const QUESTION_WORKFLOW = routedWorkflow({
  states: QUESTION_STATES,
  steps: {
    /** The department's answer is recorded: by the people of the department it was addressed to, or a supervisor. */
    answer: { from: ['open'], to: 'answered', roles: ANSWERERS, byDepartment: true },
    /** The caller is told the answer. */
    reply: { from: ['answered'], to: 'replied', roles: ROUTED_HOTLINE },
    /** Closed with the knowledge-base article created or updated from the answer. */
    close: { from: ['replied'], to: 'closed', roles: ROUTED_HOTLINE },
    /** Closed by a supervisor without an article, with the reason. */
    closeWithoutArticle: { from: ['replied'], to: 'closed', roles: ['supervisor'] },
  },
  /** The department's answer is what is due in 1 working day: past due means late only while it is missing. */
  awaitingAnswer: ['open'],
});
export type QuestionAction = (typeof QUESTION_WORKFLOW.actions)[number];

export const QUESTION_ACTION_ROLES = QUESTION_WORKFLOW.roles;
/** The table's rules under the names the screens and the back end use (see RoutedWorkflow). */
export const {
  next: nextQuestionState,
  mayTake: mayTakeQuestionAction,
  available: availableQuestionActions,
  availableOn: availableQuestionActionsOn,
  isOverdue: isQuestionOverdue,
} = QUESTION_WORKFLOW;
