import { z } from 'zod';
import { method } from './define';

export type IntegrityState = 'pending' | 'ok' | 'failed';

export interface SystemStatus {
  integrity: { state: IntegrityState; details: string[]; checkedAt: number | null };
  schemaVersion: number;
  dataDir: string;
  databaseBytes: number;
  lastBackupAt: number | null;
}

export const systemApi = {
  'system.status': method<SystemStatus>()({
    summary: 'Health of the data: the background integrity check (PRAGMA quick_check), schema version, size, last backup.',
    input: z.strictObject({}),
    access: ['admin'],
    kind: 'read',
  }),
};
