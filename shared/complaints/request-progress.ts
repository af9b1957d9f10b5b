// What a complaint form's steps do to the service request it was filled from (a complaint call, 投诉): the form is
// how the center answers that request, so its steps count as the request's response and progress (DOMAIN.md, service
// requests and service levels). Filling the form is the response (响应); routing it decides the responsible unit and
// the deadline, which is the analysis and the plan (分析, 方案); the manager's signature, part 2 going out, the unit's
// opinion or the written result are the work under way (实施); the reply to the customer is the result they are asked
// to confirm (反馈确认). Filing the form (归档) moves nothing by itself: the one who files is offered to close the
// request. The request moves only along its own workflow (shared/requests/lifecycle.ts): a request on hold, closed or
// cancelled does not move, and one already further on stays where it is.
import { isOpen, nextState, type RequestAction, type RequestState } from '../requests/lifecycle';
import type { ComplaintStep } from './route';

/** How far a step takes the request: respond only, or respond and walk its main line up to an action. */
export type RequestProgress = 'respond' | 'plan' | 'start' | 'resolve';

export const REQUEST_PROGRESS: Partial<Record<ComplaintStep | 'fill', RequestProgress>> = {
  fill: 'respond',
  route: 'plan',
  recordResult: 'start',
  sign: 'start',
  send: 'start',
  recordOpinion: 'start',
  recordReply: 'resolve',
};

/** The request's main line, each action once, in order. */
const MAIN_LINE: readonly RequestAction[] = ['analyse', 'plan', 'start', 'resolve'];

/**
 * The actions of the request's workflow a progress walks from `state`, in order: each one that applies from where
 * the previous left it, up to and including the progress's own (none for `respond`, or from a state off the line).
 */
export function requestWalk(state: RequestState, progress: RequestProgress): RequestAction[] {
  if (progress === 'respond') return [];
  const actions: RequestAction[] = [];
  let at = state;
  for (const action of MAIN_LINE.slice(0, MAIN_LINE.indexOf(progress) + 1)) {
    const to = nextState(at, action);
    if (to === null) continue;
    actions.push(action);
    at = to;
  }
  return actions;
}

/** Whether the one filing a form is offered to close its request: there is one, and it is still open. */
export function mayCloseRequestAfterFiling(requestState: RequestState | null): boolean {
  return requestState !== null && isOpen(requestState);
}
