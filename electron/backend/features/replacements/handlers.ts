// Spare replacement notices (故障处理备品替换通知): a clerk lends a spare (a loan-out movement) installed in place of a
// faulty unit; the unit goes to the factory, comes back tested (测试合格) and is reinstalled, the spare returning to the
// store (a loan-back movement) before the notice is recovered (收回); or the repair fails, a scrap record of the unit is
// opened from the notice, the spare becomes the formal replacement (正式代替事项) and the notice closes. Every step
// names the version it read, is refused where shared/replacements/workflow.ts does not allow it, moves the unit's
// lifecycle where it goes, and leaves an audit row, a timeline event and the request's service-log line.
import type { Replacement, replacementsApi } from '../../../../shared/api/replacements';
import { REPLACEMENT_WORKFLOW, type ReplacementAction } from '../../../../shared/replacements/workflow';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { sql } from '../../db/connection';
import { insertRow, updateVersionedRow } from '../../db/versioned';
import { DomainError, fieldInvalid, notFound, staleVersion } from '../../lib/errors';
import { datedNumber } from '../../lib/numbers';
import { findEquipment, setEquipmentLifecycle } from '../equipment';
import { findPartRow } from '../parts';
import { openScrapRecord } from '../scrap';
import { auditMovement, notEnoughStock, postMovement } from '../stock';
import { findNoticeRow, listNotices, nextNoticeId, replacementNotice, type NoticeRow } from './repository';
import { auditedNotice, recordNoticeEvent, type NoticeEvent } from './steps';

const TABLE = 'replacement_notices';
const ONE_UNIT = 1000;

function existing(ctx: HandlerContext, id: number): NoticeRow {
  const row = findNoticeRow(ctx.db, id);
  if (!row) throw notFound('Replacement notice', id);
  return row;
}

interface WorkOrderRow {
  id: number;
  number: string;
  state: string;
  request_id: number | null;
  customer_id: number | null;
  equipment_id: number | null;
}

/** The work order a notice is lent from: one that is under way (not a draft, not cancelled). */
function workOrderOf(ctx: HandlerContext, id: number): WorkOrderRow {
  const row = sql(ctx.db, 'SELECT id, number, state, request_id, customer_id, equipment_id FROM work_orders WHERE id = ?').get(id) as WorkOrderRow | undefined;
  if (!row) throw fieldInvalid('workOrderId', 'replacements.unknownWorkOrder', `Work order ${id} does not exist`);
  if (row.state === 'draft' || row.state === 'cancelled') {
    throw new DomainError('invalid_state', `Work order ${row.number} is ${row.state}; no spare is lent on it`, 'replacements.workOrderNotActive', {
      fields: [{ path: 'workOrderId', key: 'replacements.workOrderNotActive' }],
    });
  }
  return row;
}

/** Taking more than is in the store names both fields of the form: the spare and its quantity. */
function checkStock(ctx: HandlerContext, partId: number, quantity: number): void {
  const part = findPartRow(ctx.db, partId);
  if (!part) throw fieldInvalid('sparePartId', 'validation.unknownPart', `Part ${partId} does not exist`);
  if (quantity <= part.on_hand) return;
  const refusal = notEnoughStock(part, quantity, 'quantity');
  const issue = refusal.details!.fields![0]!;
  throw new DomainError(refusal.code, refusal.message, refusal.reason, { ...refusal.details, fields: [{ ...issue, path: 'sparePartId' }, issue] });
}

/**
 * Takes a step: the state it leads to (refused where it does not apply), what it does and the columns it sets, saved
 * with the version read (a stale one is a conflict), then the audit row, the timeline event and the service-log line.
 */
