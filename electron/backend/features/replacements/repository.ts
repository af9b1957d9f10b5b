// Replacement notices as stored: the notice with the names its page and lists show (customer, unit, spare, work order,
// request, scrap record), and the lists: newest first (by state or unit), or the open ones oldest first with their age
// and where the faulty unit is.
import { sql, type Db } from '../../db/connection';
import type { Replacement, ReplacementSummary } from '../../../../shared/api/replacements';
import { whereTheUnitIs, type ReplacementState } from '../../../../shared/replacements/workflow';
import { MILLI } from '../../../../shared/parts/quantity';
import { decodeListCursor, keysetPage } from '../../lib/keyset';

export interface NoticeRow {
  id: number;
  number: string;
  state: ReplacementState;
  work_order_id: number | null;
  request_id: number | null;
  customer_id: number | null;
  equipment_id: number | null;
  faulty_serial: string;
  reason: string;
  spare_part_id: number;
  spare_serial: string;
  spare_quantity: number;
  loan_movement_id: number;
  installed_at: number;
  sent_at: number | null;
  factory: string;
  test_result: string;
  tester: string;
  tested_on: string | null;
  reinstalled_at: number | null;
  loan_back_movement_id: number | null;
  recovered_at: number | null;
  repair_failed_at: number | null;
  failure_reason: string;
  scrap_record_id: number | null;
  formal_replacement: string;
  formally_replaced_at: number | null;
  closed_at: number | null;
  remarks: string;
  created_by: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

interface SummaryRow extends NoticeRow {
  customer_name: string | null;
  model: string | null;
  equipment_serial: string | null;
  spare_code: string;
  spare_name: string;
  spare_unit: string;
  work_order_number: string | null;
}

interface PageRow extends SummaryRow {
  request_number: string | null;
  scrap_number: string | null;
  scrap_state: string | null;
  created_by_name: string | null;
}

const SUMMARY_COLUMNS = `n.*, c.name AS customer_name, m.model, e.serial_number AS equipment_serial,
  p.code AS spare_code, p.name AS spare_name, p.unit AS spare_unit, w.number AS work_order_number`;
const SUMMARY_JOINS = `JOIN parts p ON p.id = n.spare_part_id
  LEFT JOIN customers c ON c.id = n.customer_id
  LEFT JOIN equipment e ON e.id = n.equipment_id LEFT JOIN product_models m ON m.id = e.model_id
  LEFT JOIN work_orders w ON w.id = n.work_order_id`;

const DAY = 86_400_000;
const OPEN_STATES = `n.state NOT IN ('recovered', 'closed')`;

export function findNoticeRow(db: Db, id: number): NoticeRow | null {
  return (sql(db, 'SELECT * FROM replacement_notices WHERE id = ?').get(id) as NoticeRow | undefined) ?? null;
}

/** The id the next notice gets: its loan-out movement names it before the row exists (inside the one write). */
export function nextNoticeId(db: Db): number {
  return (sql(db, 'SELECT coalesce(max(id), 0) + 1 FROM replacement_notices').pluck().get() as number) ?? 1;
}

/** When the notice settled (recovered or closed), or null while it is open. */
function settledAt(row: NoticeRow): number | null {
  return row.state === 'recovered' ? row.recovered_at : row.state === 'closed' ? row.closed_at : null;
}

function toSummary(row: SummaryRow, now: number): ReplacementSummary {
  const end = settledAt(row) ?? now;
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    customerId: row.customer_id,
    customerName: row.customer_name,
    equipmentId: row.equipment_id,
    equipmentLabel: row.equipment_id === null ? null : [row.model, row.equipment_serial].filter((part) => part).join(' · '),
    faultySerial: row.faulty_serial,
    sparePartId: row.spare_part_id,
    spareCode: row.spare_code,
    spareName: row.spare_name,
    spareSerial: row.spare_serial,
    installedAt: row.installed_at,
    ageDays: Math.max(0, Math.floor((end - row.installed_at) / DAY)),
    where: whereTheUnitIs(row.state),
    workOrderId: row.work_order_id,
    workOrderNumber: row.work_order_number,
  };
}

