import { copyFileSync, existsSync, statSync, unlinkSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { DatabaseHost } from '../../db/host';
import { DomainError, fieldInvalid } from '../../lib/errors';
import type { BackupInfo, BackupReason } from '../../../../shared/api/backup';
import type { AuditTrail } from '../audit';
import { checkArchiveFile } from './archive-check';
import { listBackupFiles, writeBackup } from './files';
import { discardPrepared, prepareRestore, swapInRestored } from './restore';

export const DAILY_BACKUPS_KEPT = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export class BackupService {
  constructor(
    private readonly host: DatabaseHost,
    readonly dir: string,
    private readonly now: () => number,
    /** Re-opens and migrates the database after its file was replaced. */
    private readonly reopen: () => void,
    private readonly audit: AuditTrail,
  ) {}

  list(): BackupInfo[] {
    return listBackupFiles(this.dir);
  }

  create(reason: BackupReason): BackupInfo {
    const source = this.host.db;
    const info = writeBackup(source, this.dir, reason, this.now(), (copy) => this.audit.stampBackup(source, copy, this.host.driver));
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

  /** Replaces the database with a backup, keeping a backup of what it replaces; all or nothing. */
  restore(id: string): { restored: BackupInfo; safetyBackup: BackupInfo } {
    const restored = this.list().find((b) => b.id === id);
    if (!restored) throw new DomainError('not_found', `There is no backup ${id}`, 'backup.notFound');
    checkArchiveFile(join(this.dir, id), this.host.driver);
    const prepared = prepareRestore(this.host.file, join(this.dir, id), this.host, this.audit, this.now);
    const incoming = prepared.file;
    let safetyBackup: BackupInfo;
    try {
      safetyBackup = this.create('pre-restore');
    } catch (error) {
      discardPrepared(incoming);
      throw error;
    }
    swapInRestored(this.host, incoming, this.reopen);
    this.audit.restored(this.host.db, prepared.stampedHead, prepared.backupVersion);
    return { restored, safetyBackup };
  }
}
