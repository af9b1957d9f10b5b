// What a record refers to, checked inside the write that links it: a customer (not merged away), a request, a
// department that can receive work; and when a record written up afterwards came in. For the records of every domain
// that a call can lead to: difficult questions, suggestions, complaint forms, article uses.
import { workingDepartmentRefusal, type DepartmentKind } from '../../../shared/api/departments';
import { sql, type Db } from '../db/connection';
import { fieldInvalid } from '../lib/errors';

/** A customer that may be linked: it exists and was not merged away (its successor holds its records). */
export function linkableCustomer(db: Db, customerId: number | null | undefined): number | null {
  if (customerId === null || customerId === undefined) return null;
  const row = sql(db, 'SELECT merged_into FROM customers WHERE id = ?').get(customerId) as { merged_into: number | null } | undefined;
  if (!row) throw fieldInvalid('customerId', 'validation.unknownCustomer', `Customer ${customerId} does not exist`);
  return row.merged_into ?? customerId;
}

export interface LinkedRequest {
  id: number;
  customerId: number | null;
}

export function linkableRequest(db: Db, requestId: number | null | undefined): LinkedRequest | null {
  if (requestId === null || requestId === undefined) return null;
  const row = sql(db, 'SELECT id, customer_id FROM requests WHERE id = ?').get(requestId) as { id: number; customer_id: number | null } | undefined;
  if (!row) throw fieldInvalid('requestId', 'validation.unknownRequest', `Request ${requestId} does not exist`);
  return { id: row.id, customerId: row.customer_id };
}

/**
 * A department that can be given work (shared/api/departments.ts isWorkingDepartment: one of the company's own,
 * active, not the higher-level office); refused with what is wrong with it, on the field `path`.
 */
export function checkWorkingDepartment(db: Db, departmentId: number, path = 'departmentId'): number {
  const row = sql(db, 'SELECT kind, active FROM departments WHERE id = ?').get(departmentId) as { kind: DepartmentKind; active: number } | undefined;
  const refusal = workingDepartmentRefusal(row ? { kind: row.kind, active: row.active === 1 } : null);
  if (refusal !== null) throw fieldInvalid(path, refusal, `Department ${departmentId} cannot be given work (${refusal})`);
  return departmentId;
}

/** Questions and suggestions go to a unit of the company, active, not to the higher-level office. */
export const addressableDepartment = (db: Db, departmentId: number): number => checkWorkingDepartment(db, departmentId);

/** Records written up afterwards may say when they came in: not in the future, and within the last 30 days. */
const RECEIVED_WINDOW_MS = 30 * 86_400_000;
const CLOCK_GRACE_MS = 60_000;

export function receivedAt(value: number | undefined, now: number): number {
  if (value === undefined) return now;
  if (value > now + CLOCK_GRACE_MS || value < now - RECEIVED_WINDOW_MS) {
    throw fieldInvalid('receivedAt', 'validation.receivedAtRange', 'The time it came in must be within the last 30 days');
  }
  return Math.min(value, now);
}
