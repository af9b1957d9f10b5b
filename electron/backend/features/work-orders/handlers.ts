// Work orders (故障处理派工单): drafted from a fault report and dispatched by a seat or information manager; the
// technicians on it record the arrival, the parts used and returned (ledger movements with the work order as source),
// the measures with the outcome and the conduct checklist, and the customer's sign-off. Each step names the version it
// read, is refused where WORK_ORDER_WORKFLOW does not allow it, writes the request's service log, the repair archive
// and the audit row. Arrival and a solved outcome move the request itself (features/requests field-work.ts).
import type { WorkOrder, workOrdersApi } from '../../../../shared/api/workOrders';
import { WORK_ORDER_WORKFLOW, type WorkOrderAction, type WorkOrderState } from '../../../../shared/work-orders/workflow';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { updateVersionedRow } from '../../db/versioned';
import { DomainError, fieldInvalid, invalidState, notFound, staleVersion } from '../../lib/errors';
import { arrivalFromWorkOrder, findFaultReport, solvedFromWorkOrder } from '../requests';
import { checkPlannedParts, checkTechnicians, insertWorkOrder, TABLE } from './create';
import { audited, journal } from './journal';
import { board, mine } from './lists';
import { recordParts } from './parts';
import { findWorkOrderRow, forRequest, isTechnicianOn, replacePlannedParts, techniciansOf, replaceTechnicians, toWorkOrder, type WorkOrderRow } from './repository';

/** A moment typed by hand may be a minute ahead of the server's clock, no more. */
const CLOCK_SLACK_MS = 60_000;

function existing(ctx: HandlerContext, id: number): WorkOrderRow {
  const row = findWorkOrderRow(ctx.db, id);
  if (!row) throw notFound('Work order', id);
  return row;
}

/** The steps a technician takes only on a work order he is on. */
const OWN_STEPS: ReadonlySet<WorkOrderAction> = new Set(['arrive', 'recordParts', 'complete', 'signOff']);

interface StepResult {
  columns?: Record<string, unknown> & { state?: WorkOrderState };
  /** What the service log and the repair archive say of the step. */
  details?: Record<string, unknown>;
  /** Runs after the row is saved (the request's times follow). */
  after?: (order: WorkOrder) => Record<string, unknown> | void;
}

/**
 * Takes a step: the version read, the state the table allows it from, a technician's own work order; then the
 * columns it sets, saved with the version (a stale one is a conflict), the journal lines and the audit row.
 */
function takeStep(ctx: HandlerContext, input: { id: number; version: number }, action: WorkOrderAction, change: (row: WorkOrderRow, userId: number, now: number) => StepResult): WorkOrder {
  return ctx.write(() => {
    const me = signedIn(ctx);
    const now = ctx.now();
    const row = existing(ctx, input.id);
    if (row.version !== input.version) throw staleVersion('The work order');
    const to = WORK_ORDER_WORKFLOW.next(row.state, action);
    if (to === null) throw invalidState(`Work order ${row.number} is ${row.state}; ${action} does not apply`, 'workOrders.notNow');
    if (OWN_STEPS.has(action) && !isTechnicianOn(ctx.db, row.id, me.id)) {
      throw new DomainError('forbidden', `You are not a technician of work order ${row.number}`, 'workOrders.notYours');
    }
    const before = toWorkOrder(ctx.db, row, now);
    const result = change(row, me.id, now);
    if (!updateVersionedRow(ctx.db, TABLE, row.id, input.version, { ...result.columns, state: to }, now)) throw staleVersion('The work order');
    let order = toWorkOrder(ctx.db, existing(ctx, row.id), now);
    const more = result.after?.(order);
    journal(ctx, order, action, me.id, { ...result.details, ...more });
    order = toWorkOrder(ctx.db, existing(ctx, row.id), now);
    ctx.audit({ entity: 'work_order', entityId: row.id, before: audited(before), after: audited(order) });
    return order;
  });
}

function checkMoment(field: string, at: number, now: number, notBefore: { at: number | null; key: string }): number {
  if (at > now + CLOCK_SLACK_MS) throw fieldInvalid(field, 'validation.inFuture', `${field} cannot be later than now`);
  if (notBefore.at !== null && at < notBefore.at) throw fieldInvalid(field, notBefore.key, `${field} is too early`);
  return at;
}

const dayAt = (row: Pick<WorkOrderRow, 'created_at'>, expectedAt: number | null, dueAt: number | null) => expectedAt ?? dueAt ?? row.created_at;

