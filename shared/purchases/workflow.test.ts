import { describe, expect, it } from 'vitest';
import { availablePurchaseActions, mayTakePurchaseAction, nextPurchaseState, PURCHASE_ACTION_ROLES, purchaseWaitsOn, stateAfterReceipt } from './workflow';

describe('the life of a purchase request', () => {
  it('goes draft → submitted → approved or rejected, then received in receipts or closed short', () => {
    expect(nextPurchaseState('draft', 'update')).toBe('draft');
    expect(nextPurchaseState('draft', 'submit')).toBe('submitted');
    expect(nextPurchaseState('submitted', 'approve')).toBe('approved');
    expect(nextPurchaseState('submitted', 'reject')).toBe('rejected');
    expect(nextPurchaseState('approved', 'receive', [2000, 0])).toBe('partly_received');
    expect(nextPurchaseState('partly_received', 'receive', [0, 0])).toBe('received');
    expect(nextPurchaseState('approved', 'closeShort')).toBe('closed_short');
    expect(nextPurchaseState('partly_received', 'closeShort')).toBe('closed_short');
  });

  it('refuses a step where it does not apply', () => {
    expect(nextPurchaseState('draft', 'receive')).toBeNull();
    expect(nextPurchaseState('draft', 'approve')).toBeNull();
    expect(nextPurchaseState('submitted', 'update')).toBeNull();
    expect(nextPurchaseState('submitted', 'receive')).toBeNull();
    expect(nextPurchaseState('rejected', 'approve')).toBeNull();
    expect(nextPurchaseState('received', 'receive')).toBeNull();
    expect(nextPurchaseState('received', 'closeShort')).toBeNull();
    expect(nextPurchaseState('closed_short', 'receive')).toBeNull();
  });

  it('lets clerks keep the request and managers decide, and offers each only their steps', () => {
    expect(mayTakePurchaseAction('approve', ['inventory_clerk'])).toBe(false);
    expect(mayTakePurchaseAction('approve', ['dept_manager'])).toBe(true);
    expect(mayTakePurchaseAction('receive', ['dept_manager'])).toBe(false);
    expect(mayTakePurchaseAction('receive', ['supervisor'])).toBe(false);
    expect(availablePurchaseActions('draft', ['inventory_clerk'])).toEqual(['update', 'submit']);
    expect(availablePurchaseActions('submitted', ['inventory_clerk'])).toEqual([]);
    expect(availablePurchaseActions('submitted', ['dept_manager'])).toEqual(['approve', 'reject']);
    expect(availablePurchaseActions('partly_received', ['inventory_clerk', 'dept_manager'])).toEqual(['receive', 'closeShort']);
    expect(availablePurchaseActions('received', ['inventory_clerk'])).toEqual([]);
    expect(availablePurchaseActions('approved', ['supervisor'])).toEqual([]);
    expect(PURCHASE_ACTION_ROLES.reject).toEqual(['dept_manager']);
  });

  it('is complete when no line has anything outstanding', () => {
    expect(stateAfterReceipt([0, 0])).toBe('received');
    expect(stateAfterReceipt([0, 1])).toBe('partly_received');
  });

  it('waits on a manager while submitted, on delivery while approved or partly received', () => {
    expect(purchaseWaitsOn('submitted')).toBe('approval');
    expect(purchaseWaitsOn('approved')).toBe('delivery');
    expect(purchaseWaitsOn('partly_received')).toBe('delivery');
    for (const state of ['draft', 'rejected', 'received', 'closed_short'] as const) expect(purchaseWaitsOn(state)).toBeNull();
  });
});
