import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../api/roles';
import {
  COMPLAINT_STATES,
  COMPLAINT_STEPS,
  availableSteps,
  mayTakeStep,
  nextComplaintState,
  type ComplaintRoute,
  type ComplaintState,
  type ComplaintStep,
} from './route';

// The brief's route written out by hand, independently of the table in route.ts: [from, step, who, to].
const ALLOWED: [ComplaintState, ComplaintStep, Role, ComplaintState][] = [
  ['filled', 'review', 'seat_manager', 'reviewed'],
  ['filled', 'returnForCorrection', 'seat_manager', 'returned'],
  ['returned', 'resubmit', 'agent', 'filled'],
  ['reviewed', 'returnForCorrection', 'info_manager', 'returned'],
  ['routed_internal', 'recordResult', 'info_manager', 'answered_internal'],
  ['answered_internal', 'sign', 'dept_manager', 'ready_for_reply'],
  ['answered_internal', 'returnForCorrection', 'dept_manager', 'routed_internal'],
  ['routed_transfer', 'sign', 'dept_manager', 'signed_transfer'],
  ['routed_transfer', 'returnForCorrection', 'dept_manager', 'reviewed'],
  ['signed_transfer', 'send', 'info_manager', 'sent'],
  ['sent', 'recordOpinion', 'info_manager', 'opinion_received'],
  ['opinion_received', 'recordResult', 'info_manager', 'ready_for_reply'],
  ['ready_for_reply', 'assignReply', 'seat_manager', 'reply_assigned'],
  ['reply_assigned', 'recordReply', 'agent', 'replied'],
  ['replied', 'file', 'info_manager', 'filed'],
];
const ROUTED: [ComplaintRoute, ComplaintState][] = [
  ['internal', 'routed_internal'],
  ['transfer_department', 'routed_transfer'],
  ['transfer_higher_level', 'routed_transfer'],
];

describe('the route of a complaint form', () => {
  it('allows exactly the brief\'s steps, by exactly the right role, from every state (every step by every role)', () => {
    for (const state of COMPLAINT_STATES) {
      for (const step of COMPLAINT_STEPS.filter((s) => s !== 'route')) {
        for (const role of ROLES) {
          const rule = ALLOWED.find(([from, s, who]) => from === state && s === step && who === role);
          const allowed = nextComplaintState(state, step) !== null && mayTakeStep(state, step, [role]);
          expect(allowed, `${role} ${step} on ${state}`).toBe(rule !== undefined);
          if (rule) expect(nextComplaintState(state, step)).toBe(rule[3]);
        }
      }
    }
  });

  it('is routed by the information manager only, from a reviewed form, inside the center or by transfer', () => {
    for (const state of COMPLAINT_STATES) {
      for (const [route, to] of ROUTED) {
        expect(nextComplaintState(state, 'route', route), `${state} via ${route}`).toBe(state === 'reviewed' ? to : null);
      }
      expect(nextComplaintState(state, 'route')).toBeNull();
    }
    for (const role of ROLES) expect(mayTakeStep('reviewed', 'route', [role]), role).toBe(role === 'info_manager');
  });

  it('walks the whole route inside the center and the whole route by transfer, each step by its role', () => {
    const walk = (route: ComplaintRoute, steps: [ComplaintStep, Role][]) => {
      let state: ComplaintState = 'filled';
      for (const [step, role] of steps) {
        expect(availableSteps(state, [role]), `${role} at ${state}`).toContain(step);
        state = nextComplaintState(state, step, route)!;
      }
      return state;
    };
    expect(
      walk('internal', [['review', 'seat_manager'], ['route', 'info_manager'], ['recordResult', 'info_manager'], ['sign', 'dept_manager'], ['assignReply', 'seat_manager'], ['recordReply', 'agent'], ['file', 'info_manager']]),
    ).toBe('filed');
    expect(
      walk('transfer_higher_level', [
        ['review', 'seat_manager'],
        ['route', 'info_manager'],
        ['sign', 'dept_manager'],
        ['send', 'info_manager'],
        ['recordOpinion', 'info_manager'],
        ['recordResult', 'info_manager'],
        ['assignReply', 'seat_manager'],
        ['recordReply', 'agent'],
        ['file', 'info_manager'],
      ]),
    ).toBe('filed');
  });

  it('is final once filed, and offers nothing to an administrator or a supervisor', () => {
    expect(availableSteps('filed', ROLES as readonly Role[])).toEqual([]);
    for (const state of COMPLAINT_STATES) expect(availableSteps(state, ['admin', 'supervisor', 'technician', 'inventory_clerk'])).toEqual([]);
  });
});