/** The notice as its page shows it, or null. */
export function replacementNotice(db: Db, id: number, now: number): Replacement | null {
  const row = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS}, q.number AS request_number, s.number AS scrap_number, s.state AS scrap_state, u.display_name AS created_by_name
     FROM replacement_notices n ${SUMMARY_JOINS}
       LEFT JOIN requests q ON q.id = n.request_id
       LEFT JOIN scrap_records s ON s.id = n.scrap_record_id
       LEFT JOIN users u ON u.id = n.created_by
     WHERE n.id = ?`,
  ).get(id) as PageRow | undefined;
  if (!row) return null;
  return {
    ...toSummary(row, now),
    requestId: row.request_id,
    requestNumber: row.request_number,
    reason: row.reason,
    spareQuantity: row.spare_quantity / MILLI,
    spareUnit: row.spare_unit,
    loanMovementId: row.loan_movement_id,
    sentAt: row.sent_at,
    factory: row.factory,
    testResult: row.test_result,
    tester: row.tester,
    testedOn: row.tested_on,
    reinstalledAt: row.reinstalled_at,
    loanBackMovementId: row.loan_back_movement_id,
    recoveredAt: row.recovered_at,
    repairFailedAt: row.repair_failed_at,
    failureReason: row.failure_reason,
    scrapRecord: row.scrap_record_id === null ? null : { id: row.scrap_record_id, number: row.scrap_number ?? '', state: row.scrap_state ?? '' },
    formalReplacement: row.formal_replacement,
    formallyReplacedAt: row.formally_replaced_at,
    closedAt: row.closed_at,
    remarks: row.remarks,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export interface NoticeFilter {
  state?: ReplacementState | undefined;
  openOnly?: boolean | undefined;
  equipmentId?: number | undefined;
}

/**
 * A page of notices. Open only: oldest installed first by (installed_at, id) on the open notices' partial index, the
 * cursor's key the installation time. Otherwise newest first by id, on the unit's or the state's index when given.
 */
export function listNotices(db: Db, filter: NoticeFilter, after: string | undefined, limit: number, now: number): { items: ReplacementSummary[]; nextCursor: string | null } {
  const cursor = decodeListCursor(after);
  const conditions: string[] = [];
  if (filter.state !== undefined) conditions.push('n.state = @state');
  if (filter.equipmentId !== undefined) conditions.push('n.equipment_id = @equipmentId');
  let index: string;
  let order: string;
  if (filter.openOnly) {
    conditions.push(OPEN_STATES, '(n.installed_at, n.id) > (@afterKey, @afterId)');
    index = filter.equipmentId !== undefined ? 'replacement_notices_by_equipment' : 'replacement_notices_open';
    order = 'n.installed_at, n.id';
  } else {
    conditions.push('n.id < @beforeId');
    index = filter.equipmentId !== undefined ? 'replacement_notices_by_equipment' : filter.state !== undefined ? 'replacement_notices_by_state' : '';
    order = 'n.id DESC';
  }
  if (index === 'replacement_notices_by_equipment') conditions.push('n.equipment_id IS NOT NULL');
  const rows = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM replacement_notices n${index ? ` INDEXED BY ${index}` : ''} ${SUMMARY_JOINS}
     WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT @limit`,
  ).all({
    state: filter.state ?? null,
    equipmentId: filter.equipmentId ?? null,
    afterKey: cursor?.key ?? -1,
    afterId: cursor?.id ?? 0,
    beforeId: cursor?.id ?? Number.MAX_SAFE_INTEGER,
    limit: limit + 1,
  }) as SummaryRow[];
  return keysetPage(
    rows.map((row) => toSummary(row, now)),
    limit,
    (last) => (filter.openOnly ? last.installedAt : 0),
  );
}
