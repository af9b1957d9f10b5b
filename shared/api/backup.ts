import { z } from 'zod';
import { method } from './define';

export const BACKUP_REASONS = ['manual', 'daily', 'pre-migration', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** The file name inside the data folder's `backups/`, which is also its id. */
  id: string;
  createdAt: number;
  reason: BackupReason;
  sizeBytes: number;
}

export const backupIdSchema = z
  .string()
  .regex(/^aftersales-\d{8}-\d{6}-\d{3}(?:[+-]\d{4})?-(manual|daily|pre-migration|pre-restore)\.sqlite$/, {
    message: 'validation.backupId',
  });

export const backupApi = {
  'backup.create': method<BackupInfo & { copiedTo: string | null }>()({
    summary: 'Backs the database up now; optionally also copies the backup into a folder (an absolute path on this computer).',
    input: z.strictObject({ copyTo: z.string().min(1).max(500).optional() }),
    access: ['admin'],
    kind: 'write',
  }),
  'backup.list': method<{ items: BackupInfo[] }>()({
    summary: 'The backups in the data folder, newest first.',
    input: z.strictObject({}),
    access: ['admin'],
    kind: 'read',
  }),
  'backup.restore': method<{ restored: BackupInfo; safetyBackup: BackupInfo }>()({
    summary: 'Replaces the database with a backup, after backing up what it replaces. Users signed in to other accounts may be signed out.',
    input: z.strictObject({ id: backupIdSchema }),
    access: ['admin'],
    kind: 'write',
  }),
};