function takeStep(
  ctx: HandlerContext,
  input: { id: number; version: number },
  action: ReplacementAction,
  event: NoticeEvent,
  change: (row: NoticeRow, userId: number, now: number) => Record<string, unknown>,
  extra: (notice: Replacement) => Record<string, unknown> = () => ({}),
): Replacement {
  return ctx.write(() => {
    const me = signedIn(ctx);
    const now = ctx.now();
    const row = existing(ctx, input.id);
    if (row.version !== input.version) throw staleVersion('The replacement notice');
    const to = REPLACEMENT_WORKFLOW.next(row.state, action);
    if (to === null) throw new DomainError('invalid_state', `Replacement notice ${row.number} is ${row.state}; ${action} does not apply`, 'replacements.notNow');
    const before = auditedNotice(replacementNotice(ctx.db, row.id, now)!);
    const columns = { state: to, ...change(row, me.id, now) };
    if (!updateVersionedRow(ctx.db, TABLE, row.id, input.version, columns, now)) throw staleVersion('The replacement notice');
    const notice = replacementNotice(ctx.db, row.id, now)!;
    ctx.audit({ entity: 'replacement_notice', entityId: row.id, before, after: auditedNotice(notice) });
    recordNoticeEvent(ctx, notice, event, me.id, now, extra(notice));
    return notice;
  });
}

const withRemarks = (row: NoticeRow, remarks: string | undefined) => (remarks ? { remarks: row.remarks ? `${row.remarks}\n${remarks}` : remarks } : {});

