// The life of a difficult question record (疑难问题记录表), as DOMAIN.md gives it: opened and addressed to a department
// (due in 1 working day) → the department's answer recorded → the customer replied to → closed, but only once the
// knowledge base has an article created or updated from the answer, or a supervisor records why not.
// One pure table (a routed record's, shared/routed/workflow.ts), used by the back end to refuse what does not apply and
// by the screens to offer only what does.
import type { Role } from '../api/roles';
import { routedWorkflow } from '../routed/workflow';

export const QUESTION_STATES = ['open', 'answered', 'replied', 'closed'] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

/** States in which the question is still owed an answer or a reply; overdue is counted in these. */
export const OPEN_QUESTION_STATES: readonly QuestionState[] = ['open', 'answered', 'replied'];
/** The department's answer is what is due in 1 working day: past due means late only while it is missing. */
export const AWAITING_ANSWER: readonly QuestionState[] = ['open'];

export const QUESTION_ACTIONS = [
  /** The department's answer is recorded (by the department, or by the hotline from its written reply). */
  'answer',
  /** The caller is told the answer. */
  'reply',
  /** Closed with the knowledge-base article created or updated from the answer. */
  'close',
  /** Closed by a supervisor without an article, with the reason. */
  'closeWithoutArticle',
] as const;
export type QuestionAction = (typeof QUESTION_ACTIONS)[number];

/** The hotline and its managers open, reply and close. */
export const QUESTION_OPENERS: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];
/**
 * Who reads the records: the hotline and its managers, and the departments' people who answer them (the materials
 * department's clerk too). Not the system administrator: the records hold customers' calls.
 */
export const QUESTION_READERS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'];

export const QUESTION_WORKFLOW = routedWorkflow<QuestionState, QuestionAction>({
  states: QUESTION_STATES,
  actions: QUESTION_ACTIONS,
  steps: {
    // The department's staff write their own answer; the hotline may type in an answer that came by phone or on paper.
    answer: { from: ['open'], to: 'answered', roles: ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'] },
    reply: { from: ['answered'], to: 'replied', roles: QUESTION_OPENERS },
    close: { from: ['replied'], to: 'closed', roles: QUESTION_OPENERS },
    closeWithoutArticle: { from: ['replied'], to: 'closed', roles: ['supervisor'] },
  },
  awaitingAnswer: AWAITING_ANSWER,
});

export const QUESTION_ACTION_ROLES = QUESTION_WORKFLOW.roles;
/** The table's rules under the names the screens and the back end use (see RoutedWorkflow). */
export const { next: nextQuestionState, mayTake: mayTakeQuestionAction, available: availableQuestionActions, isOverdue: isQuestionOverdue } = QUESTION_WORKFLOW;
