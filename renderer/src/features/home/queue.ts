// What waits for the signed-in user's next step, role by role, as sections of their home screen: each section names
// the lists (existing list methods and their filters) whose records wait for that step. Complaint forms follow the
// route's own table (shared/complaints/route.ts): a section for every step the user's roles take, over the states the
// step applies in. Difficult questions and suggestions wait for their department's answer (the user's department), and
// for the hotline's agents to tell the customer and close them. Requests wait for their owner, and a department's
// open requests for its manager and technicians. Supervisors take no step of these: theirs is what is late.
import type { ApiInput, ApiOutput, Me } from '../../../../shared/api';
import { AWAITING_STATES, COMPLAINT_STATES, COMPLAINT_STEPS, nextComplaintState, STEP_ROLES, type ComplaintStep } from '../../../../shared/complaints/route';
import { QUESTION_ACTION_ROLES, type QuestionAction, type QuestionState } from '../../../../shared/questions/workflow';
import { SUGGESTION_ACTION_ROLES, type SuggestionAction, type SuggestionState } from '../../../../shared/suggestions/workflow';

/** The list methods a queue reads, and their records' pages. */
export const QUEUE_LISTS = {
  'complaints.list': '/complaints',
  'questions.list': '/questions',
  'suggestions.list': '/suggestions',
  'requests.list': '/requests',
} as const;
export type QueueList = keyof typeof QUEUE_LISTS;

/** One list read: a method and its filters. */
export type QueueSource = { [M in QueueList]: { method: M; input: ApiInput<M> } }[QueueList];

export interface QueueSection {
  /** `complaints.review`, `questions.answer`, `requests.mine`, `late.complaints`…: its title in home:queue.sections. */
  key: string;
  list: QueueList;
  sources: QueueSource[];
}

/** A record waiting, as its row shows it: one click from its page. */
export interface QueueRow {
  list: QueueList;
  id: number;
  number: string;
  /** The subject, the complaint, the question or the suggestion. */
  text: string;
  /** The customer, else who called. */
  party: string | null;
  /** When it came in. */
  at: number;
  /** What is due next, if anything, and whether it is late. */
  dueAt: number | null;
  overdue: boolean;
}

/** Complaint lists and routed-record lists page 100 at most, requests 200. */
const PAGE = { complaints: 100, routed: 100, requests: 200 } as const;

/** The states a complaint step applies in (`route` from the reviewed form, whichever way it goes). */
function complaintStepStates(step: ComplaintStep) {
  return COMPLAINT_STATES.filter((state) => nextComplaintState(state, step, step === 'route' ? 'internal' : undefined) !== null);
}

/**
 * The hotline's steps on routed records that wait in one state each: the answer told to the caller, a question closed
 * with its article, a suggestion forwarded (once; sending it on again is no longer waiting) and closed. An agent's
 * work; the seat manager and the supervisor may take them too, but they are not the ones they wait for.
 */
export const HOTLINE_QUESTION_STEPS: ReadonlyArray<{ action: QuestionAction; state: QuestionState }> = [
  { action: 'reply', state: 'answered' },
  { action: 'close', state: 'replied' },
];
export const HOTLINE_SUGGESTION_STEPS: ReadonlyArray<{ action: SuggestionAction; state: SuggestionState }> = [
  { action: 'forward', state: 'recorded' },
  { action: 'close', state: 'answered' },
];
/** Where a routed record waits for its department's answer. */
export const AWAITING_ANSWER = { question: 'open', suggestion: 'forwarded' } as const satisfies {
  question: QuestionState;
  suggestion: SuggestionState;
};

