// What a difficult question or a suggestion refers to (customer, request, department), checked inside the write, and
// their dated numbers (YN-20261201-0001, JY-20261201-0001). Shared by the questions and suggestions domains.
import { sql, type Db } from '../../db/connection';
import { fieldInvalid } from '../../lib/errors';
import { nextInSequence } from '../../lib/numbers';
import { centerToday } from '../settings/repository';

/** A number of the form PREFIX-YYYYMMDD-NNNN, counted per day of the center's calendar. */
export function datedNumber(db: Db, prefix: string, now: number): string {
  const day = centerToday(db, now).replaceAll('-', '');
  const n = nextInSequence(db, `${prefix}-${day}`);
  return `${prefix}-${day}-${String(n).padStart(4, '0')}`;
}

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

/** Questions and suggestions go to a unit of the company, active, not to the higher-level office. */
export function addressableDepartment(db: Db, departmentId: number): number {
  const row = sql(db, 'SELECT kind, active FROM departments WHERE id = ?').get(departmentId) as { kind: string; active: number } | undefined;
  if (!row || row.active !== 1 || row.kind !== 'department') {
    throw fieldInvalid('departmentId', 'validation.unknownDepartment', `Department ${departmentId} cannot receive this`);
  }
  return departmentId;
}

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

/** A keyset cursor of the lists: the last row's sort key and id. */
export function encodeListCursor(key: number, id: number): string {
  return `${key}.${id}`;
}

export function decodeListCursor(cursor: string | undefined): { key: number; id: number } | null {
  if (cursor === undefined) return null;
  const match = /^(\d{1,16})\.(\d{1,16})$/.exec(cursor);
  if (!match) return null;
  return { key: Number(match[1]), id: Number(match[2]) };
}

/** One page of a keyset list read with `limit + 1` rows: the page, and the cursor after its last row (null at the end). */
export function keysetPage<T extends { id: number }>(rows: T[], limit: number, keyOf: (row: T) => number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeListCursor(keyOf(last), last.id) : null };
}
