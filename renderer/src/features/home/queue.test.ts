// Whose queue holds what: each role's sections follow the route's table and the routed records' workflows.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/api';
import { availableSteps, type ComplaintState } from '../../../../shared/complaints/route';
import { nextQuestionState } from '../../../../shared/questions/workflow';
import { nextSuggestionState } from '../../../../shared/suggestions/workflow';
import { byUrgency, HOTLINE_QUESTION_STEPS, HOTLINE_SUGGESTION_STEPS, queueSections, recordPath, sectionRows, type QueueRow } from './queue';

const user = (roles: Role[], departmentId: number | null = 3) => ({ id: 7, roles, departmentId });
const keys = (roles: Role[], departmentId: number | null = 3) => queueSections(user(roles, departmentId)).map((section) => section.key);
/** The complaint states a user's sections read. */
const complaintStates = (roles: Role[]) =>
  queueSections(user(roles))
    .flatMap((section) => section.sources)
    .flatMap((source) => (source.method === 'complaints.list' && source.input.state ? [source.input.state] : []));

describe('the queue of each role', () => {
  it('gives each desk of the complaint route the forms that wait for its step', () => {
    expect(keys(['seat_manager'], null)).toEqual(['complaints.review', 'complaints.assignReply', 'requests.mine']);
    expect(keys(['info_manager'], null)).toEqual([
      'complaints.route',
      'complaints.recordResult',
      'complaints.send',
      'complaints.recordOpinion',
      'complaints.file',
      'requests.mine',
    ]);
    expect(keys(['dept_manager'], null)).toEqual(['complaints.sign', 'requests.mine']);
    expect(complaintStates(['dept_manager']).sort()).toEqual(['answered_internal', 'routed_transfer']);
    expect(complaintStates(['info_manager']).sort()).toEqual(['opinion_received', 'replied', 'reviewed', 'routed_internal', 'sent', 'signed_transfer']);
  });

  it('reads exactly the states in which the role has a step to take (besides sending back)', () => {
    for (const role of ['agent', 'seat_manager', 'info_manager', 'dept_manager'] as Role[]) {
      const states = new Set(complaintStates([role]));
      for (const state of ['filled', 'returned', 'reviewed', 'routed_internal', 'answered_internal', 'routed_transfer', 'signed_transfer', 'sent', 'opinion_received', 'ready_for_reply', 'reply_assigned', 'replied', 'filed'] as ComplaintState[]) {
        const steps = availableSteps(state, [role]).filter((step) => step !== 'returnForCorrection');
        expect(states.has(state), `${role} in ${state}`).toBe(steps.length > 0);
      }
    }
  });

  it('gives the agent the replies assigned to them only, and the hotline follow-ups of questions and suggestions', () => {
    const sections = queueSections(user(['agent'], null));
    expect(sections.map((section) => section.key)).toEqual([
      'complaints.resubmit',
      'complaints.recordReply',
      'questions.reply',
      'questions.close',
      'suggestions.forward',
      'suggestions.close',
      'requests.mine',
    ]);
    expect(sections.find((section) => section.key === 'complaints.recordReply')!.sources).toEqual([
      { method: 'complaints.list', input: { state: 'reply_assigned', limit: 100, mine: true } },
    ]);
    expect(sections.find((section) => section.key === 'requests.mine')!.sources).toEqual([
      { method: 'requests.list', input: { state: 'open', ownerId: 7, limit: 200 } },
    ]);
  });

  it('gives a department the questions, suggestions and requests addressed to it', () => {
    expect(keys(['technician'])).toEqual(['questions.answer', 'suggestions.answer', 'requests.mine', 'requests.department']);
    expect(keys(['technician'], null)).toEqual(['requests.mine']);
    const clerk = queueSections(user(['inventory_clerk']));
    expect(clerk.map((section) => section.key)).toEqual(['questions.answer', 'suggestions.answer']);
    expect(clerk[0]!.sources).toEqual([{ method: 'questions.list', input: { state: 'open', departmentId: 3, limit: 100 } }]);
    expect(keys(['inventory_clerk'], null)).toEqual([]);
  });

  it('gives the supervisor what is late, and the administrator nothing', () => {
    expect(keys(['supervisor'], null)).toEqual(['requests.mine', 'late.complaints', 'late.questions', 'late.suggestions']);
    expect(keys(['admin'], null)).toEqual([]);
  });

  it('names only steps the workflows allow in the states it reads', () => {
    for (const { action, state } of HOTLINE_QUESTION_STEPS) expect(nextQuestionState(state, action)).not.toBeNull();
    for (const { action, state } of HOTLINE_SUGGESTION_STEPS) expect(nextSuggestionState(state, action)).not.toBeNull();
    expect(nextQuestionState('open', 'answer')).not.toBeNull();
    expect(nextSuggestionState('forwarded', 'answer')).not.toBeNull();
  });
});

describe('the rows of a section', () => {
  const row = (id: number, at: number, dueAt: number | null, overdue = false): QueueRow => ({
    list: 'complaints.list',
    id,
    number: `TS-${id}`,
    text: '',
    party: null,
    at,
    dueAt,
    overdue,
  });

  it('come late first, then the earliest due or the oldest, each record once', () => {
    const sections = queueSections(user(['technician']));
    const mine = sections.findIndex((section) => section.key === 'requests.mine');
    const rows = sectionRows(sections, (section) =>
      section.key === 'requests.mine' || section.key === 'requests.department'
        ? [row(1, 500, 900), row(2, 100, null), row(3, 300, 400, true)].map((r) => ({ ...r, list: 'requests.list' as const }))
        : [],
    );
    expect(rows[mine]!.map((r) => r.id)).toEqual([3, 2, 1]);
    expect(rows[mine + 1]).toEqual([]);
    expect([row(1, 10, null), row(2, 5, null)].sort(byUrgency).map((r) => r.id)).toEqual([2, 1]);
    expect(recordPath({ list: 'questions.list', id: 12 })).toBe('/questions/12');
  });
});
