// Opening a scrap record: checked (a stock part with a quantity its unit allows, or a customer's unit; the notice or work
// order it came from exists), numbered BF-YYYYMMDD-NNNN, on the unit's timeline, audited. The clerk's scrap.create and a
// replacement notice whose factory repair failed both open records here, inside their own write.
import type { ScrapItemKind, ScrapReason, ScrapRecord, ScrapSourceKind } from '../../../../shared/api/scrap';
import { fitsDecimals } from '../../../../shared/parts/quantity';
import type { HandlerContext } from '../../context';
import { insertRow } from '../../db/versioned';
import { DomainError, fieldInvalid } from '../../lib/errors';
import { datedNumber } from '../../lib/numbers';
import { recordTimelineEvent } from '../../records/timeline';
import { findEquipment } from '../equipment';
import { findPartRow } from '../parts';
import { scrapRecord, sourceNumber } from './repository';

export interface NewScrapRecord {
  itemKind: ScrapItemKind;
  partId?: number | undefined;
  /** Thousandths of the part's unit. */
  quantity?: number | undefined;
  equipmentId?: number | undefined;
  serial?: string | undefined;
  itemDescription?: string | undefined;
  reason: ScrapReason;
  reasonText?: string | undefined;
  source?: { kind: ScrapSourceKind; id: number } | undefined;
}

/** What the audit log keeps of a record. */
export function auditedScrap(record: ScrapRecord) {
  return {
    number: record.number,
    state: record.state,
    itemKind: record.itemKind,
    ...(record.partId !== null && { partId: record.partId, quantity: record.quantity }),
    ...(record.equipmentId !== null && { equipmentId: record.equipmentId }),
    ...(record.serial !== '' && { serial: record.serial }),
    ...(record.itemDescription !== '' && { itemDescription: record.itemDescription }),
    reason: record.reason,
    ...(record.reasonText !== '' && { reasonText: record.reasonText }),
    ...(record.source && { source: record.source.number }),
    ...(record.appraisers.length > 0 && { appraisers: record.appraisers.map((member) => [member.name, member.title].filter((s) => s).join(' ')) }),
    ...(record.conclusion !== null && { conclusion: record.conclusion, proposedMethod: record.proposedMethod }),
    ...(record.opinion !== '' && { opinion: record.opinion }),
    ...(record.approvedMethod !== null && { approvedMethod: record.approvedMethod }),
    ...(record.rejectionReason !== '' && { rejectionReason: record.rejectionReason }),
    ...(record.disposalNote !== '' && { disposalNote: record.disposalNote }),
    ...(record.scrapMovementId !== null && { scrapMovementId: record.scrapMovementId }),
  };
}

/** A stock part's quantity as its unit counts it (个 whole, 米 two decimals…). */
export function checkPartQuantity(ctx: HandlerContext, partId: number, quantity: number): void {
  const part = findPartRow(ctx.db, partId);
  if (!part) throw fieldInvalid('partId', 'validation.unknownPart', `Part ${partId} does not exist`);
  if (!fitsDecimals(quantity, part.decimals)) {
    throw new DomainError('validation', `${part.code} is counted in ${part.unit} with at most ${part.decimals} decimals`, 'validation.quantity.unitDecimals', {
      fields: [{ path: 'quantity', key: 'validation.quantity.unitDecimals', params: { unit: part.unit, decimals: part.decimals } }],
    });
  }
}

/** The timeline event of a step on a customer's unit (a stock part is on no customer's timeline). */
export function scrapTimelineEvent(ctx: HandlerContext, record: ScrapRecord, what: string, userId: number, now: number, extra: Record<string, unknown> = {}): void {
  if (record.itemKind !== 'customer_unit' || record.customerId === null) return;
  recordTimelineEvent(ctx.db, {
    customerId: record.customerId,
    equipmentId: record.equipmentId,
    at: now,
    kind: `scrap.${what}`,
    actorId: userId,
    details: { recordId: record.id, number: record.number, item: record.itemLabel, serial: record.serial, reason: record.reason, ...extra },
  });
}

/** Opens a draft record inside the caller's write; refusals name the field. */
export function openScrapRecord(ctx: HandlerContext, input: NewScrapRecord, userId: number, now: number): ScrapRecord {
  let columns: Record<string, unknown>;
  if (input.itemKind === 'stock_part') {
    if (input.partId === undefined) throw fieldInvalid('partId', 'validation.required', 'A stock item names its part');
    if (input.quantity === undefined) throw fieldInvalid('quantity', 'validation.required', 'A stock item names its quantity');
    checkPartQuantity(ctx, input.partId, input.quantity);
    columns = { part_id: input.partId, quantity: input.quantity, serial: input.serial ?? '' };
  } else {
    if (input.equipmentId === undefined) throw fieldInvalid('equipmentId', 'validation.required', "A customer's unit names the equipment");
    const unit = findEquipment(ctx.db, input.equipmentId, '1970-01-01');
    if (!unit) throw fieldInvalid('equipmentId', 'validation.unknownEquipment', `Equipment ${input.equipmentId} does not exist`);
    if (unit.lifecycle === 'scrapped') throw fieldInvalid('equipmentId', 'scrap.unitScrapped', `Equipment ${unit.id} is scrapped already`);
    columns = { equipment_id: unit.id, customer_id: unit.customerId, serial: input.serial || unit.serialNumber };
  }
  if (input.source && sourceNumber(ctx.db, input.source.kind, input.source.id) === null) {
    throw fieldInvalid('source.id', 'scrap.unknownSource', `${input.source.kind} ${input.source.id} does not exist`);
  }
  const id = insertRow(ctx.db, 'scrap_records', {
    number: datedNumber(ctx.db, 'BF', now),
    state: 'draft',
    source_kind: input.source?.kind,
    source_id: input.source?.id,
    item_kind: input.itemKind,
    ...columns,
    item_description: input.itemDescription ?? '',
    reason: input.reason,
    reason_text: input.reasonText ?? '',
    created_by: userId,
    created_at: now,
    updated_at: now,
  });
  const record = scrapRecord(ctx.db, id)!;
  ctx.audit({ entity: 'scrap_record', entityId: id, after: auditedScrap(record) });
  scrapTimelineEvent(ctx, record, 'opened', userId, now, record.source ? { source: record.source.number } : {});
  return record;
}