/** The sections of a user's queue, in the order their home shows them; none for a user whose roles wait for nothing here. */
export function queueSections(me: Pick<Me, 'id' | 'roles' | 'departmentId'>): QueueSection[] {
  const has = (roles: readonly string[]) => me.roles.some((role) => roles.includes(role));
  const sections: QueueSection[] = [];

  for (const step of COMPLAINT_STEPS) {
    if (step === 'returnForCorrection' || !has(STEP_ROLES[step])) continue;
    sections.push({
      key: `complaints.${step}`,
      list: 'complaints.list',
      // The reply to the customer waits for the agent it was given to.
      sources: complaintStepStates(step).map((state) => ({
        method: 'complaints.list',
        input: { state, limit: PAGE.complaints, ...(step === 'recordReply' && { mine: true }) },
      })),
    });
  }

  const departmentId = me.departmentId;
  if (departmentId !== null && has(QUESTION_ACTION_ROLES.answer)) {
    sections.push({
      key: 'questions.answer',
      list: 'questions.list',
      sources: [{ method: 'questions.list', input: { state: AWAITING_ANSWER.question, departmentId, limit: PAGE.routed } }],
    });
  }
  if (departmentId !== null && has(SUGGESTION_ACTION_ROLES.answer)) {
    sections.push({
      key: 'suggestions.answer',
      list: 'suggestions.list',
      sources: [{ method: 'suggestions.list', input: { state: AWAITING_ANSWER.suggestion, departmentId, limit: PAGE.routed } }],
    });
  }
  if (me.roles.includes('agent')) {
    for (const { action, state } of HOTLINE_QUESTION_STEPS) {
      sections.push({ key: `questions.${action}`, list: 'questions.list', sources: [{ method: 'questions.list', input: { state, limit: PAGE.routed } }] });
    }
    for (const { action, state } of HOTLINE_SUGGESTION_STEPS) {
      sections.push({ key: `suggestions.${action}`, list: 'suggestions.list', sources: [{ method: 'suggestions.list', input: { state, limit: PAGE.routed } }] });
    }
  }

  // The request's owner works it; a department's manager and technicians the open requests it is responsible for.
  if (has(['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'supervisor'])) {
    sections.push({ key: 'requests.mine', list: 'requests.list', sources: [{ method: 'requests.list', input: { state: 'open', ownerId: me.id, limit: PAGE.requests } }] });
  }
  if (departmentId !== null && has(['dept_manager', 'technician'])) {
    sections.push({
      key: 'requests.department',
      list: 'requests.list',
      sources: [{ method: 'requests.list', input: { state: 'open', departmentId, limit: PAGE.requests } }],
    });
  }

  if (me.roles.includes('supervisor')) {
    sections.push(
      { key: 'late.complaints', list: 'complaints.list', sources: [{ method: 'complaints.list', input: { overdue: true, limit: PAGE.complaints } }] },
      { key: 'late.questions', list: 'questions.list', sources: [{ method: 'questions.list', input: { overdue: true, limit: PAGE.routed } }] },
      { key: 'late.suggestions', list: 'suggestions.list', sources: [{ method: 'suggestions.list', input: { overdue: true, limit: PAGE.routed } }] },
    );
  }
  return sections;
}

type Items<M extends QueueList> = ApiOutput<M> extends { items: infer I } ? I : never;

/** The rows of one list's records. */
export function toRows(source: QueueSource, items: Items<QueueList>, now: number): QueueRow[] {
  switch (source.method) {
    case 'complaints.list':
      return (items as Items<'complaints.list'>).map((c) => ({
        list: source.method,
        id: c.id,
        number: c.number,
        text: c.content,
        party: c.customerName || c.complainant,
        at: c.receivedAt,
        // The deadline of the routed work, while it is out; once it is back, what follows has none.
        dueAt: AWAITING_STATES.includes(c.state) ? c.dueAt : null,
        overdue: c.overdue,
      }));
    case 'questions.list':
      return (items as Items<'questions.list'>).map((q) => ({
        list: source.method,
        id: q.id,
        number: q.number,
        text: q.question,
        party: q.customerName ?? (q.callerName || null),
        at: q.openedAt,
        // The department's answer is due by its deadline; the reply to the caller by the time they were told.
        ...(q.state === 'answered'
          ? { dueAt: q.replyPromisedAt, overdue: q.replyPromisedAt < now }
          : { dueAt: q.state === AWAITING_ANSWER.question ? q.dueAt : null, overdue: q.overdue }),
      }));
    case 'suggestions.list':
      return (items as Items<'suggestions.list'>).map((s) => ({
        list: source.method,
        id: s.id,
        number: s.number,
        text: s.content,
        party: s.customerName ?? (s.callerName || null),
        at: s.recordedAt,
        dueAt: s.state === AWAITING_ANSWER.suggestion ? s.dueAt : null,
        overdue: s.overdue,
      }));
    case 'requests.list':
      return (items as Items<'requests.list'>).map((r) => ({
        list: source.method,
        id: r.id,
        number: r.number,
        text: r.subject,
        party: r.customerName ?? (r.callerPhone || null),
        at: r.receivedAt,
        dueAt: r.nextDue?.at ?? null,
        overdue: r.nextDue !== null && r.nextDue.at < now,
      }));
  }
}

/**
 * Most urgent first: the late ones, then by the earliest due, a record waiting without a deadline by when it came in
 * (the oldest first).
 */
export function byUrgency(a: QueueRow, b: QueueRow): number {
  return Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? a.at) - (b.dueAt ?? b.at) || a.at - b.at || a.id - b.id;
}

/**
 * The rows of each section, most urgent first, each record once (in the first section that has it: a request the user
 * owns is not listed again under the department's).
 */
export function sectionRows(sections: readonly QueueSection[], rowsOf: (section: QueueSection) => QueueRow[]): QueueRow[][] {
  const seen = new Set<string>();
  return sections.map((section) =>
    rowsOf(section)
      .filter((row) => {
        const key = `${row.list}:${row.id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort(byUrgency),
  );
}

/** The page of a record. */
export const recordPath = (row: Pick<QueueRow, 'list' | 'id'>): string => `${QUEUE_LISTS[row.list]}/${row.id}`;
