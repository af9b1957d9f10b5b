// Scrap records (报废品处理记录): drafted by a clerk (or opened by a replacement notice whose factory repair failed),
// appraised by a group of at least two the clerk organises, concluded (scrap / keep, the disposal proposed), approved or
// rejected by a department manager, then carried out: a stock part concluded scrap leaves stock by a scrap movement, a
// customer's unit concluded scrap becomes scrapped in the archive; a "keep" disposes of nothing. Every step names the
// version it read, is refused where shared/scrap/workflow.ts does not allow it, and writes its audit row.
import type { ScrapRecord, scrapApi } from '../../../../shared/api/scrap';
import { SCRAP_WORKFLOW, type ScrapAction, type ScrapState } from '../../../../shared/scrap/workflow';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { sql } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import { fieldInvalid, invalidState, notFound, staleVersion } from '../../lib/errors';
import { setEquipmentLifecycle } from '../equipment';
import { auditMovement, postMovement } from '../stock';
import { auditedScrap, checkPartQuantity, openScrapRecord, scrapTimelineEvent } from './records';
import { findScrapRow, listScrap, replaceAppraisers, scrapRecord, type ScrapRow } from './repository';

const TABLE = 'scrap_records';

function existing(ctx: HandlerContext, id: number): ScrapRow {
  const row = findScrapRow(ctx.db, id);
  if (!row) throw notFound('Scrap record', id);
  return row;
}

/**
 * Takes a step: the state it leads to (refused where it does not apply), what it does and the columns it sets, saved
 * with the version read (a stale one is a conflict), the audit row and the unit's timeline event.
 */
function takeStep(
  ctx: HandlerContext,
  input: { id: number; version: number },
  action: ScrapAction,
  event: string | null,
  change: (row: ScrapRow, userId: number, now: number) => Record<string, unknown>,
): ScrapRecord {
  return ctx.write(() => {
    const me = signedIn(ctx);
    const now = ctx.now();
    const row = existing(ctx, input.id);
    if (row.version !== input.version) throw staleVersion('The scrap record');
    const to: ScrapState | null = SCRAP_WORKFLOW.next(row.state, action);
    if (to === null) throw invalidState(`Scrap record ${row.number} is ${row.state}; ${action} does not apply`, 'scrap.notNow');
    const before = auditedScrap(scrapRecord(ctx.db, row.id)!);
    const columns = { state: to, ...change(row, me.id, now) };
    if (!updateVersionedRow(ctx.db, TABLE, row.id, input.version, columns, now)) throw staleVersion('The scrap record');
    const record = scrapRecord(ctx.db, row.id)!;
    ctx.audit({ entity: 'scrap_record', entityId: row.id, before, after: auditedScrap(record) });
    if (event) scrapTimelineEvent(ctx, record, event, me.id, now, { state: record.state });
    return record;
  });
}

/** Members named by account must be active users; their name is the one typed (the form fills it from the account). */
function checkAppraisers(ctx: HandlerContext, appraisers: ReadonlyArray<{ userId?: number | undefined }>): void {
  appraisers.forEach((member, index) => {
    if (member.userId === undefined) return;
    const active = sql(ctx.db, 'SELECT active FROM users WHERE id = ?').pluck().get(member.userId) as number | undefined;
    if (active === undefined) throw fieldInvalid(`appraisers.${index}.userId`, 'validation.unknownOwner', `User ${member.userId} does not exist`);
    if (active !== 1) throw fieldInvalid(`appraisers.${index}.userId`, 'validation.ownerInactive', `User ${member.userId} is not active`);
  });
}

/** Carrying out the approved disposal: what leaves stock or the customer's archive, by the conclusion. */
function dispose(ctx: HandlerContext, row: ScrapRow, userId: number, now: number): { scrap_movement_id?: number } {
  if (row.conclusion !== 'scrap') return {};
  if (row.item_kind === 'customer_unit') {
    setEquipmentLifecycle(ctx, row.equipment_id!, 'scrapped', now);
    return {};
  }
  const movement = postMovement(
    ctx.db,
    { partId: row.part_id!, kind: 'scrap', quantity: -row.quantity!, source: { kind: 'scrap_record', id: row.id, number: row.number }, reason: row.number },
    userId,
    now,
  );
  auditMovement(ctx, movement);
  return { scrap_movement_id: movement.id };
}

export const scrapHandlers = {
  'scrap.create': (ctx, input) => ctx.write(() => openScrapRecord(ctx, input, signedIn(ctx).id, ctx.now())),

  'scrap.update': (ctx, input) =>
    takeStep(ctx, input, 'update', null, (row) => {
      if (input.quantity !== undefined) {
        if (row.item_kind !== 'stock_part') throw fieldInvalid('quantity', 'scrap.quantityOfPart', "A customer's unit has no quantity");
        checkPartQuantity(ctx, row.part_id!, input.quantity);
      }
      return { quantity: input.quantity, serial: input.serial, item_description: input.itemDescription, reason: input.reason, reason_text: input.reasonText };
    }),

  'scrap.startAppraisal': (ctx, input) =>
    takeStep(ctx, input, 'startAppraisal', 'appraisalStarted', (row, userId, now) => {
      checkAppraisers(ctx, input.appraisers);
      replaceAppraisers(ctx.db, row.id, input.appraisers.map((member) => ({ userId: member.userId ?? null, name: member.name, title: member.title ?? '' })));
      return { organised_by: userId, appraisal_started_at: now };
    }),

  'scrap.conclude': (ctx, input) =>
    takeStep(ctx, input, 'conclude', 'concluded', (_row, _userId, now) => ({
      conclusion: input.conclusion,
      opinion: input.opinion ?? '',
      proposed_method: input.proposedMethod,
      concluded_at: now,
    })),

  'scrap.approve': (ctx, input) =>
    takeStep(ctx, input, 'approve', 'approved', (row, userId, now) => ({
      decided_by: userId,
      decided_at: now,
      approved_method: input.approvedMethod ?? row.proposed_method,
    })),

  'scrap.reject': (ctx, input) =>
    takeStep(ctx, input, 'reject', 'rejected', (_row, userId, now) => ({ decided_by: userId, decided_at: now, rejection_reason: input.reason })),

  'scrap.dispose': (ctx, input) =>
    takeStep(ctx, input, 'dispose', 'disposed', (row, userId, now) => {
      // The stock moves now (the ledger runs in time order); the record keeps when the disposal was done.
      return { ...dispose(ctx, row, userId, now), disposed_by: userId, disposed_at: input.disposedAt ?? now, disposal_note: input.note ?? '' };
    }),

  'scrap.get': (ctx, input) => {
    const record = scrapRecord(ctx.db, input.id);
    if (!record) throw notFound('Scrap record', input.id);
    return record;
  },
  'scrap.list': (ctx, input) => listScrap(ctx.db, input, input.after, input.limit ?? 50),
} satisfies HandlersOf<typeof scrapApi>;
