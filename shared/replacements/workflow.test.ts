import { describe, expect, it } from 'vitest';
import { expectExhaustively } from '../workflow/exhaustive';
import { REPLACEMENT_STATES, REPLACEMENT_WORKFLOW, whereTheUnitIs } from './workflow';

describe('the life of a spare replacement notice', () => {
  it('allows exactly these steps, by exactly these roles, from every state', () => {
    const clerks = ['inventory_clerk'] as const;
    const clerksAndTechnicians = ['inventory_clerk', 'technician'] as const;
    const checked = expectExhaustively(REPLACEMENT_WORKFLOW, {
      transitions: {
        'spare_installed sendToFactory': 'at_factory',
        'at_factory passTest': 'tested',
        'tested reinstall': 'reinstalled',
        'reinstalled recover': 'recovered',
        'at_factory failRepair': 'repair_failed',
        'tested failRepair': 'repair_failed',
        'repair_failed formallyReplace': 'formally_replaced',
        'formally_replaced close': 'closed',
      },
      roles: {
        sendToFactory: clerks,
        passTest: clerksAndTechnicians,
        reinstall: clerksAndTechnicians,
        recover: clerks,
        failRepair: clerks,
        formallyReplace: clerks,
        close: clerks,
      },
    });
    expect(checked).toBe(8 * 7 * 8);
  });

  it('ends only with the spare back in stock or formally replacing the unit', () => {
    expect(REPLACEMENT_WORKFLOW.final).toEqual(['recovered', 'closed']);
    // Every way to a final state passes the loan back (reinstall) or the formal replacement.
    const paths = (state: string, seen: string[]): string[][] => {
      if (REPLACEMENT_WORKFLOW.final.includes(state as never)) return [seen];
      return REPLACEMENT_WORKFLOW.actions.flatMap((action) => {
        const next = REPLACEMENT_WORKFLOW.next(state as never, action);
        return next === null || next === state ? [] : paths(next, [...seen, action]);
      });
    };
    const all = paths('spare_installed', []);
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const path of all) expect(path.includes('reinstall') || path.includes('formallyReplace'), path.join(' → ')).toBe(true);
  });

  it('says where the unit is while the notice is open', () => {
    expect(REPLACEMENT_STATES.map(whereTheUnitIs)).toEqual(['at_customer_replaced', 'at_factory', 'back_from_factory', null, null, 'awaiting_scrap', null, null]);
  });
});
