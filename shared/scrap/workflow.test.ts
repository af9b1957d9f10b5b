import { describe, expect, it } from 'vitest';
import { expectExhaustively } from '../workflow/exhaustive';
import { SCRAP_WORKFLOW } from './workflow';

describe('the life of a scrap record', () => {
  it('allows exactly these steps, by exactly these roles, from every state', () => {
    const clerks = ['inventory_clerk'] as const;
    const managers = ['dept_manager'] as const;
    const checked = expectExhaustively(SCRAP_WORKFLOW, {
      transitions: {
        'draft update': 'draft',
        'draft startAppraisal': 'appraising',
        'appraising conclude': 'awaiting_approval',
        'awaiting_approval approve': 'approved',
        'awaiting_approval reject': 'rejected',
        'approved dispose': 'disposed',
      },
      roles: { update: clerks, startAppraisal: clerks, conclude: clerks, approve: managers, reject: managers, dispose: clerks },
    });
    expect(checked).toBe(6 * 6 * 8);
    expect(SCRAP_WORKFLOW.final).toEqual(['disposed', 'rejected']);
  });
});
