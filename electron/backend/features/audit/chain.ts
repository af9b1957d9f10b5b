// The audit log: one row per change, each row's hash covering the row before it, so history edited behind the app shows.
import { createHash } from 'node:crypto';
import { sql, type Db } from '../../db/connection';
import type { AuditVerification } from '../../../../shared/api/audit';

export interface AuditRecord {
  at: number;
  userId: number | null;
  method: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditRow {
  id: number;
  at: number;
  user_id: number | null;
  method: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

function rowHash(prevHash: string, row: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const material = JSON.stringify([
    prevHash,
    row.id,
    row.at,
    row.user_id,
    row.method,
    row.entity,
    row.entity_id,
    row.before,
    row.after,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

const toJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Appends one row; must run inside the transaction that makes the change it records. */
export function appendAudit(db: Db, record: AuditRecord): number {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the transaction of the change it records');
  const last = sql(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string }
    | undefined;
  const row = {
    id: (last?.id ?? 0) + 1,
    at: record.at,
    user_id: record.userId,
    method: record.method,
    entity: record.entity,
    entity_id: record.entityId === null ? null : String(record.entityId),
    before: toJson(record.before),
    after: toJson(record.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  sql(
    db,
    `INSERT INTO audit_log (id, at, user_id, method, entity, entity_id, before, after, prev_hash, hash)
     VALUES (@id, @at, @user_id, @method, @entity, @entity_id, @before, @after, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prevHash, hash: rowHash(prevHash, row) });
  return row.id;
}

/**
 * Walks the chain from the first row. A row is broken when its content no longer matches its hash, when it does not
 * link to the row before it, or when ids skip (a row was removed).
 */
export function verifyAuditChain(db: Db): AuditVerification {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (const row of sql(db, 'SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    checked += 1;
    const intact = row.id === expectedId && row.prev_hash === prevHash && rowHash(prevHash, row) === row.hash;
    if (!intact) return { valid: false, checked, firstBrokenId: row.id };
    prevHash = row.hash;
    expectedId = row.id + 1;
  }
  return { valid: true, checked };
}
