// A write sent again must not be made twice (the LAN issue): a desk whose answer the network lost sends the same
// write with the same idempotency key. The write's first transaction claims the key (a second claim of it fails on the
// primary key and rolls that transaction back); the answer is kept, and the same key later gets it again.
import { sql, type Db } from '../db/connection';
import { DomainError } from './errors';

/** How long a key is remembered: a desk resends within minutes; a day covers a host down over lunch. */
export const RECEIPTS_KEPT_MS = 24 * 60 * 60 * 1000;

export type Receipt = { kind: 'none' } | { kind: 'answered'; value: unknown } | { kind: 'pending' };

/** The answer kept for `key`, if a write of it ran; refuses a key used before for another method or by another user. */
export function findReceipt(db: Db, key: string, method: string, userId: number | null): Receipt {
  const row = sql(db, 'SELECT method, user_id, answer FROM write_receipts WHERE key = ?').get(key) as
    | { method: string; user_id: number | null; answer: string | null }
    | undefined;
  if (!row) return { kind: 'none' };
  if (row.method !== method || row.user_id !== userId) {
    throw new DomainError('validation', 'This idempotency key was used for another write', 'idempotency.keyReused');
  }
  return row.answer === null ? { kind: 'pending' } : { kind: 'answered', value: JSON.parse(row.answer) as unknown };
}

/** Claims the key inside the write's transaction: a second write of the same key fails here and changes nothing. */
export function claimReceipt(db: Db, key: string, method: string, userId: number | null, at: number): void {
  try {
    sql(db, 'INSERT INTO write_receipts (key, method, user_id, at) VALUES (?, ?, ?, ?)').run(key, method, userId, at);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw alreadySaved();
    throw error;
  }
}

/** Keeps the answer of a write that claimed its key. */
export function keepAnswer(db: Db, key: string, value: unknown): void {
  sql(db, 'UPDATE write_receipts SET answer = ? WHERE key = ?').run(JSON.stringify(value ?? null), key);
}

/** Forgets keys older than RECEIPTS_KEPT_MS. */
export function forgetOldReceipts(db: Db, now: number): number {
  return sql(db, 'DELETE FROM write_receipts WHERE at < ?').run(now - RECEIPTS_KEPT_MS).changes;
}

/** The same write is under way or was made, and its answer is not at hand: nothing is made twice. */
export const alreadySaved = () =>
  new DomainError('conflict', 'This was saved already; refresh to see it', 'idempotency.alreadySaved');
