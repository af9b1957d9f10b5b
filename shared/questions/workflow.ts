// The life of a difficult question record (疑难问题记录表), as DOMAIN.md gives it: opened and addressed to a department
// (due in 1 working day) → the department's answer recorded → the customer replied to → closed, but only once the
// knowledge base has an article created or updated from the answer, or a supervisor records why not.
// One pure table, used by the back end to refuse what does not apply and by the screens to offer only what does.
import type { Role } from '../api/roles';

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

const TRANSITIONS: Record<QuestionAction, { from: readonly QuestionState[]; to: QuestionState }> = {
  answer: { from: ['open'], to: 'answered' },
  reply: { from: ['answered'], to: 'replied' },
  close: { from: ['replied'], to: 'closed' },
  closeWithoutArticle: { from: ['replied'], to: 'closed' },
};

/** The hotline and its managers open, reply and close. */
export const QUESTION_OPENERS: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];
/**
 * Who reads the records: the hotline and its managers, and the departments' people who answer them (the materials
 * department's clerk too). Not the system administrator: the records hold customers' calls.
 */
export const QUESTION_READERS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'];

export const QUESTION_ACTION_ROLES: Record<QuestionAction, readonly Role[]> = {
  // The department's staff write their own answer; the hotline may type in an answer that came by phone or on paper.
  answer: ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'inventory_clerk', 'supervisor'],
  reply: QUESTION_OPENERS,
  close: QUESTION_OPENERS,
  closeWithoutArticle: ['supervisor'],
};

/** The state an action leads to from `state`, or null when the action does not apply there. */
export function nextQuestionState(state: QuestionState, action: QuestionAction): QuestionState | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(state) ? rule.to : null;
}

export function mayTakeQuestionAction(action: QuestionAction, roles: readonly Role[]): boolean {
  return roles.some((role) => QUESTION_ACTION_ROLES[action].includes(role));
}

/** The actions a user with these roles can take on a question in this state, in the order the screen offers them. */
export function availableQuestionActions(state: QuestionState, roles: readonly Role[]): QuestionAction[] {
  return QUESTION_ACTIONS.filter((action) => nextQuestionState(state, action) !== null && mayTakeQuestionAction(action, roles));
}

/** Late: the department's answer is still missing after its due time. */
export function isQuestionOverdue(state: QuestionState, dueAt: number, now: number): boolean {
  return AWAITING_ANSWER.includes(state) && now > dueAt;
}
