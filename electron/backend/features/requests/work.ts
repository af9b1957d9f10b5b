// Working a request: its transitions, arrival on site, notes, progress messages, the customer's confirmation.
import type { requestsApi } from '../../../../shared/api/requests';
import { ACTION_NEEDS, mayTake, nextState, type RequestAction } from '../../../../shared/requests/lifecycle';
import { arrivalOnBehalfOf, mayRecordArrival } from '../../../../shared/requests/arrival';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { DomainError, fieldInvalid, invalidState, staleVersion } from '../../lib/errors';
import { recordTimelineEvent } from '../../records/timeline';
import { findUserById } from '../users';
import { existingRequest } from './calls';
import { checkOwnActiveDepartment, checkOwner } from './checks';
import { findRequest, updateRequestColumns, type RequestRow } from './repository';
import { appendServiceLog } from '../../records/service-log';
import { serviceLogEntry } from './service-log';

type WorkHandlers = Pick<
  HandlersOf<typeof requestsApi>,
  'requests.transition' | 'requests.recordArrival' | 'requests.addNote' | 'requests.addProgress' | 'requests.confirm'
>;

type Columns = Parameters<typeof updateRequestColumns>[3];

/** Saves the change, writes the log line, the customer's timeline event where it matters, and the audit row. */
function applyChange(
  ctx: HandlerContext,
  current: RequestRow,
  expectedVersion: number,
  columns: Columns,
  log: { kind: string; details: Record<string, unknown> },
  timelineKind?: string,
) {
  const now = ctx.now();
  const user = signedIn(ctx);
  const before = findRequest(ctx.db, current.id)!;
  if (!updateRequestColumns(ctx.db, current, expectedVersion, columns, now)) throw staleVersion('The request');
  const logId = appendServiceLog(ctx.db, { requestId: current.id, at: now, userId: user.id, kind: log.kind, details: log.details });
  if (timelineKind && current.customer_id !== null) {
    recordTimelineEvent(ctx.db, {
      customerId: current.customer_id,
      equipmentId: current.equipment_id,
      at: now,
      kind: timelineKind,
      actorId: user.id,
      details: { requestId: current.id, number: current.number, subject: current.subject },
    });
  }
  const after = findRequest(ctx.db, current.id)!;
  ctx.audit({ entity: 'request', entityId: current.id, before, after });
  return { request: after, logId };
}

const TIMELINE_OF_ACTION: Partial<Record<RequestAction, string>> = {
  resolve: 'request.resolved',
  confirm: 'request.closed',
  reopen: 'request.reopened',
  cancel: 'request.cancelled',
};

