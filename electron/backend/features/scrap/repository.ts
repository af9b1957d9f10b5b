// Scrap records as stored: the record, what it scraps (a stock part and quantity, or a customer's unit), where it came
// from (a replacement notice or a work order, read by their numbers), and the appraisal group's members.
import { sql, type Db } from '../../db/connection';
import type { Appraiser, ScrapRecord, ScrapSummary } from '../../../../shared/api/scrap';
import type { ScrapState } from '../../../../shared/scrap/workflow';
import { MILLI, milliText } from '../../../../shared/parts/quantity';
import { decodeListCursor, keysetPage } from '../../lib/keyset';

export interface ScrapRow {
  id: number;
  number: string;
  state: ScrapState;
  source_kind: 'replacement_notice' | 'work_order' | null;
  source_id: number | null;
  item_kind: 'stock_part' | 'customer_unit';
  part_id: number | null;
  quantity: number | null;
  equipment_id: number | null;
  customer_id: number | null;
  serial: string;
  item_description: string;
  reason: ScrapRecord['reason'];
  reason_text: string;
  organised_by: number | null;
  appraisal_started_at: number | null;
  conclusion: ScrapRecord['conclusion'];
  opinion: string;
  proposed_method: ScrapRecord['proposedMethod'];
  concluded_at: number | null;
  decided_by: number | null;
  decided_at: number | null;
  approved_method: ScrapRecord['approvedMethod'];
  rejection_reason: string;
  disposed_by: number | null;
  disposed_at: number | null;
  disposal_note: string;
  scrap_movement_id: number | null;
  created_by: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

/** A row with what its page and list show by name: the part, the unit and its customer, the source's number. */
interface ScrapViewRow extends ScrapRow {
  part_code: string | null;
  part_name: string | null;
  unit: string | null;
  model: string | null;
  equipment_serial: string | null;
  customer_name: string | null;
  source_number: string | null;
}

const VIEW_COLUMNS = `r.*, p.code AS part_code, p.name AS part_name, p.unit, m.model, e.serial_number AS equipment_serial,
  c.name AS customer_name,
  CASE r.source_kind
    WHEN 'replacement_notice' THEN (SELECT number FROM replacement_notices WHERE id = r.source_id)
    WHEN 'work_order' THEN (SELECT number FROM work_orders WHERE id = r.source_id)
  END AS source_number`;
const VIEW_JOINS = `LEFT JOIN parts p ON p.id = r.part_id
  LEFT JOIN equipment e ON e.id = r.equipment_id LEFT JOIN product_models m ON m.id = e.model_id
  LEFT JOIN customers c ON c.id = r.customer_id`;

export function findScrapRow(db: Db, id: number): ScrapRow | null {
  return (sql(db, 'SELECT * FROM scrap_records WHERE id = ?').get(id) as ScrapRow | undefined) ?? null;
}

/** The number of a notice or work order a record names as its source, or null when there is none with that id. */
export function sourceNumber(db: Db, kind: 'replacement_notice' | 'work_order', id: number): string | null {
  const table = kind === 'replacement_notice' ? 'replacement_notices' : 'work_orders';
  return (sql(db, `SELECT number FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined) ?? null;
}

export function appraisersOf(db: Db, recordId: number): Appraiser[] {
  return (
    sql(db, 'SELECT user_id, name, title FROM scrap_appraisers WHERE scrap_record_id = ? ORDER BY position').all(recordId) as Array<{
      user_id: number | null;
      name: string;
      title: string;
    }>
  ).map((row) => ({ userId: row.user_id, name: row.name, title: row.title }));
}

export function replaceAppraisers(db: Db, recordId: number, appraisers: readonly Appraiser[]): void {
  sql(db, 'DELETE FROM scrap_appraisers WHERE scrap_record_id = ?').run(recordId);
  const insert = sql(db, 'INSERT INTO scrap_appraisers (scrap_record_id, position, user_id, name, title) VALUES (?, ?, ?, ?, ?)');
  appraisers.forEach((member, position) => insert.run(recordId, position, member.userId, member.name, member.title));
}

function itemLabel(row: ScrapViewRow): string {
  if (row.item_kind === 'stock_part') return `${row.part_code ?? ''} ${row.part_name ?? ''} × ${milliText(row.quantity ?? 0)} ${row.unit ?? ''}`.trim();
  return [row.model, row.serial || row.equipment_serial].filter((part) => part).join(' · ');
}

function toSummary(row: ScrapViewRow): ScrapSummary {
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    itemKind: row.item_kind,
    itemLabel: itemLabel(row),
    reason: row.reason,
    source: row.source_kind && row.source_id !== null ? { kind: row.source_kind, id: row.source_id, number: row.source_number ?? '' } : null,
    createdAt: row.created_at,
  };
}

function userName(db: Db, id: number | null): string | null {
  if (id === null) return null;
  return (sql(db, 'SELECT display_name FROM users WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

/** The record as its page shows it, or null. */
export function scrapRecord(db: Db, id: number): ScrapRecord | null {
  const row = sql(db, `SELECT ${VIEW_COLUMNS} FROM scrap_records r ${VIEW_JOINS} WHERE r.id = ?`).get(id) as ScrapViewRow | undefined;
  if (!row) return null;
  return {
    ...toSummary(row),
    partId: row.part_id,
    partCode: row.part_code,
    partName: row.part_name,
    unit: row.unit,
    quantity: row.quantity === null ? null : row.quantity / MILLI,
    equipmentId: row.equipment_id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    serial: row.serial,
    itemDescription: row.item_description,
    reasonText: row.reason_text,
    organisedByName: userName(db, row.organised_by),
    appraisalStartedAt: row.appraisal_started_at,
    appraisers: appraisersOf(db, row.id),
    conclusion: row.conclusion,
    opinion: row.opinion,
    proposedMethod: row.proposed_method,
    concludedAt: row.concluded_at,
    decidedByName: userName(db, row.decided_by),
    decidedAt: row.decided_at,
    approvedMethod: row.approved_method,
    rejectionReason: row.rejection_reason,
    disposedByName: userName(db, row.disposed_by),
    disposedAt: row.disposed_at,
    disposalNote: row.disposal_note,
    scrapMovementId: row.scrap_movement_id,
    createdByName: userName(db, row.created_by),
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** Newest first, by state or unit (each by its index) or all (the primary key), `limit` after the cursor. */
export function listScrap(
  db: Db,
  filter: { state?: ScrapState | undefined; equipmentId?: number | undefined },
  after: string | undefined,
  limit: number,
): { items: ScrapSummary[]; nextCursor: string | null } {
  const cursor = decodeListCursor(after);
  const index =
    filter.equipmentId !== undefined ? ' INDEXED BY scrap_records_by_equipment' : filter.state !== undefined ? ' INDEXED BY scrap_records_by_state' : '';
  const rows = sql(
    db,
    `SELECT ${VIEW_COLUMNS} FROM scrap_records r${index} ${VIEW_JOINS}
     WHERE r.id < @before
       ${filter.state === undefined ? '' : 'AND r.state = @state'}
       ${filter.equipmentId === undefined ? '' : 'AND r.equipment_id = @equipmentId'}
     ORDER BY r.id DESC LIMIT @limit`,
  ).all({ before: cursor?.id ?? Number.MAX_SAFE_INTEGER, state: filter.state ?? null, equipmentId: filter.equipmentId ?? null, limit: limit + 1 }) as ScrapViewRow[];
  return keysetPage(rows.map(toSummary), limit, () => 0);
}
