import { describe, expect, it } from 'vitest';
import { expectExhaustively } from '../workflow/exhaustive';
import { WORK_ORDER_WORKFLOW } from './workflow';

describe('the life of a work order', () => {
  it('allows exactly these steps, by exactly these roles, from every state', () => {
    const dispatchers = ['seat_manager', 'info_manager'] as const;
    const technicians = ['technician'] as const;
    const checked = expectExhaustively(WORK_ORDER_WORKFLOW, {
      transitions: {
        'draft update': 'draft',
        'dispatched update': 'dispatched',
        'draft dispatch': 'dispatched',
        'dispatched arrive': 'on_site',
        'on_site recordParts': 'on_site',
        'completed recordParts': 'completed',
        'on_site complete': 'completed',
        'completed signOff': 'signed_off',
        'draft cancel': 'cancelled',
        'dispatched cancel': 'cancelled',
      },
      roles: {
        update: dispatchers,
        dispatch: dispatchers,
        arrive: technicians,
        recordParts: technicians,
        complete: technicians,
        signOff: technicians,
        cancel: dispatchers,
      },
    });
    expect(checked).toBe(6 * 7 * 8);
    expect(WORK_ORDER_WORKFLOW.final).toEqual(['signed_off', 'cancelled']);
  });

  it('offers a technician on site the parts and the completion, and a dispatcher nothing once someone is there', () => {
    expect(WORK_ORDER_WORKFLOW.available('on_site', ['technician'])).toEqual(['recordParts', 'complete']);
    expect(WORK_ORDER_WORKFLOW.available('on_site', ['seat_manager', 'supervisor'])).toEqual([]);
    expect(WORK_ORDER_WORKFLOW.available('draft', ['info_manager'])).toEqual(['update', 'dispatch', 'cancel']);
  });
});
