// Complaint forms: rows, the form as the screens show it (part 1 and part 2), and the steps it took.
import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import type {
  Complaint,
  ComplaintDeadline,
  ComplaintStepRecord,
  ComplaintUnit,
} from '../../../../shared/api/complaints';
import { isTransferRoute, type ComplaintRoute, type ComplaintState, type ComplaintStep } from '../../../../shared/complaints/route';
import type { RequestState } from '../../../../shared/requests/lifecycle';
import { lateness } from '../calendar';

export interface ComplaintRow {
  id: number;
  number: string;
  state: ComplaintState;
  customer_id: number;
  request_id: number | null;
  complainant: string;
  contact_phone: string;
  content: string;
  received_at: number;
  filled_by: number | null;
  reviewed_by: number | null;
  reviewed_at: number | null;
  route: ComplaintRoute | null;
  department_id: number | null;
  routed_by: number | null;
  routed_at: number | null;
  due_at: number | null;
  handled_at: number | null;
  signed_by: number | null;
  signed_at: number | null;
  signature: string | null;
  sent_by: number | null;
  sent_at: number | null;
  opinion: string;
  opinion_by: string;
  opinion_at: number | null;
  opinion_recorded_by: number | null;
  result: string;
  result_by: number | null;
  result_at: number | null;
  reply_agent_id: number | null;
  assigned_by: number | null;
  assigned_at: number | null;
  reply: string;
  replied_by: number | null;
  replied_at: number | null;
  filed_by: number | null;
  filed_at: number | null;
  return_reason: string;
  returned_by: number | null;
  returned_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export function findComplaintRow(db: Db, id: number): ComplaintRow | null {
  return (sql(db, 'SELECT * FROM complaints WHERE id = ?').get(id) as ComplaintRow | undefined) ?? null;
}

export interface NewComplaint {
  number: string;
  customerId: number;
  requestId: number | null;
  complainant: string;
  contactPhone: string;
  content: string;
  receivedAt: number;
  filledBy: number;
  now: number;
}

export function insertComplaint(db: Db, c: NewComplaint): number {
  return Number(
    sql(
      db,
      `INSERT INTO complaints (number, state, customer_id, request_id, complainant, contact_phone, content, received_at, filled_by,
         created_at, updated_at)
       VALUES (@number, 'filled', @customerId, @requestId, @complainant, @contactPhone, @content, @receivedAt, @filledBy, @now, @now)`,
    ).run(c).lastInsertRowid,
  );
}

export function updateComplaintColumns(db: Db, id: number, expectedVersion: number, columns: Partial<ComplaintRow>, now: number): boolean {
  return updateVersionedRow(db, 'complaints', id, expectedVersion, columns, now);
}

export interface StepLine {
  complaintId: number;
  step: ComplaintStep | 'fill';
  at: number;
  userId: number;
  fromState: ComplaintState | null;
  toState: ComplaintState;
  details: Record<string, unknown>;
}

export function appendComplaintStep(db: Db, line: StepLine): void {
  sql(
    db,
    'INSERT INTO complaint_steps (complaint_id, step, at, user_id, from_state, to_state, details) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(line.complaintId, line.step, line.at, line.userId, line.fromState, line.toState, JSON.stringify(line.details));
}

interface StepRow {
  id: number;
  step: ComplaintStep | 'fill';
  at: number;
  user_name: string | null;
  from_state: ComplaintState | null;
  to_state: ComplaintState;
  details: string;
}

function stepsOf(db: Db, complaintId: number): ComplaintStepRecord[] {
  const rows = sql(
    db,
    `SELECT s.id, s.step, s.at, u.display_name AS user_name, s.from_state, s.to_state, s.details
     FROM complaint_steps s LEFT JOIN users u ON u.id = s.user_id WHERE s.complaint_id = ? ORDER BY s.id`,
  ).all(complaintId) as StepRow[];
  return rows.map((r) => ({
    id: r.id,
    step: r.step,
    at: r.at,
    userName: r.user_name,
    fromState: r.from_state,
    toState: r.to_state,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}

export function unitOf(db: Db, departmentId: number | null): ComplaintUnit | null {
  if (departmentId === null) return null;
  const row = sql(db, 'SELECT id, name, name_en, kind FROM departments WHERE id = ?').get(departmentId) as
    | { id: number; name: string; name_en: string; kind: ComplaintUnit['kind'] }
    | undefined;
  return row ? { id: row.id, name: row.name, nameEn: row.name_en, kind: row.kind } : null;
}

function namesOf(db: Db, ids: ReadonlyArray<number | null>): Map<number, string> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  // CROSS JOIN keeps the few wanted ids outside: each one a look-up by key, never a scan of the users however few they are.
  const rows = sql(db, 'SELECT u.id, u.display_name FROM json_each(?) j CROSS JOIN users u ON u.id = j.value').all(JSON.stringify(wanted)) as Array<{
    id: number;
    display_name: string;
  }>;
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The routed work's deadline, met or not: the reply inside the center, or part 2's opinion. */
export function deadlineOfRow(db: Db, row: Pick<ComplaintRow, 'due_at' | 'handled_at'>, now: number): ComplaintDeadline | null {
  if (row.due_at === null) return null;
  const late = lateness(db, row.due_at, row.handled_at ?? now, 'answer');
  return { dueAt: row.due_at, doneAt: row.handled_at, late: late.breach !== null, breach: late.breach ?? 'none' };
}

export function findComplaint(db: Db, id: number, now: number): Complaint | null {
  const row = findComplaintRow(db, id);
  if (!row) return null;
  const customer = sql(db, 'SELECT code, name FROM customers WHERE id = ?').get(row.customer_id) as { code: string; name: string };
  const request =
    row.request_id === null
      ? undefined
      : (sql(db, 'SELECT number, state FROM requests WHERE id = ?').get(row.request_id) as { number: string; state: RequestState } | undefined);
  const names = namesOf(db, [
    row.filled_by,
    row.reviewed_by,
    row.routed_by,
    row.signed_by,
    row.sent_by,
    row.opinion_recorded_by,
    row.result_by,
    row.reply_agent_id,
    row.replied_by,
    row.filed_by,
    row.returned_by,
  ]);
  const name = (userId: number | null) => (userId === null ? null : (names.get(userId) ?? null));
  const unit = unitOf(db, row.department_id);
  const transfer = row.route !== null && isTransferRoute(row.route);
  const steps = stepsOf(db, row.id);
  const sentBack = steps[steps.length - 1]?.step === 'returnForCorrection';
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    customerId: row.customer_id,
    customerCode: customer.code,
    customerName: customer.name,
    requestId: row.request_id,
    requestNumber: request?.number ?? null,
    requestState: request?.state ?? null,
    part1: {
      complainant: row.complainant,
      contactPhone: row.contact_phone,
      content: row.content,
      receivedAt: row.received_at,
      filledByName: name(row.filled_by),
      reviewedAt: row.reviewed_at,
      reviewedByName: name(row.reviewed_by),
      route: row.route,
      unit,
      routedAt: row.routed_at,
      routedByName: name(row.routed_by),
      signedAt: row.signed_at,
      signedByName: name(row.signed_by),
      signature: row.signature,
      result: row.result,
      resultAt: row.result_at,
      resultByName: name(row.result_by),
      replyAgentId: row.reply_agent_id,
      replyAgentName: name(row.reply_agent_id),
      assignedAt: row.assigned_at,
      reply: row.reply,
      repliedAt: row.replied_at,
      repliedByName: name(row.replied_by),
      filedAt: row.filed_at,
      filedByName: name(row.filed_by),
    },
    part2: {
      transferUnit: transfer ? unit : null,
      sentAt: row.sent_at,
      sentByName: name(row.sent_by),
      dueAt: transfer ? row.due_at : null,
      opinion: row.opinion,
      opinionBy: row.opinion_by,
      cameBackAt: row.opinion_at,
      recordedByName: name(row.opinion_recorded_by),
    },
    dueAt: row.due_at,
    deadline: deadlineOfRow(db, row, now),
    returned: sentBack && row.returned_at !== null ? { reason: row.return_reason, at: row.returned_at, byName: name(row.returned_by) } : null,
    steps,
    version: row.version,
    updatedAt: row.updated_at,
  };
}
