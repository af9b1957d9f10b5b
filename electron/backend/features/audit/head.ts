// The audit chain's head (its last row's id and hash), kept outside the database in the data folder and under the
// audit key, and stamped into every backup. Deleting the last rows of the log, or all of them, leaves the database
// shorter than its head says; a head deleted or replaced shows too. Events the console itself noticed (the head found
// missing, an archive sealed again, a restore from a backup that carried no head) stay in the head for verification
// to report.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { macOf, type AuditKey } from './key';

export const AUDIT_HEAD_FILE = 'audit-head.json';

export type HeadEventKind = 'headMissing' | 'resealed' | 'restoredWithoutHead';

export interface AuditHead {
  lastId: number;
  lastHash: string;
  keyId: string;
  events: Array<{ kind: HeadEventKind; at: number }>;
}

interface HeadFile extends AuditHead {
  mac: string;
}

const headMac = (key: AuditKey, head: AuditHead) =>
  macOf(key, JSON.stringify(['audit head', head.lastId, head.lastHash, head.keyId, head.events]));

export const stampMac = (key: AuditKey, lastId: number, lastHash: string) =>
  macOf(key, JSON.stringify(['backup audit head', lastId, lastHash, key.id]));

export type HeadReading = { state: 'missing' } | { state: 'forged' } | { state: 'ok'; head: AuditHead };

export function readAuditHead(dataDir: string, key: AuditKey): HeadReading {
  const path = join(dataDir, AUDIT_HEAD_FILE);
  if (!existsSync(path)) return { state: 'missing' };
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as HeadFile;
    const head: AuditHead = { lastId: file.lastId, lastHash: file.lastHash, keyId: file.keyId, events: file.events ?? [] };
    if (typeof head.lastId !== 'number' || typeof file.mac !== 'string' || headMac(key, head) !== file.mac) return { state: 'forged' };
    return { state: 'ok', head };
  } catch {
    return { state: 'forged' };
  }
}

/** Replaces the head file with a complete, flushed one (a crash leaves the old head or the new one, never half). */
export function writeAuditHead(dataDir: string, key: AuditKey, head: AuditHead): void {
  const path = join(dataDir, AUDIT_HEAD_FILE);
  const unfinished = `${path}.new`;
  const file: HeadFile = { ...head, mac: headMac(key, head) };
  writeFileSync(unfinished, `${JSON.stringify(file)}\n`, { mode: 0o600 });
  const fd = openSync(unfinished, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(unfinished, path);
}