export const workHandlers: WorkHandlers = {
  'requests.transition': (ctx, input) =>
    ctx.write(() => {
      const current = existingRequest(ctx, input.id);
      const user = signedIn(ctx);
      if (!mayTake(input.action, user.roles)) {
        throw new DomainError('forbidden', `Your roles do not allow "${input.action}" on a request`, 'request.actionNotPermitted');
      }
      const to = nextState(current.state, input.action, current.held_state);
      if (to === null) {
        throw invalidState(`A request that is ${current.state} cannot be given "${input.action}"`, 'request.transitionNotAllowed');
      }
      for (const need of ACTION_NEEDS[input.action]) {
        const value = input[need];
        if (value === undefined || value === '') throw fieldInvalid(need, 'validation.required', `${need} is required to ${input.action}`);
      }
      checkOwnActiveDepartment(ctx, input.departmentId);
      checkOwner(ctx, input.ownerId);
      const now = ctx.now();
      if (input.plannedBy !== undefined && input.plannedBy < current.received_at) {
        throw fieldInvalid('plannedBy', 'validation.beforeReceived', 'The plan cannot end before the call came in');
      }
      const columns: Columns = { state: to };
      if (current.first_response_at === null && input.action !== 'cancel') columns.first_response_at = now;
      switch (input.action) {
        case 'analyse':
          Object.assign(columns, { nature: input.nature, department_id: input.departmentId, owner_id: input.ownerId ?? current.owner_id, analysed_at: now });
          break;
        case 'plan':
          Object.assign(columns, { solution: input.solution, planned_by: input.plannedBy, planned_at: now });
          break;
        case 'resolve':
          columns.solved_at = now;
          break;
        case 'reopen':
          Object.assign(columns, { solved_at: null, satisfied: 0 });
          break;
        case 'confirm':
          Object.assign(columns, { closed_at: now, satisfied: 1 });
          break;
        case 'hold':
          columns.held_state = current.state;
          break;
        case 'resume':
          columns.held_state = null;
          break;
        case 'cancel':
          columns.closed_at = now;
          break;
        default:
          break;
      }
      const details: Record<string, unknown> = { from: current.state, to };
      for (const key of ['nature', 'departmentId', 'ownerId', 'solution', 'plannedBy', 'reason'] as const) {
        if (input[key] !== undefined) details[key] = input[key];
      }
      return applyChange(ctx, current, input.version, columns, { kind: `state.${input.action}`, details }, TIMELINE_OF_ACTION[input.action]).request;
    }),

  'requests.recordArrival': (ctx, input) =>
    ctx.write(() => {
      const current = existingRequest(ctx, input.id);
      if (current.kind !== 'fault') throw invalidState('Only a fault report has someone arrive on site', 'request.notFault');
      if (current.arrived_at !== null) throw invalidState('The arrival is already recorded', 'request.alreadyArrived');
      if (current.state === 'closed' || current.state === 'cancelled') throw invalidState('The request is finished', 'request.finished');
      const user = signedIn(ctx);
      const recorder = { id: user.id, roles: user.roles, departmentId: findUserById(ctx.db, user.id)?.departmentId ?? null };
      const request = { ownerId: current.owner_id, departmentId: current.department_id };
      if (!mayRecordArrival(recorder, request)) {
        throw new DomainError('forbidden', 'A technician records arrival only on requests he owns', 'request.notYours');
      }
      const now = ctx.now();
      const at = input.at ?? now;
      if (at > now + 60_000) throw fieldInvalid('at', 'validation.inFuture', 'The arrival cannot be in the future');
      if (at < current.received_at) throw fieldInvalid('at', 'validation.beforeReceived', 'The arrival cannot be before the call');
      const columns: Columns = { arrived_at: at };
      if (current.first_response_at === null) columns.first_response_at = at;
      const onBehalfOf = arrivalOnBehalfOf(user.id, request);
      const details = onBehalfOf === null ? { at } : { at, onBehalfOf: { id: onBehalfOf, name: findUserById(ctx.db, onBehalfOf)?.displayName ?? '' } };
      return applyChange(ctx, current, input.version, columns, { kind: 'arrived', details }, 'request.arrived').request;
    }),

  'requests.addNote': (ctx, input) =>
    ctx.write(() => {
      const current = existingRequest(ctx, input.id);
      const id = appendServiceLog(ctx.db, { requestId: current.id, at: ctx.now(), userId: signedIn(ctx).id, kind: 'note', details: { text: input.text } });
      ctx.audit({ entity: 'request', entityId: current.id, after: { note: input.text } });
      return serviceLogEntry(ctx.db, id);
    }),

  'requests.addProgress': (ctx, input) =>
    ctx.write(() => {
      const current = existingRequest(ctx, input.id);
      if (current.state === 'closed' || current.state === 'cancelled') throw invalidState('The request is finished', 'request.finished');
      const now = ctx.now();
      const columns: Columns = { last_progress_at: now };
      if (current.first_response_at === null) columns.first_response_at = now;
      const details = { message: input.message, ...(input.channel && { channel: input.channel }) };
      const { logId } = applyChange(ctx, current, current.version, columns, { kind: 'progress', details });
      return serviceLogEntry(ctx.db, logId);
    }),

  'requests.confirm': (ctx, input) =>
    ctx.write(() => {
      const current = existingRequest(ctx, input.id);
      const action = input.satisfied ? 'confirm' : 'reopen';
      if (!mayTake(action, signedIn(ctx).roles)) {
        throw new DomainError('forbidden', `Your roles do not allow "${action}" on a request`, 'request.actionNotPermitted');
      }
      const to = nextState(current.state, action, current.held_state);
      if (to === null) throw invalidState("Only a request awaiting the customer's confirmation is confirmed", 'request.transitionNotAllowed');
      if (!input.satisfied && !input.comment) {
        throw fieldInvalid('comment', 'validation.required', 'Say what the customer is not satisfied with');
      }
      const now = ctx.now();
      const columns: Columns = input.satisfied ? { state: to, closed_at: now, satisfied: 1 } : { state: to, solved_at: null, satisfied: 0 };
      const details = { satisfied: input.satisfied, from: current.state, to, ...(input.comment && { comment: input.comment }) };
      return applyChange(ctx, current, input.version, columns, { kind: 'confirmed', details }, input.satisfied ? 'request.closed' : 'request.reopened').request;
    }),
};
