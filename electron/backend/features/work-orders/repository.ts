// Work orders in the database: rows in, work orders and list rows out. A work order's parts used and returned are not
// kept here but read from the ledger by source (stock_movements_by_source); its technicians carry the work order's
// open flag and day (the triggers of migration 013), so a technician's list reads one index.
import { sql, type Db } from '../../db/connection';
import { MILLI } from '../../../../shared/parts/quantity';
import type {
  ConductChecklist,
  PlannedPart,
  WorkOrder,
  WorkOrderKind,
  WorkOrderOutcome,
  WorkOrderPartMovement,
  WorkOrderPartUse,
  WorkOrderPerson,
  WorkOrderSummary,
} from '../../../../shared/api/workOrders';
import { CONDUCT_ITEMS } from '../../../../shared/api/workOrders';
import type { WorkOrderState } from '../../../../shared/work-orders/workflow';

export const OPEN_STATES: readonly WorkOrderState[] = ['draft', 'dispatched', 'on_site', 'completed'];

export interface WorkOrderRow {
  id: number;
  number: string;
  kind: WorkOrderKind;
  state: WorkOrderState;
  request_id: number | null;
  plan_id: number | null;
  customer_id: number | null;
  site_id: number | null;
  equipment_id: number | null;
  cause: string;
  nature: string;
  category: string;
  location: string;
  description: string;
  tools: string;
  expected_at: number | null;
  due_at: number | null;
  day_at: number;
  dispatched_by: number | null;
  dispatched_at: number | null;
  arrived_at: number | null;
  completed_at: number | null;
  measures: string;
  outcome: WorkOrderOutcome | null;
  conduct: string;
  signed_name: string;
  signed_at: number | null;
  signature: string | null;
  cancel_reason: string;
  created_by: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

/** A row of a list: the work order's own columns with the names it is shown by. */
interface SummaryRow extends WorkOrderRow {
  request_number: string | null;
  customer_name: string | null;
  site_name: string | null;
  equipment_model: string | null;
  equipment_serial: string | null;
}

const SUMMARY_SELECT = `SELECT w.*, r.number AS request_number, c.name AS customer_name, s.name AS site_name,
    m.model AS equipment_model, e.serial_number AS equipment_serial
  FROM work_orders w
  LEFT JOIN requests r ON r.id = w.request_id
  LEFT JOIN customers c ON c.id = w.customer_id
  LEFT JOIN sites s ON s.id = w.site_id
  LEFT JOIN equipment e ON e.id = w.equipment_id
  LEFT JOIN product_models m ON m.id = e.model_id`;

export function findWorkOrderRow(db: Db, id: number): WorkOrderRow | null {
  return (sql(db, 'SELECT * FROM work_orders WHERE id = ?').get(id) as WorkOrderRow | undefined) ?? null;
}

/** Nobody on site yet and the deadline has passed: an open work order late against the request's (or plan's) day. */
export const isLate = (row: Pick<WorkOrderRow, 'state' | 'arrived_at' | 'due_at'>, now: number) =>
  (row.state === 'draft' || row.state === 'dispatched') && row.arrived_at === null && row.due_at !== null && row.due_at < now;

export function techniciansOf(db: Db, ids: readonly number[]): Map<number, WorkOrderPerson[]> {
  const found = new Map<number, WorkOrderPerson[]>();
  if (ids.length === 0) return found;
  const rows = sql(
    db,
    `SELECT t.work_order_id, u.id, u.display_name FROM work_order_technicians t JOIN users u ON u.id = t.user_id
     WHERE t.work_order_id IN (SELECT value FROM json_each(?)) ORDER BY t.work_order_id, u.display_name, u.id`,
  ).all(JSON.stringify(ids)) as Array<{ work_order_id: number; id: number; display_name: string }>;
  for (const row of rows) {
    const list = found.get(row.work_order_id) ?? [];
    list.push({ id: row.id, name: row.display_name });
    found.set(row.work_order_id, list);
  }
  return found;
}

export function isTechnicianOn(db: Db, workOrderId: number, userId: number): boolean {
  return sql(db, 'SELECT 1 FROM work_order_technicians WHERE work_order_id = ? AND user_id = ?').get(workOrderId, userId) !== undefined;
}

function toSummary(row: SummaryRow, technicians: WorkOrderPerson[], now: number): WorkOrderSummary {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    state: row.state,
    requestId: row.request_id,
    requestNumber: row.request_number,
    customerId: row.customer_id,
    customerName: row.customer_name,
    siteName: row.site_name,
    equipmentId: row.equipment_id,
    equipmentLabel: row.equipment_model ? `${row.equipment_model} · ${row.equipment_serial ?? ''}` : null,
    subject: row.description.split('\n', 1)[0]!.trim(),
    technicians,
    expectedAt: row.expected_at,
    dueAt: row.due_at,
    dayAt: row.day_at,
    arrivedAt: row.arrived_at,
    completedAt: row.completed_at,
    late: isLate(row, now),
  };
}

