// The life of a service request (服务单), as DOMAIN.md gives it: 受理 accepted → 分析 analysing → 方案 planned →
// 实施 in progress → 反馈确认 awaiting the customer's confirmation → 已关闭 closed; also 挂起 on hold and 已取消 cancelled.
// One pure table, used by the back end to refuse what does not apply and by the screens to offer only what does.
import type { Role } from '../api/roles';

export const REQUEST_STATES = [
  'accepted',
  'analysing',
  'planned',
  'in_progress',
  'awaiting_confirmation',
  'closed',
  'on_hold',
  'cancelled',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** States in which the request is still owed something; the deadline board watches these. */
export const OPEN_STATES: readonly RequestState[] = ['accepted', 'analysing', 'planned', 'in_progress', 'awaiting_confirmation', 'on_hold'];
export const isOpen = (state: RequestState): boolean => OPEN_STATES.includes(state);

export const REQUEST_ACTIONS = [
  /** Starts the analysis: nature and responsible department are decided (within 1 working day). */
  'analyse',
  /** Records the plan: a solution and its deadline (within 2 working days). */
  'plan',
  /** Work on the plan begins. */
  'start',
  /** The work is done; the customer is asked to confirm. */
  'resolve',
  /** The customer confirmed: closed. */
  'confirm',
  /** The customer did not accept the result: back to work. */
  'reopen',
  /** Put on hold, with a reason (waiting for parts, for the customer…). */
  'hold',
  /** Back to the state it was held in. */
  'resume',
  /** Cancelled, with a reason (a duplicate call, withdrawn by the customer…). */
  'cancel',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

const WORKING: readonly RequestState[] = ['accepted', 'analysing', 'planned', 'in_progress'];

/** From which states each action may be taken, and where it leads (`resume` leads back to the held state). */
const TRANSITIONS: Record<RequestAction, { from: readonly RequestState[]; to: RequestState | 'held_state' }> = {
  analyse: { from: ['accepted'], to: 'analysing' },
  plan: { from: ['analysing'], to: 'planned' },
  start: { from: ['planned'], to: 'in_progress' },
  resolve: { from: ['in_progress'], to: 'awaiting_confirmation' },
  confirm: { from: ['awaiting_confirmation'], to: 'closed' },
  reopen: { from: ['awaiting_confirmation'], to: 'in_progress' },
  hold: { from: WORKING, to: 'on_hold' },
  resume: { from: ['on_hold'], to: 'held_state' },
  cancel: { from: [...WORKING, 'on_hold'], to: 'cancelled' },
};

/** The hotline and its managers work requests; a technician carries out and resolves the work he was given. */
const HANDLERS: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];
export const ACTION_ROLES: Record<RequestAction, readonly Role[]> = {
  analyse: [...HANDLERS, 'info_manager', 'dept_manager'],
  plan: [...HANDLERS, 'info_manager', 'dept_manager'],
  start: [...HANDLERS, 'dept_manager', 'technician'],
  resolve: [...HANDLERS, 'dept_manager', 'technician'],
  confirm: HANDLERS,
  reopen: HANDLERS,
  // Whoever works on a request may pause it (waiting for parts, for the customer) and take it up again.
  hold: [...HANDLERS, 'info_manager', 'dept_manager', 'technician'],
  resume: [...HANDLERS, 'info_manager', 'dept_manager', 'technician'],
  cancel: ['seat_manager', 'supervisor'],
};

/** What each action must be told. */
export const ACTION_NEEDS: Record<RequestAction, readonly ('nature' | 'departmentId' | 'solution' | 'plannedBy' | 'reason')[]> = {
  analyse: ['nature', 'departmentId'],
  plan: ['solution', 'plannedBy'],
  start: [],
  resolve: [],
  confirm: [],
  reopen: ['reason'],
  hold: ['reason'],
  resume: [],
  cancel: ['reason'],
};

/** The state an action leads to from `state`, or null when the action does not apply there. */
export function nextState(state: RequestState, action: RequestAction, heldState: RequestState | null = null): RequestState | null {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(state)) return null;
  if (rule.to !== 'held_state') return rule.to;
  return heldState !== null && WORKING.includes(heldState) ? heldState : null;
}

export function mayTake(action: RequestAction, roles: readonly Role[]): boolean {
  return roles.some((role) => ACTION_ROLES[action].includes(role));
}

/** The actions a user with these roles can take on a request in this state, in the order the screen offers them. */
export function availableActions(state: RequestState, roles: readonly Role[], heldState: RequestState | null = null): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => nextState(state, action, heldState) !== null && mayTake(action, roles));
}
