// The audit trail of one data folder: its key, the seals of its records, and its head outside the database. The back
// end asks it to seal what each write changed (inside the write's transaction), to move the head after each call, to
// stamp the head into each backup, and to take over the head of a restored backup.
import Database from 'better-sqlite3';
import { sql, type Db, type DriverOptions } from '../../db/connection';
import { appendAudit, sealUnsealedAuditRows, type AuditRecord } from './chain';
import { readAuditHead, stampMac, writeAuditHead, type AuditHead } from './head';
import { loadAuditKey, type AuditKey, type KeyProtection } from './key';
import { pendingSealCount, sealAllRows, sealPendingRows, watchRecordChanges } from './seals';

/** The schema version from which archives carry seals (migration 9). */
export const FIRST_SEALED_VERSION = 9;

export interface StampedHead {
  lastId: number;
  lastHash: string;
}

export class AuditTrail {
  readonly key: AuditKey;
  private head: AuditHead | null = null;
  /** This back end appended rows since the head was last moved: only then is the log's end read again. */
  private appended = false;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => number,
    protection?: KeyProtection,
  ) {
    const { key, created } = loadAuditKey(dataDir, protection);
    this.key = key;
    // A head from the first moment the key exists: from then on a missing head was deleted, not yet to be written.
    if (created) writeAuditHead(dataDir, key, { lastId: 0, lastHash: '', keyId: key.id, events: [] });
  }

  append(db: Db, record: AuditRecord): number {
    this.appended = true;
    return appendAudit(db, this.key, record);
  }

  /**
   * For migrate(): inside each migration's transaction, the archive's records sealed afresh (a new archive, one of an
   * older version sealed for the first time, or tables a migration changed), so no crash leaves a migrated archive
   * unsealed.
   */
  readonly sealAfterMigration = (db: Db, version: number): void => {
    if (version < FIRST_SEALED_VERSION) return;
    sealUnsealedAuditRows(db, this.key);
    sealAllRows(db, this.key);
  };

  /**
   * After the live database was opened and migrated from `fromVersion`: watch its changes, and load or start the head.
   */
  opened(db: Db, fromVersion: number): void {
    watchRecordChanges(db);
    const reading = readAuditHead(this.dataDir, this.key);
    const events: AuditHead['events'] = reading.state === 'ok' ? [...reading.head.events] : [];
    if (reading.state === 'missing' && lastAuditRow(db) !== null) {
      events.push({ kind: 'headMissing', at: this.now() });
    } else if (fromVersion < FIRST_SEALED_VERSION && reading.state === 'ok' && reading.head.lastId > 0) {
      // Sealed for the first time though a head already spoke for it: the archive went back to before its seals.
      events.push({ kind: 'resealed', at: this.now() });
    }
    this.head = reading.state === 'ok' ? { ...reading.head, events } : { lastId: 0, lastHash: '', keyId: this.key.id, events };
    // A crash between a commit and its head leaves the log ahead of the head: it moves on now.
    this.appended = true;
    if (reading.state !== 'ok' || events.length !== reading.head.events.length) this.writeHead(db);
    else this.flushHead(db);
  }

  /** Seals the rows the current transaction changed; returns how many are left when a limit was given. */
  sealPending(db: Db, limit?: number): number {
    return sealPendingRows(db, this.key, limit);
  }

  /** Rows changed outside any write that sealed them (a bulk load of the bench or the demo): sealed in a transaction. */
  sealStray(db: Db): number {
    if (db.inTransaction) return 0;
    const count = pendingSealCount(db);
    if (count > 0) db.transaction(() => sealPendingRows(db, this.key))();
    return count;
  }

  /**
   * Moves the head on to the log's last row. Never back, nor past a row that is no longer the one it named: rows cut
   * off the log, or the row under the head changed, stay for verification to report.
   */
  flushHead(db: Db): void {
    if (!this.head || !this.appended || db.inTransaction) return;
    this.appended = false;
    const last = lastAuditRow(db);
    if (!last || last.id <= this.head.lastId) return;
    if (this.head.lastId > 0) {
      const named = sql(db, 'SELECT hash FROM audit_log WHERE id = ?').pluck().get(this.head.lastId) as string | undefined;
      if (named !== this.head.lastHash) return;
    }
    this.head = { ...this.head, lastId: last.id, lastHash: last.hash, keyId: this.key.id };
    writeAuditHead(this.dataDir, this.key, this.head);
  }

  /** After a migration of a sealed archive: a note in the head when the seals found problems before it resealed. */
  noteResealed(problemsBefore: number): void {
    if (!this.head || problemsBefore === 0) return;
    this.head = { ...this.head, events: [...this.head.events, { kind: 'resealed', at: this.now() }] };
    writeAuditHead(this.dataDir, this.key, this.head);
  }

  /** Writes the head with the log's last row, whether or not it moved. */
  private writeHead(db: Db): void {
    const last = lastAuditRow(db);
    this.head = { ...this.head!, lastId: last?.id ?? 0, lastHash: last?.hash ?? '', keyId: this.key.id };
    writeAuditHead(this.dataDir, this.key, this.head);
  }

  /**
   * Stamps the head of the database a backup copies into the finished copy (its backup_audit_head row), opened as the
   * plain rollback-journal file VACUUM INTO wrote.
   */
  stampBackup(source: Db, copyFile: string, driver: DriverOptions): void {
    const last = lastAuditRow(source);
    const copy = new Database(copyFile, driver.nativeBinding ? { nativeBinding: driver.nativeBinding } : {});
    try {
      if (!last || !hasTable(copy, 'backup_audit_head')) return;
      copy
        .prepare('INSERT OR REPLACE INTO backup_audit_head (id, last_id, last_hash, key_id, mac) VALUES (1, ?, ?, ?, ?)')
        .run(last.id, last.hash, this.key.id, stampMac(this.key, last.id, last.hash));
    } finally {
      copy.close();
    }
  }

  /** The head a backup was stamped with, when it carries one made under this folder's key. */
  stampedHead(db: Db): StampedHead | null {
    if (!hasTable(db, 'backup_audit_head')) return null;
    const row = db.prepare('SELECT last_id, last_hash, key_id, mac FROM backup_audit_head WHERE id = 1').get() as
      | { last_id: number; last_hash: string; key_id: string; mac: string }
      | undefined;
    if (!row || row.key_id !== this.key.id || row.mac !== stampMac(this.key, row.last_id, row.last_hash)) return null;
    return { lastId: row.last_id, lastHash: row.last_hash };
  }

  /**
   * After a restore swapped in another archive: the head becomes the one its backup was stamped with, so rows cut off
   * the backup's log show. A sealed backup without a valid stamp is reported; a backup older than the seals had none.
   */
  restored(db: Db, stamped: StampedHead | null, backupVersion: number): void {
    const events: AuditHead['events'] = [];
    if (!stamped && backupVersion >= FIRST_SEALED_VERSION) events.push({ kind: 'restoredWithoutHead', at: this.now() });
    const last = lastAuditRow(db);
    const anchor = stamped ?? { lastId: last?.id ?? 0, lastHash: last?.hash ?? '' };
    this.head = { lastId: anchor.lastId, lastHash: anchor.lastHash, keyId: this.key.id, events };
    writeAuditHead(this.dataDir, this.key, this.head);
  }

}

export function lastAuditRow(db: Db): { id: number; hash: string } | null {
  return (sql(db, 'SELECT id, hash FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)').get() as { id: number; hash: string } | undefined) ?? null;
}

function hasTable(db: Db, name: string): boolean {
  return (db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(name) as number) > 0;
}

