import { describe, expect, it } from 'vitest';
import { routedWorkflow } from './workflow';

// A made-up kind of routed record, to test the table machinery apart from any real one.
const workflow = routedWorkflow({
  states: ['taken', 'sent', 'done', 'closed'],
  steps: {
    send: { from: ['taken', 'sent'], to: 'sent', roles: ['agent'] },
    finish: { from: ['sent'], to: 'done', roles: ['technician', 'agent'] },
    close: { from: ['done'], to: 'closed', roles: ['supervisor'] },
    reopen: { from: ['closed'], to: 'taken', roles: ['supervisor'] },
  },
  awaitingAnswer: ['sent'],
});

describe('a routed record table', () => {
  it('leads each action from the states it applies in to its state, and refuses it anywhere else', () => {
    expect(workflow.next('taken', 'send')).toBe('sent');
    expect(workflow.next('sent', 'send')).toBe('sent');
    expect(workflow.next('sent', 'finish')).toBe('done');
    expect(workflow.next('taken', 'finish')).toBeNull();
    expect(workflow.next('closed', 'close')).toBeNull();
    expect(workflow.allowed()).toEqual({
      taken: { send: 'sent' },
      sent: { send: 'sent', finish: 'done' },
      done: { close: 'closed' },
      closed: { reopen: 'taken' },
    });
  });

  it('lets a user take an action when one of their roles may, and offers what applies now in the table’s order', () => {
    expect(workflow.mayTake('finish', ['technician'])).toBe(true);
    expect(workflow.mayTake('finish', ['dept_manager', 'agent'])).toBe(true);
    expect(workflow.mayTake('close', ['agent'])).toBe(false);
    expect(workflow.mayTake('close', [])).toBe(false);
    expect(workflow.available('sent', ['agent'])).toEqual(['send', 'finish']);
    expect(workflow.available('sent', ['technician'])).toEqual(['finish']);
    expect(workflow.available('done', ['agent'])).toEqual([]);
    expect(workflow.available('closed', ['supervisor', 'agent'])).toEqual(['reopen']);
    expect(workflow.roles).toEqual({ send: ['agent'], finish: ['technician', 'agent'], close: ['supervisor'], reopen: ['supervisor'] });
  });

  it('is overdue only while the answer is awaited, past its due time, and never without one', () => {
    expect(workflow.isOverdue('sent', 1000, 1001)).toBe(true);
    expect(workflow.isOverdue('sent', 1000, 1000)).toBe(false);
    expect(workflow.isOverdue('sent', null, 5000)).toBe(false);
    expect(workflow.isOverdue('taken', 1000, 5000)).toBe(false);
    expect(workflow.isOverdue('done', 1000, 5000)).toBe(false);
  });
});
