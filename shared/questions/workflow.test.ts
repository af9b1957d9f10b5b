import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/roles';
import { QUESTION_WORKFLOW, availableQuestionActions, availableQuestionActionsOn, isQuestionOverdue, mayTakeQuestionAction, nextQuestionState } from './workflow';

describe('the life of a difficult question record', () => {
  it('takes exactly the steps of the table, written out state by state: every (state, action) pair not listed is refused', () => {
    expect(QUESTION_WORKFLOW.allowed()).toEqual({
      open: { answer: 'answered' },
      answered: { reply: 'replied' },
      replied: { close: 'closed', closeWithoutArticle: 'closed' },
      closed: {},
    });
  });

  it('cannot be closed before the customer was replied to, nor reopened once closed', () => {
    expect(nextQuestionState('open', 'close')).toBeNull();
    expect(nextQuestionState('answered', 'close')).toBeNull();
    expect(nextQuestionState('answered', 'closeWithoutArticle')).toBeNull();
    expect(QUESTION_WORKFLOW.actions.map((a) => nextQuestionState('closed', a))).toEqual(QUESTION_WORKFLOW.actions.map(() => null));
  });

  it('lets only a supervisor close without an article; the department and the hotline record the answer', () => {
    for (const role of ROLES) expect(mayTakeQuestionAction('closeWithoutArticle', [role]), role).toBe(role === 'supervisor');
    expect(mayTakeQuestionAction('answer', ['dept_manager'])).toBe(true);
    expect(mayTakeQuestionAction('answer', ['technician'])).toBe(true);
    expect(mayTakeQuestionAction('answer', ['admin'])).toBe(false);
    expect(mayTakeQuestionAction('reply', ['technician'])).toBe(false);
  });

  it('offers each user only the steps that apply now and that their roles allow', () => {
    expect(availableQuestionActions('open', ['agent'])).toEqual(['answer']);
    expect(availableQuestionActions('answered', ['dept_manager'])).toEqual([]);
    expect(availableQuestionActions('replied', ['agent'])).toEqual(['close']);
    expect(availableQuestionActions('replied', ['supervisor'])).toEqual(['close', 'closeWithoutArticle']);
    expect(availableQuestionActions('closed', [...ROLES])).toEqual([]);
  });

  it("offers the answer only to the people of the department it was addressed to, and to a supervisor", () => {
    const ENGINEERING = 2;
    const MATERIALS = 3;
    expect(availableQuestionActionsOn('open', { roles: ['inventory_clerk'], departmentId: MATERIALS }, ENGINEERING)).toEqual([]);
    expect(availableQuestionActionsOn('open', { roles: ['agent'], departmentId: null }, ENGINEERING)).toEqual([]);
    expect(availableQuestionActionsOn('open', { roles: ['technician'], departmentId: ENGINEERING }, ENGINEERING)).toEqual(['answer']);
    expect(availableQuestionActionsOn('open', { roles: ['supervisor'], departmentId: null }, ENGINEERING)).toEqual(['answer']);
    // Telling the customer stays the hotline's, whatever its department.
    expect(availableQuestionActionsOn('answered', { roles: ['agent'], departmentId: null }, ENGINEERING)).toEqual(['reply']);
  });

  it('is overdue only while the department has not answered and its due time is past', () => {
    expect(isQuestionOverdue('open', 1000, 1001)).toBe(true);
    expect(isQuestionOverdue('open', 1000, 1000)).toBe(false);
    expect(isQuestionOverdue('answered', 1000, 5000)).toBe(false);
    expect(isQuestionOverdue('closed', 1000, 5000)).toBe(false);
  });
});