export const workOrdersHandlers = {
  'workOrders.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const request = findFaultReport(ctx, input.requestId);
      if (!request) throw fieldInvalid('requestId', 'validation.unknownRequest', `Request ${input.requestId} does not exist`);
      if (request.kind !== 'fault') throw fieldInvalid('requestId', 'workOrders.notFaultReport', `${request.number} is not a fault report`);
      if (request.state === 'closed' || request.state === 'cancelled') {
        throw fieldInvalid('requestId', 'workOrders.requestFinished', `${request.number} is ${request.state}`);
      }
      const technicianIds = checkTechnicians(ctx, input.technicianIds);
      const plannedParts = checkPlannedParts(ctx, input.plannedParts ?? []);
      const siteId =
        request.equipmentId === null ? null : ((ctx.db.prepare('SELECT site_id FROM equipment WHERE id = ?').pluck().get(request.equipmentId) as number | null | undefined) ?? null);
      const fault = request.fault ?? {};
      return insertWorkOrder(
        ctx,
        {
          kind: 'repair',
          requestId: request.id,
          planId: null,
          customerId: request.customerId,
          siteId,
          equipmentId: request.equipmentId,
          cause: input.cause ?? '',
          nature: input.nature ?? fault.nature ?? '',
          category: input.category ?? fault.category ?? '',
          location: input.location ?? fault.location ?? '',
          description: input.description ?? (request.description.trim() || request.subject),
          tools: input.tools ?? '',
          expectedAt: input.expectedAt ?? null,
          dueAt: request.onSiteBy,
          technicianIds,
          plannedParts,
          dispatched: false,
        },
        me.id,
      );
    }),

  'workOrders.update': (ctx, input) =>
    takeStep(ctx, input, 'update', (row) => {
      if (input.technicianIds) replaceTechnicians(ctx.db, row.id, checkTechnicians(ctx, input.technicianIds));
      if (input.plannedParts) replacePlannedParts(ctx.db, row.id, checkPlannedParts(ctx, input.plannedParts));
      const expectedAt = input.expectedAt === undefined ? row.expected_at : input.expectedAt;
      const columns = {
        cause: input.cause,
        nature: input.nature,
        category: input.category,
        location: input.location,
        description: input.description,
        tools: input.tools,
        expected_at: expectedAt,
        day_at: dayAt(row, expectedAt, row.due_at),
      };
      const changed = Object.keys(input).filter((key) => key !== 'id' && key !== 'version');
      return { columns, details: { changed } };
    }),

  'workOrders.dispatch': (ctx, input) =>
    takeStep(ctx, input, 'dispatch', (row, userId, now) => {
      // An inspection made with no maintainer to send it to waits as a draft until the dispatcher names someone.
      if (!techniciansOf(ctx.db, [row.id]).has(row.id)) throw fieldInvalid('technicianIds', 'workOrders.noTechnician', `Nobody is on ${row.number} yet`);
      return {
      columns: { dispatched_by: userId, dispatched_at: now },
      after: (order) => ({ technicians: order.technicians.map((person) => person.name), expectedAt: order.expectedAt }),
      };
    }),

  'workOrders.arrive': (ctx, input) =>
    takeStep(ctx, input, 'arrive', (row, _userId, now) => {
      const received = row.request_id === null ? null : (findFaultReport(ctx, row.request_id)?.receivedAt ?? null);
      const at = checkMoment('at', input.at ?? now, now, { at: received, key: 'validation.beforeReceived' });
      return {
        columns: { arrived_at: at },
        details: { at, ...(row.due_at !== null && at > row.due_at && { late: true }) },
        // The request's on-site time, when it has none: its deadlines move on as for requests.recordArrival.
        after: () => (row.request_id !== null && arrivalFromWorkOrder(ctx, row.request_id, at) ? { requestArrival: true } : undefined),
      };
    }),

  'workOrders.recordParts': (ctx, input) =>
    takeStep(ctx, input, 'recordParts', (row, userId, now) => ({ details: { parts: recordParts(ctx, row, input.lines, userId, now) } })),

  'workOrders.complete': (ctx, input) =>
    takeStep(ctx, input, 'complete', (row, userId, now) => {
      const at = checkMoment('completedAt', input.completedAt ?? now, now, { at: row.arrived_at, key: 'workOrders.beforeArrival' });
      return {
        columns: { completed_at: at, measures: input.measures, outcome: input.outcome, conduct: JSON.stringify(input.conduct) },
        details: { outcome: input.outcome, completedAt: at },
        // A solved visit solves the request: its solved time, and on to the customer's confirmation where its
        // lifecycle allows `resolve` (see solvedFromWorkOrder). Other outcomes leave the request as it is.
        after: () => {
          if (input.outcome !== 'solved' || row.request_id === null) return;
          const moved = solvedFromWorkOrder(ctx, row.request_id, at, userId);
          return moved === null ? { requestSolved: true } : { requestSolved: true, requestState: moved };
        },
      };
    }),

  'workOrders.signOff': (ctx, input) =>
    takeStep(ctx, input, 'signOff', (row, _userId, now) => {
      const at = checkMoment('signedAt', input.signedAt ?? now, now, { at: row.completed_at, key: 'workOrders.beforeCompletion' });
      return {
        columns: { signed_name: input.signedName, signed_at: at, signature: input.signature ?? null },
        details: { signedName: input.signedName, signedAt: at, signature: input.signature !== undefined },
      };
    }),

  'workOrders.cancel': (ctx, input) =>
    takeStep(ctx, input, 'cancel', () => ({ columns: { cancel_reason: input.reason }, details: { reason: input.reason } })),

  'workOrders.get': (ctx, input) => toWorkOrder(ctx.db, existing(ctx, input.id), ctx.now()),
  'workOrders.forRequest': (ctx, input) => forRequest(ctx.db, input.requestId, ctx.now()),
  'workOrders.mine': (ctx) => mine(ctx.db, signedIn(ctx).id, ctx.now()),
  'workOrders.board': (ctx, input) => board(ctx.db, input, ctx.now()),
} satisfies HandlersOf<typeof workOrdersApi>;
