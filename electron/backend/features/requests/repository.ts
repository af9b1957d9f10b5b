// Service requests in the database: rows in, requests and summaries out, the next deadline kept in step.
import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import { bigramText, segmentText } from '../../lib/fulltext';
import type {
  DeadlineKind,
  FaultReport,
  Priority,
  RequestChannel,
  RequestKind,
  RequestSummary,
  ServiceRequest,
} from '../../../../shared/api/requests';
import { isOpen, type RequestState } from '../../../../shared/requests/lifecycle';

export interface RequestRow {
  id: number;
  number: string;
  received_at: number;
  channel: RequestChannel;
  kind: RequestKind;
  priority: Priority;
  state: RequestState;
  held_state: RequestState | null;
  subject: string;
  description: string;
  caller_name: string;
  caller_phone: string;
  customer_id: number | null;
  equipment_id: number | null;
  fault: string | null;
  complex: number;
  owner_id: number | null;
  department_id: number | null;
  nature: string;
  solution: string;
  planned_by: number | null;
  respond_by: number;
  on_site_by: number | null;
  solve_by: number;
  analyse_by: number | null;
  plan_by: number | null;
  first_response_at: number | null;
  analysed_at: number | null;
  planned_at: number | null;
  arrived_at: number | null;
  solved_at: number | null;
  closed_at: number | null;
  last_progress_at: number | null;
  answered_by_article_id: number | null;
  satisfied: number | null;
  created_by: number | null;
  updated_at: number;
  version: number;
}

/** The commitment still open that comes next: respond, then (for a fault) be on site, then solve. */
export function nextDue(row: Pick<RequestRow, 'state' | 'kind' | 'respond_by' | 'on_site_by' | 'solve_by' | 'first_response_at' | 'arrived_at' | 'solved_at'>): {
  kind: DeadlineKind;
  at: number;
} | null {
  if (!isOpen(row.state)) return null;
  if (row.first_response_at === null) return { kind: 'respond', at: row.respond_by };
  // Solved (waiting for the customer's confirmation): nothing more is owed, also no visit to a fault fixed remotely.
  if (row.solved_at !== null) return null;
  if (row.kind === 'fault' && row.on_site_by !== null && row.arrived_at === null) return { kind: 'onSite', at: row.on_site_by };
  return { kind: 'solve', at: row.solve_by };
}

export type NewRequest = Omit<RequestRow, 'id' | 'updated_at' | 'version' | 'answered_by_article_id' | 'satisfied' | 'analysed_at' | 'planned_at'> & {
  caller_phone_normalized: string;
  answered_by_article_id?: number | null;
};

export function insertRequest(db: Db, row: NewRequest, now: number): number {
  const due = nextDue(row);
  return Number(
    sql(
      db,
      `INSERT INTO requests (number, received_at, channel, kind, priority, state, held_state, subject, description,
         caller_name, caller_phone, caller_phone_normalized, customer_id, equipment_id, fault, complex, owner_id,
         department_id, nature, solution, planned_by, respond_by, on_site_by, solve_by, analyse_by, plan_by,
         first_response_at, arrived_at, solved_at, closed_at, last_progress_at, answered_by_article_id, next_due_kind, next_due_at, created_by,
         created_at, updated_at)
       VALUES (@number, @received_at, @channel, @kind, @priority, @state, @held_state, @subject, @description,
         @caller_name, @caller_phone, @caller_phone_normalized, @customer_id, @equipment_id, @fault, @complex, @owner_id,
         @department_id, @nature, @solution, @planned_by, @respond_by, @on_site_by, @solve_by, @analyse_by, @plan_by,
         @first_response_at, @arrived_at, @solved_at, @closed_at, @last_progress_at, @answered_by_article_id, @next_due_kind, @next_due_at,
         @created_by, @now, @now)`,
    ).run({
      ...row,
      answered_by_article_id: row.answered_by_article_id ?? null,
      next_due_kind: due?.kind ?? null,
      next_due_at: due?.at ?? null,
      now,
    }).lastInsertRowid,
  );
}

export function findRequestRow(db: Db, id: number): RequestRow | null {
  return (sql(db, 'SELECT * FROM requests WHERE id = ?').get(id) as RequestRow | undefined) ?? null;
}

/**
 * Applies `columns` if the request is still at `expectedVersion`, and keeps its next deadline in step. False when
 * someone else changed it first.
 */
export function updateRequestColumns(
  db: Db,
  current: RequestRow,
  expectedVersion: number,
  columns: Partial<Omit<RequestRow, 'id' | 'version' | 'updated_at'>> & { caller_phone_normalized?: string },
  now: number,
): boolean {
  const after = { ...current, ...columns };
  const due = nextDue(after);
  return updateVersionedRow(
    db,
    'requests',
    current.id,
    expectedVersion,
    { ...columns, next_due_kind: due?.kind ?? null, next_due_at: due?.at ?? null },
    now,
  );
}