/** The list rows of these work orders, in the order of the ids given. */
export function summariesOf(db: Db, ids: readonly number[], now: number): WorkOrderSummary[] {
  if (ids.length === 0) return [];
  const rows = sql(db, `${SUMMARY_SELECT} WHERE w.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as SummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const technicians = techniciansOf(db, ids);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row, technicians.get(id) ?? [], now)] : [];
  });
}

export function replaceTechnicians(db: Db, workOrderId: number, userIds: readonly number[]): void {
  sql(db, 'DELETE FROM work_order_technicians WHERE work_order_id = ?').run(workOrderId);
  const insert = sql(db, 'INSERT OR IGNORE INTO work_order_technicians (work_order_id, user_id) VALUES (?, ?)');
  for (const userId of userIds) insert.run(workOrderId, userId);
}

export function replacePlannedParts(db: Db, workOrderId: number, parts: ReadonlyArray<{ partId: number; quantity: number }>): void {
  sql(db, 'DELETE FROM work_order_planned_parts WHERE work_order_id = ?').run(workOrderId);
  const insert = sql(db, 'INSERT INTO work_order_planned_parts (work_order_id, position, part_id, quantity) VALUES (?, ?, ?, ?)');
  parts.forEach((part, position) => insert.run(workOrderId, position, part.partId, part.quantity));
}

/** An active user holding the technician role. */
export function isActiveTechnician(db: Db, userId: number): boolean {
  return (
    sql(db, "SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'technician' WHERE u.id = ? AND u.active = 1").get(userId) !==
    undefined
  );
}

function plannedParts(db: Db, workOrderId: number): PlannedPart[] {
  const rows = sql(
    db,
    `SELECT pp.part_id, pp.quantity, p.code, p.name, p.spec, p.unit, p.decimals, p.status, s.on_hand
     FROM work_order_planned_parts pp JOIN parts p ON p.id = pp.part_id JOIN part_stock s ON s.part_id = p.id
     WHERE pp.work_order_id = ? ORDER BY pp.position`,
  ).all(workOrderId) as Array<{ part_id: number; quantity: number; code: string; name: string; spec: string; unit: string; decimals: number; status: string; on_hand: number }>;
  const substitutes = sql(
    db,
    `SELECT p.id, p.code, p.name, s.on_hand FROM part_substitutes ps JOIN parts p ON p.id = ps.substitute_id
     JOIN part_stock s ON s.part_id = p.id WHERE ps.part_id = ? ORDER BY p.code`,
  );
  return rows.map((row) => ({
    partId: row.part_id,
    code: row.code,
    name: row.name,
    spec: row.spec,
    unit: row.unit,
    decimals: row.decimals,
    quantity: row.quantity / MILLI,
    onHand: row.on_hand / MILLI,
    discontinued: row.status === 'discontinued',
    substitutes: (substitutes.all(row.part_id) as Array<{ id: number; code: string; name: string; on_hand: number }>).map((s) => ({
      partId: s.id,
      code: s.code,
      name: s.name,
      onHand: s.on_hand / MILLI,
    })),
  }));
}

interface LedgerRow {
  id: number;
  part_id: number;
  code: string;
  name: string;
  unit: string;
  kind: 'issue' | 'return';
  quantity: number;
  value_fen: number;
  at: number;
  by_name: string | null;
  reverses_id: number | null;
  reversed_by: number | null;
}

/** The work order's issues and returns from the ledger, oldest first; with, for each, the reversal that undid it. */
export function ledgerOf(db: Db, workOrderId: number): LedgerRow[] {
  return sql(
    db,
    `SELECT m.id, m.part_id, p.code, p.name, p.unit, m.kind, m.quantity, m.value_fen, m.at, u.display_name AS by_name, m.reverses_id,
       (SELECT r.id FROM stock_movements r WHERE r.reverses_id = m.id) AS reversed_by
     FROM stock_movements m JOIN parts p ON p.id = m.part_id LEFT JOIN users u ON u.id = m.by_user
     WHERE m.source_kind = 'work_order' AND m.source_id = ? AND m.kind IN ('issue', 'return') ORDER BY m.id`,
  ).all(workOrderId) as LedgerRow[];
}

/** Issued − returned per part in milli (reversed movements and their reversals left out), in the order first moved. */
export function netUsed(rows: readonly LedgerRow[]): Map<number, { row: LedgerRow; used: number; valueFen: number }> {
  const used = new Map<number, { row: LedgerRow; used: number; valueFen: number }>();
  for (const row of rows) {
    if (row.reverses_id !== null || row.reversed_by !== null) continue;
    const entry = used.get(row.part_id) ?? { row, used: 0, valueFen: 0 };
    entry.used -= row.quantity;
    entry.valueFen -= row.value_fen;
    used.set(row.part_id, entry);
  }
  return used;
}

function parseConduct(text: string): ConductChecklist {
  const stored = JSON.parse(text) as Partial<ConductChecklist>;
  return Object.fromEntries(CONDUCT_ITEMS.map((item) => [item, stored[item] === true])) as ConductChecklist;
}

export function toWorkOrder(db: Db, row: WorkOrderRow, now: number): WorkOrder {
  const summary = summariesOf(db, [row.id], now)[0]!;
  const names = sql(db, 'SELECT (SELECT display_name FROM users WHERE id = ?) AS dispatched, (SELECT display_name FROM users WHERE id = ?) AS created').get(
    row.dispatched_by,
    row.created_by,
  ) as { dispatched: string | null; created: string | null };
  const ledger = ledgerOf(db, row.id);
  const partMovements: WorkOrderPartMovement[] = ledger
    .filter((m) => m.reverses_id === null)
    .map((m) => ({
      movementId: m.id,
      partId: m.part_id,
      code: m.code,
      name: m.name,
      unit: m.unit,
      kind: m.kind,
      quantity: Math.abs(m.quantity) / MILLI,
      valueFen: Math.abs(m.value_fen),
      at: m.at,
      byName: m.by_name,
      reversedById: m.reversed_by,
    }));
  const partsUsed: WorkOrderPartUse[] = [...netUsed(ledger).values()].map(({ row: m, used, valueFen }) => ({
    partId: m.part_id,
    code: m.code,
    name: m.name,
    unit: m.unit,
    used: used / MILLI,
    valueFen,
  }));
  return {
    ...summary,
    planId: row.plan_id,
    cause: row.cause,
    nature: row.nature,
    category: row.category,
    location: row.location,
    description: row.description,
    tools: row.tools,
    plannedParts: plannedParts(db, row.id),
    partMovements,
    partsUsed,
    measures: row.measures,
    outcome: row.outcome,
    conduct: parseConduct(row.conduct),
    signedName: row.signed_name,
    signedAt: row.signed_at,
    signature: row.signature,
    cancelReason: row.cancel_reason,
    dispatchedByName: names.dispatched,
    dispatchedAt: row.dispatched_at,
    createdByName: names.created,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    notices: sql(db, 'SELECT id, number, state FROM replacement_notices WHERE work_order_id = ? ORDER BY id').all(row.id) as WorkOrder['notices'],
    scrapRecords: sql(db, "SELECT id, number, state FROM scrap_records WHERE source_kind = 'work_order' AND source_id = ? ORDER BY id").all(
      row.id,
    ) as WorkOrder['scrapRecords'],
  };
}

export function forRequest(db: Db, requestId: number, now: number): WorkOrderSummary[] {
  const ids = sql(db, 'SELECT id FROM work_orders WHERE request_id = ? ORDER BY id').pluck().all(requestId) as number[];
  return summariesOf(db, ids, now);
}