export const replacementsHandlers = {
  'replacements.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const workOrder = input.workOrderId === undefined ? null : workOrderOf(ctx, input.workOrderId);
      const equipmentId = input.equipmentId ?? workOrder?.equipment_id ?? null;
      const unit = equipmentId === null ? null : findEquipment(ctx.db, equipmentId, '1970-01-01');
      if (equipmentId !== null && !unit) throw fieldInvalid('equipmentId', 'validation.unknownEquipment', `Equipment ${equipmentId} does not exist`);
      if (unit && workOrder?.customer_id != null && unit.customerId !== workOrder.customer_id) {
        throw fieldInvalid('equipmentId', 'validation.unknownEquipment', `Equipment ${unit.id} is not the work order's customer's`);
      }
      if (unit && (unit.lifecycle === 'scrapped' || unit.lifecycle === 'replaced')) {
        throw fieldInvalid('equipmentId', 'replacements.unitRetired', `Equipment ${unit.id} is ${unit.lifecycle}`);
      }
      const faultySerial = input.faultySerial || unit?.serialNumber || '';
      if (faultySerial === '') throw fieldInvalid('faultySerial', 'validation.required', 'Name the faulty unit: its equipment or its serial');
      const quantity = input.quantity ?? ONE_UNIT;
      checkStock(ctx, input.sparePartId, quantity);
      const id = nextNoticeId(ctx.db);
      const number = datedNumber(ctx.db, 'TH', now);
      const movement = postMovement(
        ctx.db,
        { partId: input.sparePartId, kind: 'loan_out', quantity: -quantity, source: { kind: 'replacement_notice', id, number }, reason: number, field: 'quantity' },
        me.id,
        now,
      );
      auditMovement(ctx, movement);
      insertRow(ctx.db, TABLE, {
        id,
        number,
        state: 'spare_installed',
        work_order_id: workOrder?.id,
        request_id: workOrder?.request_id ?? undefined,
        customer_id: unit?.customerId ?? workOrder?.customer_id ?? undefined,
        equipment_id: unit?.id,
        faulty_serial: faultySerial,
        reason: input.reason,
        spare_part_id: input.sparePartId,
        spare_serial: input.spareSerial ?? '',
        spare_quantity: quantity,
        loan_movement_id: movement.id,
        installed_at: input.installedAt ?? now,
        created_by: me.id,
        created_at: now,
        updated_at: now,
      });
      const notice = replacementNotice(ctx.db, id, now)!;
      ctx.audit({ entity: 'replacement_notice', entityId: id, after: auditedNotice(notice) });
      recordNoticeEvent(ctx, notice, 'lent', me.id, now, { reason: notice.reason });
      return notice;
    }),

  'replacements.sendToFactory': (ctx, input) =>
    takeStep(
      ctx,
      input,
      'sendToFactory',
      'sentToFactory',
      (row, _userId, now) => {
        if (row.equipment_id !== null) setEquipmentLifecycle(ctx, row.equipment_id, 'at_factory', now);
        return { factory: input.factory ?? '', sent_at: input.sentAt ?? now };
      },
      (notice) => ({ factory: notice.factory }),
    ),

  'replacements.passTest': (ctx, input) =>
    takeStep(
      ctx,
      input,
      'passTest',
      'tested',
      () => ({ test_result: input.result, tester: input.tester, tested_on: input.testedOn }),
      (notice) => ({ result: notice.testResult, tester: notice.tester, testedOn: notice.testedOn }),
    ),

  'replacements.reinstall': (ctx, input) =>
    takeStep(ctx, input, 'reinstall', 'reinstalled', (row, userId, now) => {
      const movement = postMovement(
        ctx.db,
        { partId: row.spare_part_id, kind: 'loan_back', quantity: row.spare_quantity, source: { kind: 'replacement_notice', id: row.id, number: row.number }, reason: row.number },
        userId,
        now,
      );
      auditMovement(ctx, movement);
      if (row.equipment_id !== null) setEquipmentLifecycle(ctx, row.equipment_id, 'in_service', now);
      return { reinstalled_at: input.reinstalledAt ?? now, loan_back_movement_id: movement.id };
    }),

  'replacements.recover': (ctx, input) =>
    takeStep(ctx, input, 'recover', 'recovered', (row, _userId, now) => ({ recovered_at: now, ...withRemarks(row, input.remarks) })),

  'replacements.failRepair': (ctx, input) =>
    takeStep(
      ctx,
      input,
      'failRepair',
      'repairFailed',
      (row, userId, now) => {
        // The faulty unit is what is appraised for scrap: the customer's equipment, or (none recorded) its serial alone
        // cannot be, so a notice without equipment opens none and says so.
        if (row.equipment_id === null) throw fieldInvalid('id', 'replacements.noUnitToScrap', `Notice ${row.number} names no equipment to scrap`);
        const record = openScrapRecord(
          ctx,
          {
            itemKind: 'customer_unit',
            equipmentId: row.equipment_id,
            serial: row.faulty_serial,
            reason: input.scrapReason ?? 'repair_ineffective',
            reasonText: input.reason,
            source: { kind: 'replacement_notice', id: row.id },
          },
          userId,
          now,
        );
        return { repair_failed_at: now, failure_reason: input.reason, scrap_record_id: record.id };
      },
      (notice) => ({ reason: notice.failureReason, scrapRecord: notice.scrapRecord?.number }),
    ),

  'replacements.formallyReplace': (ctx, input) =>
    takeStep(
      ctx,
      input,
      'formallyReplace',
      'formallyReplaced',
      (row, _userId, now) => {
        // A unit its scrap record disposed of already stays scrapped: the spare replaces it all the same.
        const unit = row.equipment_id === null ? null : findEquipment(ctx.db, row.equipment_id, '1970-01-01');
        if (unit && unit.lifecycle !== 'scrapped') setEquipmentLifecycle(ctx, unit.id, 'replaced', now);
        return { formal_replacement: input.text, formally_replaced_at: now };
      },
      (notice) => ({ text: notice.formalReplacement }),
    ),

  'replacements.close': (ctx, input) =>
    takeStep(ctx, input, 'close', 'closed', (row, _userId, now) => ({ closed_at: now, ...withRemarks(row, input.remarks) })),

  'replacements.get': (ctx, input) => {
    const notice = replacementNotice(ctx.db, input.id, ctx.now());
    if (!notice) throw notFound('Replacement notice', input.id);
    return notice;
  },
  'replacements.list': (ctx, input) => listNotices(ctx.db, input, input.after, input.limit ?? 50, ctx.now()),
} satisfies HandlersOf<typeof replacementsApi>;