/** Writes the request's words into the search index (again, after an edit). */
export function indexRequest(db: Db, id: number, subject: string, body: string[]): void {
  sql(db, 'DELETE FROM request_search WHERE rowid = ?').run(id);
  const rest = body.filter(Boolean).join('\n');
  sql(db, 'INSERT INTO request_search (rowid, subject, body, subject_pairs, body_pairs) VALUES (?, ?, ?, ?, ?)').run(
    id,
    segmentText(subject),
    segmentText(rest),
    bigramText(subject),
    bigramText(rest),
  );
}

interface PageRow extends RequestRow {
  customer_code: string | null;
  customer_name: string | null;
  equipment_model: string | null;
  equipment_serial: string | null;
  owner_name: string | null;
  department_name: string | null;
  created_by_name: string | null;
}

function parseFault(text: string | null): FaultReport | null {
  if (text === null) return null;
  const f = JSON.parse(text) as Partial<FaultReport>;
  return {
    occurredAt: f.occurredAt ?? null,
    nature: f.nature ?? '',
    category: f.category ?? '',
    location: f.location ?? '',
    impact: f.impact ?? '',
    userActions: f.userActions ?? '',
  };
}

export function findRequest(db: Db, id: number): ServiceRequest | null {
  const row = sql(
    db,
    `SELECT r.*, c.code AS customer_code, c.name AS customer_name, m.model AS equipment_model,
       e.serial_number AS equipment_serial, o.display_name AS owner_name, d.name AS department_name,
       cb.display_name AS created_by_name
     FROM requests r
     LEFT JOIN customers c ON c.id = r.customer_id
     LEFT JOIN equipment e ON e.id = r.equipment_id
     LEFT JOIN product_models m ON m.id = e.model_id
     LEFT JOIN users o ON o.id = r.owner_id
     LEFT JOIN departments d ON d.id = r.department_id
     LEFT JOIN users cb ON cb.id = r.created_by
     WHERE r.id = ?`,
  ).get(id) as PageRow | undefined;
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    receivedAt: row.received_at,
    channel: row.channel,
    kind: row.kind,
    priority: row.priority,
    state: row.state,
    heldState: row.held_state,
    subject: row.subject,
    description: row.description,
    callerName: row.caller_name,
    callerPhone: row.caller_phone,
    customerId: row.customer_id,
    customerCode: row.customer_code,
    customerName: row.customer_name,
    equipmentId: row.equipment_id,
    equipmentLabel: row.equipment_model ? `${row.equipment_model} · ${row.equipment_serial ?? ''}` : null,
    fault: parseFault(row.fault),
    complex: row.complex === 1,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    nature: row.nature,
    solution: row.solution,
    plannedBy: row.planned_by,
    deadlines: { respondBy: row.respond_by, onSiteBy: row.on_site_by, solveBy: row.solve_by, analyseBy: row.analyse_by, planBy: row.plan_by },
    firstResponseAt: row.first_response_at,
    analysedAt: row.analysed_at,
    plannedAt: row.planned_at,
    arrivedAt: row.arrived_at,
    solvedAt: row.solved_at,
    closedAt: row.closed_at,
    lastProgressAt: row.last_progress_at,
    answeredByArticleId: row.answered_by_article_id,
    satisfied: row.satisfied === null ? null : row.satisfied === 1,
    createdById: row.created_by,
    createdByName: row.created_by_name,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The columns a summary is read from; `r` is the requests table. */
export const SUMMARY_COLUMNS = `r.id, r.number, r.received_at, r.kind, r.priority, r.state, r.subject, r.caller_phone,
  c.name AS customer_name, o.display_name AS owner_name, d.name AS department_name, r.next_due_kind, r.next_due_at, r.owner_id`;
export const SUMMARY_JOINS = `LEFT JOIN customers c ON c.id = r.customer_id
  LEFT JOIN users o ON o.id = r.owner_id
  LEFT JOIN departments d ON d.id = r.department_id`;

export interface SummaryRow {
  id: number;
  number: string;
  received_at: number;
  kind: RequestKind;
  priority: Priority;
  state: RequestState;
  subject: string;
  caller_phone: string;
  customer_name: string | null;
  owner_name: string | null;
  department_name: string | null;
  next_due_kind: DeadlineKind | null;
  next_due_at: number | null;
  owner_id: number | null;
}

export const toSummary = (row: SummaryRow): RequestSummary => ({
  id: row.id,
  number: row.number,
  receivedAt: row.received_at,
  kind: row.kind,
  priority: row.priority,
  state: row.state,
  subject: row.subject,
  callerPhone: row.caller_phone,
  customerName: row.customer_name,
  ownerName: row.owner_name,
  departmentName: row.department_name,
  nextDue: row.next_due_kind !== null && row.next_due_at !== null ? { kind: row.next_due_kind, at: row.next_due_at } : null,
});

/** Summaries of the given requests, in the order of `ids`. */
export function requestSummaries(db: Db, ids: readonly number[]): RequestSummary[] {
  if (ids.length === 0) return [];
  const rows = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM json_each(?) j JOIN requests r ON r.id = j.value ${SUMMARY_JOINS} ORDER BY j.key`,
  ).all(JSON.stringify(ids)) as SummaryRow[];
  return rows.map(toSummary);
}
