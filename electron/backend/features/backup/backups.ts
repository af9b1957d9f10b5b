import { copyFileSync, existsSync, fsyncSync, closeSync, openSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { openDatabase } from '../../db/connection';
import type { DatabaseHost } from '../../db/host';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../../db/migrate';
import { DomainError, fieldInvalid } from '../../lib/errors';
import type { BackupInfo, BackupReason } from '../../../../shared/api/backup';
import { listBackupFiles, writeBackup } from './files';

export const DAILY_BACKUPS_KEPT = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export class BackupService {
  constructor(
    private readonly host: DatabaseHost,
    readonly dir: string,
    private readonly now: () => number,
    /** Re-opens and migrates the database after its file was replaced. */
    private readonly reopen: () => void,
  ) {}

  list(): BackupInfo[] {
    return listBackupFiles(this.dir);
  }

  create(reason: BackupReason): BackupInfo {
    const info = writeBackup(this.host.db, this.dir, reason, this.now());
    if (reason === 'daily') this.pruneDaily();
    return info;
  }

  copyTo(backup: BackupInfo, folder: string): string {
    if (!isAbsolute(folder) || !existsSync(folder) || !statSync(folder).isDirectory()) {
      throw fieldInvalid('copyTo', 'validation.folderMissing', `${folder} is not an existing folder`);
    }
    const target = join(folder, backup.id);
    copyFileSync(join(this.dir, backup.id), target);
    return target;
  }

  /** Makes the daily backup when the newest one is a day old or there is none. */
  runDailyIfDue(): BackupInfo | null {
    const newest = this.list().find((b) => b.reason === 'daily');
    if (newest && this.now() - newest.createdAt < DAY_MS) return null;
    return this.create('daily');
  }

  private pruneDaily(): void {
    const daily = this.list().filter((b) => b.reason === 'daily');
    for (const old of daily.slice(DAILY_BACKUPS_KEPT)) unlinkSync(join(this.dir, old.id));
  }

  /** Replaces the database with a backup, keeping a backup of what it replaces. */
  restore(id: string): { restored: BackupInfo; safetyBackup: BackupInfo } {
    const restored = this.list().find((b) => b.id === id);
    if (!restored) throw new DomainError('not_found', `There is no backup ${id}`, 'backup.notFound');
    this.checkRestorable(join(this.dir, id));
    const safetyBackup = this.create('pre-restore');
    const file = this.host.file;
    const incoming = `${file}.restoring`;
    copyFileSync(join(this.dir, id), incoming);
    const fd = openSync(incoming, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    this.host.close();
    this.host.removeJournal();
    renameSync(incoming, file);
    this.reopen();
    return { restored, safetyBackup };
  }

  private checkRestorable(path: string): void {
    let db;
    try {
      db = openDatabase(path, this.host.driver, true);
      const check = db.pragma('quick_check', { simple: true });
      const version = schemaVersion(db);
      if (check !== 'ok') throw new DomainError('invalid_state', `The backup is damaged: ${String(check)}`, 'backup.damaged');
      if (version > LATEST_SCHEMA_VERSION) {
        throw new DomainError('invalid_state', 'The backup was made by a newer version of the console', 'backup.newer');
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError('invalid_state', `The backup cannot be read: ${(error as Error).message}`, 'backup.damaged');
    } finally {
      db?.close();
    }
  }
}
