// The life of a purchase request (维修备品采购单): a clerk drafts it (lines, reason) and submits it; a department manager
// approves or rejects it (with the reason); the clerk receives what comes in one or more receipts until every line is
// complete, or closes it short with lines still outstanding. One pure table used by the back end to refuse a step that
// does not apply (or that the caller's roles may not take) and by the screens to offer only the steps that do.
import type { Role } from '../api/roles';
import { STORE_KEEPERS } from '../api/parts';

export const PURCHASE_STATES = ['draft', 'submitted', 'approved', 'rejected', 'partly_received', 'received', 'closed_short'] as const;
export type PurchaseState = (typeof PURCHASE_STATES)[number];

/** Inventory clerks (库管员), the store's keepers, draft, submit, receive and close requests short. */
const CLERKS: readonly Role[] = STORE_KEEPERS;
/** Department managers (部门负责人) decide. */
const MANAGERS: readonly Role[] = ['dept_manager'];

/** While a request waits for its parts: approved, and nothing or only part of it received. */
export const RECEIVING: readonly PurchaseState[] = ['approved', 'partly_received'];

interface PurchaseStep {
  from: readonly PurchaseState[];
  /** Where the step leads; a receipt leads to partly or wholly received, by what is still outstanding. */
  to: PurchaseState | 'byOutstanding';
  roles: readonly Role[];
}

const STEPS = {
  /** The draft's lines and reason are changed. */
  update: { from: ['draft'], to: 'draft', roles: CLERKS },
  submit: { from: ['draft'], to: 'submitted', roles: CLERKS },
  approve: { from: ['submitted'], to: 'approved', roles: MANAGERS },
  reject: { from: ['submitted'], to: 'rejected', roles: MANAGERS },
  /**
   * One receipt. A received request has nothing outstanding: a receipt movement reversed at the store re-opens its line,
   * and the migration's trigger moves the request back to partly received (or approved) at once.
   */
  receive: { from: RECEIVING, to: 'byOutstanding', roles: CLERKS },
  /** Closed with lines still outstanding: nothing more will come. */
  closeShort: { from: RECEIVING, to: 'closed_short', roles: CLERKS },
} as const satisfies Record<string, PurchaseStep>;

export type PurchaseAction = keyof typeof STEPS;
export const PURCHASE_ACTIONS = Object.keys(STEPS) as PurchaseAction[];

/** Who may take each step: the access of its method in the contract. */
export const PURCHASE_ACTION_ROLES = Object.fromEntries(PURCHASE_ACTIONS.map((action) => [action, STEPS[action].roles])) as Record<
  PurchaseAction,
  readonly Role[]
>;

/** The state after a receipt: received when nothing is outstanding on any line, else partly received. */
export function stateAfterReceipt(outstanding: readonly number[]): PurchaseState {
  return outstanding.every((quantity) => quantity <= 0) ? 'received' : 'partly_received';
}

/**
 * The state an action leads to from `state`, or null when it does not apply there. A receipt needs what will then be
 * outstanding on each line; without it, a receipt is said to lead to partly received.
 */
export function nextPurchaseState(state: PurchaseState, action: PurchaseAction, outstandingAfter?: readonly number[]): PurchaseState | null {
  const step: PurchaseStep = STEPS[action];
  if (!step.from.includes(state)) return null;
  if (step.to !== 'byOutstanding') return step.to;
  return outstandingAfter ? stateAfterReceipt(outstandingAfter) : 'partly_received';
}

export function mayTakePurchaseAction(action: PurchaseAction, roles: readonly Role[]): boolean {
  return roles.some((role) => STEPS[action].roles.includes(role));
}

/** The steps a user with these roles can take on a request in this state, in the order the screens offer them. */
export function availablePurchaseActions(state: PurchaseState, roles: readonly Role[]): PurchaseAction[] {
  return PURCHASE_ACTIONS.filter((action) => nextPurchaseState(state, action) !== null && mayTakePurchaseAction(action, roles));
}

/** What the home page lists: waiting on a manager's approval, or on delivery. */
export function purchaseWaitsOn(state: PurchaseState): 'approval' | 'delivery' | null {
  if (state === 'submitted') return 'approval';
  return RECEIVING.includes(state) ? 'delivery' : null;
}
