// The life of a spare replacement notice (故障处理备品替换通知, DOMAIN.md): a spare is lent from the store (替换借出) and
// installed in place of the faulty unit → the faulty unit goes to the factory → the repaired unit is tested before it
// goes back (测试合格) → reinstalled, the spare returned to the store (替换归还) → the notice recovered (收回) with the
// work order. Or the factory repair fails → a scrap record is opened from the notice → its remarks record that the spare
// becomes the formal replacement (正式代替事项) → closed. No path closes a notice with its spare unaccounted for: the two
// final states are "spare back in stock" and "spare formally replaces the unit".
import type { Role } from '../api/roles';
import { STORE_KEEPERS } from '../api/parts';
import { workflow } from '../workflow/table';

export const REPLACEMENT_STATES = ['spare_installed', 'at_factory', 'tested', 'reinstalled', 'recovered', 'repair_failed', 'formally_replaced', 'closed'] as const;
export type ReplacementState = (typeof REPLACEMENT_STATES)[number];

/** Inventory clerks lend and recover spares; technicians, who test and reinstall units on site, record those two. */
const CLERKS: readonly Role[] = STORE_KEEPERS;
const CLERKS_AND_TECHNICIANS: readonly Role[] = [...STORE_KEEPERS, 'technician'];

export const REPLACEMENT_WORKFLOW = workflow(REPLACEMENT_STATES, {
  sendToFactory: { from: ['spare_installed'], to: 'at_factory', roles: CLERKS },
  /** 测试合格: the result, the tester and the date. */
  passTest: { from: ['at_factory'], to: 'tested', roles: CLERKS_AND_TECHNICIANS },
  /** The repaired unit back in; the spare comes back to the store (a loan-back movement). */
  reinstall: { from: ['tested'], to: 'reinstalled', roles: CLERKS_AND_TECHNICIANS },
  /** 收回: the notice comes back with the work order. */
  recover: { from: ['reinstalled'], to: 'recovered', roles: CLERKS },
  /** The factory cannot repair the unit: a scrap record is opened from the notice. */
  failRepair: { from: ['at_factory', 'tested'], to: 'repair_failed', roles: CLERKS },
  /** 正式代替事项: the spare stays with the customer as the unit's formal replacement. */
  formallyReplace: { from: ['repair_failed'], to: 'formally_replaced', roles: CLERKS },
  close: { from: ['formally_replaced'], to: 'closed', roles: CLERKS },
});

export type ReplacementAction = (typeof REPLACEMENT_WORKFLOW.actions)[number];

/** Where the faulty unit is while the notice is open (the open-notices list), or null once it is settled. */
export function whereTheUnitIs(state: ReplacementState): 'at_customer_replaced' | 'at_factory' | 'back_from_factory' | 'awaiting_scrap' | null {
  switch (state) {
    case 'spare_installed':
      return 'at_customer_replaced';
    case 'at_factory':
      return 'at_factory';
    case 'tested':
      return 'back_from_factory';
    case 'repair_failed':
      return 'awaiting_scrap';
    default:
      return null;
  }
}
