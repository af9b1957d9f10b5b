// Replacing the live database with a backup, all or nothing: the backup is copied beside the live file, migrated and
// checked there, and only then swapped in; if opening the swapped file fails, the file from before comes back.
// Before, the swap came first and the migration after it: a backup the migration could not take left a console that
// answered every call with `internal` and would not start again.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase } from '../../db/connection';
import type { DatabaseHost } from '../../db/host';
import { migrate } from '../../db/migrate';
import { DomainError } from '../../lib/errors';
import type { AuditTrail, StampedHead } from '../audit';
import { checkArchive } from './archive-check';
import { fsyncPath } from './files';

/** The backup being made ready beside the live file. */
const INCOMING_SUFFIX = '.restoring';
/** The live file while the backup takes its place; removed once the restored file has opened. */
const REPLACED_SUFFIX = '.replaced';

function removeWithJournal(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** Drops a prepared copy that will not be swapped in after all. */
export const discardPrepared = (incoming: string): void => removeWithJournal(incoming);

export interface PreparedRestore {
  /** The migrated, sealed and checked copy beside the live file. */
  file: string;
  /** The schema version the backup was made at. */
  backupVersion: number;
  /** The audit head the backup was stamped with under this folder's key, if any. */
  stampedHead: StampedHead | null;
}

/**
 * Copies a backup beside the live file, migrates the copy to this version (sealing it when it was made before archives
 * were sealed) and checks it.
 */
export function prepareRestore(liveFile: string, backupFile: string, host: DatabaseHost, audit: AuditTrail, now: () => number): PreparedRestore {
  const incoming = liveFile + INCOMING_SUFFIX;
  removeWithJournal(incoming);
  copyFileSync(backupFile, incoming);
  try {
    const db = openDatabase(incoming, host.driver);
    let prepared: PreparedRestore;
    try {
      const { from } = migrate(db, { now, afterMigration: audit.sealAfterMigration });
      checkArchive(db, 'quick', host.driver);
      prepared = { file: incoming, backupVersion: from, stampedHead: audit.stampedHead(db) };
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    fsyncPath(incoming, 'r+');
    return prepared;
  } catch (error) {
    removeWithJournal(incoming);
    if (error instanceof DomainError) throw error;
    throw new DomainError('invalid_state', `The backup cannot be brought up to this version: ${(error as Error).message}`, 'backup.cannotMigrate');
  }
}

/**
 * Swaps the prepared copy in for the live file and opens it with `reopen`. If that fails, the live file from before is
 * put back and opened, and the failure is thrown.
 */
export function swapInRestored(host: DatabaseHost, incoming: string, reopen: () => void): void {
  const live = host.file;
  const replaced = live + REPLACED_SUFFIX;
  host.close();
  host.removeJournal();
  removeWithJournal(replaced);
  renameSync(live, replaced);
  renameSync(incoming, live);
  fsyncPath(dirname(live));
  try {
    reopen();
  } catch (error) {
    host.close();
    removeWithJournal(live);
    renameSync(replaced, live);
    fsyncPath(dirname(live));
    reopen();
    throw new DomainError('invalid_state', `The restored database could not be opened: ${(error as Error).message}`, 'backup.cannotMigrate');
  }
  removeWithJournal(replaced);
}

/**
 * At start: what a restore cut off by a crash or power cut left. A copy still being prepared is dropped; a live file
 * moved aside but not yet replaced is put back. When both the swapped-in file and the moved-aside one exist, the swap
 * had finished (the pre-restore backup holds the one replaced).
 */
export function recoverInterruptedRestore(liveFile: string): void {
  removeWithJournal(liveFile + INCOMING_SUFFIX);
  const replaced = liveFile + REPLACED_SUFFIX;
  if (!existsSync(replaced)) return;
  if (existsSync(liveFile)) removeWithJournal(replaced);
  else renameSync(replaced, liveFile);
}
