// The audit log: one row per change, each row's hash covering the row before it, so history edited behind the app shows.
import { createHash } from 'node:crypto';
import type { AuditEntity } from '../../../../shared/api/audit';
import { sql, type Db } from '../../db/connection';
import { macOf, type AuditKey } from './key';

export interface AuditRecord {
  at: number;
  userId: number | null;
  method: string;
  /** One of the shared list, so the log's filter and its labels know every kind of record written. */
  entity: AuditEntity;
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
  /** HMAC of `hash` under the audit key: a chain recomputed without the key does not carry it. */
  mac: string | null;
  key_id: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

export function rowHash(prevHash: string, row: Omit<AuditRow, 'prev_hash' | 'hash' | 'mac' | 'key_id'>): string {
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

export const auditRowMac = (key: AuditKey, hash: string): string => macOf(key, `audit row\u0000${hash}`);

/** Appends one row; must run inside the transaction that makes the change it records. */
export function appendAudit(db: Db, key: AuditKey, record: AuditRecord): number {
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
  const hash = rowHash(prevHash, row);
  sql(
    db,
    `INSERT INTO audit_log (id, at, user_id, method, entity, entity_id, before, after, prev_hash, hash, mac, key_id)
     VALUES (@id, @at, @user_id, @method, @entity, @entity_id, @before, @after, @prev_hash, @hash, @mac, @key_id)`,
  ).run({ ...row, prev_hash: prevHash, hash, mac: auditRowMac(key, hash), key_id: key.id });
  return row.id;
}

/** Seals the rows written before the log had a key (an archive of an older version, sealed once when first opened). */
export function sealUnsealedAuditRows(db: Db, key: AuditKey): number {
  const rows = db.prepare('SELECT id, hash FROM audit_log WHERE mac IS NULL ORDER BY id').all() as { id: number; hash: string }[];
  const seal = db.prepare('UPDATE audit_log SET mac = ?, key_id = ? WHERE id = ?');
  for (const row of rows) seal.run(auditRowMac(key, row.hash), key.id, row.id);
  return rows.length;
}
