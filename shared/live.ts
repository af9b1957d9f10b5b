// Change notices (the LAN issue): after every write a desk makes, the host tells every other desk that is listening
// which write it was, so their screens read again what the contract says it changed (shared/api/changes.ts).
import type { WriteMethodName } from './api';
import type { ChangedRecord } from './api/records';


export interface ChangeNotice {
  /** The write that succeeded. */
  method: WriteMethodName;
  /** Who made it, by display name (null for the back end's own work, say the day's inspections). */
  byName: string | null;
  at: number;
  /**
   * The record the write changed in place, as shared/api/records.ts declares it (null: it created records or named none):
   * a desk with that record's form open says who changed it before its own save meets the version check.
   */
  record: ChangedRecord | null;
}

/** The server-sent event that carries a notice over HTTP(S) (`GET /api/events`), and the app event over IPC. */
export const CHANGE_EVENT = 'changed';

/**
 * Why the host ended a desk's session: an administrator ended it, a restore replaced the archive, or the host is
 * stopping (an upgrade, a restart), which ends every session since they live in its memory.
 */
export interface SignedOutNotice {
  reason: 'ended' | 'restored' | 'stopped';
}

/** The event that tells a desk its session has ended, before its next call finds out. */
export const SIGNED_OUT_EVENT = 'signedOut';
