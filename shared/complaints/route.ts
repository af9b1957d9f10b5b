// The route of a complaint form (客户投诉联系书，一式两联), as DOMAIN.md gives it: agent fills → seat manager reviews →
// information manager routes, either inside the center (reply due in 1 working day) or by transfer to another
// department (3) or to the higher-level office (5), with part 2 sent out and coming back. One pure table, used by the
// back end to refuse what does not apply and by the screens to offer only what does.
import type { Role } from '../api/roles';

export const COMPLAINT_STATES = [
  /** Filled by the agent, waiting for the seat manager's review. */
  'filled',
  /** Sent back to the agent for correction. */
  'returned',
  /** Reviewed, waiting for the information manager to route it. */
  'reviewed',
  /** Inside the center: the information manager writes the reply. */
  'routed_internal',
  /** The reply is written; the department manager signs (审核签字). */
  'answered_internal',
  /** Transferred: the department manager signs before part 2 goes out. */
  'routed_transfer',
  /** Signed; part 2 is to be sent (part 1 stays as the stub). */
  'signed_transfer',
  /** Part 2 is out with the transfer unit. */
  'sent',
  /** Part 2 came back with the unit's written opinion (书面处理意见); the information manager writes the result. */
  'opinion_received',
  /** Ready for the customer: the seat manager assigns an agent to reply. */
  'ready_for_reply',
  /** An agent is assigned to reply to the customer. */
  'reply_assigned',
  /** The customer has the reply; the form waits to be filed. */
  'replied',
  /** 归档. */
  'filed',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

/** Where the information manager sends the complaint; the reply is due this many working days after routing. */
export const COMPLAINT_ROUTES = ['internal', 'transfer_department', 'transfer_higher_level'] as const;
export type ComplaintRoute = (typeof COMPLAINT_ROUTES)[number];

export const COMPLAINT_STEPS = [
  'review',
  'resubmit',
  'route',
  'recordResult',
  'sign',
  'send',
  'recordOpinion',
  'assignReply',
  'recordReply',
  'file',
  'returnForCorrection',
] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

/** Who takes each step (DOMAIN.md's roles); a supervisor oversees and prints but does not take the steps. */
export const STEP_ROLES: Record<ComplaintStep, readonly Role[]> = {
  review: ['seat_manager'],
  resubmit: ['agent'],
  route: ['info_manager'],
  recordResult: ['info_manager'],
  sign: ['dept_manager'],
  send: ['info_manager'],
  recordOpinion: ['info_manager'],
  assignReply: ['seat_manager'],
  recordReply: ['agent'],
  file: ['info_manager'],
  // Each reviewer sends back what reached them: the seat manager the agent's form, the information manager a form
  // reviewed for routing, the department manager what was put before them to sign.
  returnForCorrection: ['seat_manager', 'info_manager', 'dept_manager'],
};

/**
 * Every allowed move: from a state, by a step, to a state (`route` to one of two, by the route chosen). A step's
 * roles are in STEP_ROLES; for returnForCorrection the reviewer of that state (see RETURNED_BY).
 */
const MOVES: ReadonlyArray<{ from: ComplaintState; step: ComplaintStep; to: ComplaintState; route?: 'internal' | 'transfer' }> = [
  { from: 'filled', step: 'review', to: 'reviewed' },
  { from: 'returned', step: 'resubmit', to: 'filled' },
  { from: 'reviewed', step: 'route', to: 'routed_internal', route: 'internal' },
  { from: 'reviewed', step: 'route', to: 'routed_transfer', route: 'transfer' },
  { from: 'routed_internal', step: 'recordResult', to: 'answered_internal' },
  { from: 'answered_internal', step: 'sign', to: 'ready_for_reply' },
  { from: 'routed_transfer', step: 'sign', to: 'signed_transfer' },
  { from: 'signed_transfer', step: 'send', to: 'sent' },
  { from: 'sent', step: 'recordOpinion', to: 'opinion_received' },
  { from: 'opinion_received', step: 'recordResult', to: 'ready_for_reply' },
  { from: 'ready_for_reply', step: 'assignReply', to: 'reply_assigned' },
  { from: 'reply_assigned', step: 'recordReply', to: 'replied' },
  { from: 'replied', step: 'file', to: 'filed' },
  // Sent back for correction, with a reason, at each review.
  { from: 'filled', step: 'returnForCorrection', to: 'returned' },
  { from: 'reviewed', step: 'returnForCorrection', to: 'returned' },
  { from: 'answered_internal', step: 'returnForCorrection', to: 'routed_internal' },
  { from: 'routed_transfer', step: 'returnForCorrection', to: 'reviewed' },
];

/** Who reviews a form in each state from which it can be sent back. */
export const RETURNED_BY: Partial<Record<ComplaintState, Role>> = {
  filled: 'seat_manager',
  reviewed: 'info_manager',
  answered_internal: 'dept_manager',
  routed_transfer: 'dept_manager',
};

const isTransfer = (route: ComplaintRoute) => route !== 'internal';

/** The state a step leads to from `state`, or null when it does not apply there. `route` matters only to `route`. */
export function nextComplaintState(state: ComplaintState, step: ComplaintStep, route?: ComplaintRoute): ComplaintState | null {
  const moves = MOVES.filter((move) => move.from === state && move.step === step);
  if (step === 'route') {
    if (route === undefined) return null;
    return moves.find((move) => move.route === (isTransfer(route) ? 'transfer' : 'internal'))?.to ?? null;
  }
  return moves[0]?.to ?? null;
}

/** Whether a user with these roles may take the step on a form in this state. */
export function mayTakeStep(state: ComplaintState, step: ComplaintStep, roles: readonly Role[]): boolean {
  if (step === 'returnForCorrection') {
    const reviewer = RETURNED_BY[state];
    return reviewer !== undefined && roles.includes(reviewer);
  }
  return roles.some((role) => STEP_ROLES[step].includes(role));
}

/** The steps a user with these roles can take on a form in this state, in the order the screen offers them. */
export function availableSteps(state: ComplaintState, roles: readonly Role[]): ComplaintStep[] {
  return COMPLAINT_STEPS.filter((step) => {
    const leads = step === 'route' ? nextComplaintState(state, step, 'internal') : nextComplaintState(state, step);
    return leads !== null && mayTakeStep(state, step, roles);
  });
}

/** The states in which part 2 is out of the center, with the transfer unit. */
export const PART2_OUT: readonly ComplaintState[] = ['sent'];

/** Working days from routing to the reply that is due (DOMAIN.md): the calendar's one function turns them into dates. */
export const ROUTE_DEADLINE: Record<ComplaintRoute, 'complaintInternal' | 'complaintTransfer' | 'complaintHigherLevel'> = {
  internal: 'complaintInternal',
  transfer_department: 'complaintTransfer',
  transfer_higher_level: 'complaintHigherLevel',
};

/** Who reads complaint forms: the hotline and the desks of the route, and the supervisor; not technicians or the store. */
export const COMPLAINT_READERS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'supervisor'];
/** Who fills a form from a complaint call. */
export const COMPLAINT_FILLERS: readonly Role[] = ['agent'];
/** Who prints forms and the register (用户投诉及处理记录). */
export const COMPLAINT_PRINTERS: readonly Role[] = ['supervisor'];
/** Who watches the forms' deadlines (the deadline board): the seat manager, the information manager who chases the units, the supervisor. */
export const COMPLAINT_WATCHERS: readonly Role[] = ['seat_manager', 'info_manager', 'supervisor'];

/** The states in which routed work is out and its deadline runs (the reply inside the center, or part 2's opinion). */
export const AWAITING_STATES: readonly ComplaintState[] = ['routed_internal', 'routed_transfer', 'signed_transfer', 'sent'];

export const isTransferRoute = isTransfer;
