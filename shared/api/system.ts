import { z } from 'zod';
import { method } from './define';

export type IntegrityState = 'pending' | 'ok' | 'failed';

/**
 * A part whose stock row disagrees with its ledger, found by the integrity check: the row's quantity and value, the
 * sum of the part's movements, and what its last movement left (null with no movement). Quantities in units of the
 * part, values in fen. Only an edit of the file behind the console's back (its triggers dropped) can cause one.
 */
export interface LedgerMismatch {
  partCode: string;
  partName: string;
  unit: string;
  /** What the stock row says (null: the part has no stock row). */
  stock: { quantity: number; valueFen: number } | null;
  movements: { count: number; quantity: number; valueFen: number };
  lastMovement: { quantity: number; valueFen: number } | null;
}

export interface IntegrityReport {
  state: IntegrityState;
  /** SQLite's own findings (PRAGMA quick_check) when it found something, or why the check could not run. */
  details: string[];
  /** Parts whose stock is not the sum of their movements or not what their last movement left. */
  ledger: LedgerMismatch[];
  checkedAt: number | null;
}

export interface SystemStatus {
  integrity: IntegrityReport;
  schemaVersion: number;
  dataDir: string;
  databaseBytes: number;
  lastBackupAt: number | null;
}

export const systemApi = {
  'system.status': method<SystemStatus>()({
    summary:
      "Health of the data: the background integrity check (PRAGMA quick_check, and every part's stock against its ledger), schema version, size, last backup.",
    input: z.strictObject({}),
    access: ['admin'],
    kind: 'read',
  }),
};
