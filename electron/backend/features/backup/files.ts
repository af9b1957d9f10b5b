// Backup files: named by time and reason inside the data folder's `backups/`, written with VACUUM INTO. The time in a
// name is the center's, with its offset from UTC, as people at the center read the folder; names written before the
// offset was added carry UTC time and still read back.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/connection';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../../shared/api/backup';
import { isValidTimeZone } from '../../../../shared/api/settings';
import { zoneClock } from '../../../../shared/calendar/zone';
import { centerTimeZone } from '../../lib/center-time';

const NAME = /^aftersales-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})(?:([+-])(\d{2})(\d{2}))?-([a-z-]+)\.sqlite$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MINUTE_MS = 60_000;

/** e.g. aftersales-20261122-141646-123+0800-daily.sqlite: the time at the center, then its offset from UTC. */
export function backupFileName(at: number, reason: BackupReason, timeZone = 'UTC'): string {
  const offsetMinutes = Math.round(zoneClock(timeZone).offsetAt(at) / MINUTE_MS);
  const d = new Date(at + offsetMinutes * MINUTE_MS);
  const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}-${pad(d.getUTCMilliseconds(), 3)}`;
  const offset = `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}${pad(Math.abs(offsetMinutes) % 60)}`;
  return `aftersales-${date}-${time}${offset}-${reason}.sqlite`;
}

export function parseBackupFileName(name: string): { createdAt: number; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const reason = m[11] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
  const offsetMinutes = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
  return { createdAt: Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMinutes * MINUTE_MS, reason };
}

/** The center's time zone, for the names of its backups; UTC for a database too old or damaged to name a valid one. */
function backupTimeZone(db: Db): string {
  try {
    const timeZone = centerTimeZone(db);
    return isValidTimeZone(timeZone) ? timeZone : 'UTC';
  } catch {
    return 'UTC';
  }
}

export function listBackupFiles(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const items: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupFileName(name);
    if (parsed) items.push({ id: name, ...parsed, sizeBytes: statSync(join(dir, name)).size });
  }
  return items.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/** A backup being written carries this suffix until it is complete, so a crash never leaves a half file that looks whole. */
const UNFINISHED_SUFFIX = '.partial';

/** Flushes a file or folder to disk ('r+' where the platform wants a file opened for writing to flush it). */
export function fsyncPath(path: string, flags = 'r'): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, flags);
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder to flush it; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes what a backup cut off by a crash or power cut left behind (the file and its rollback journal). */
function removeUnfinishedBackups(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (name.endsWith(UNFINISHED_SUFFIX) || name.endsWith(`${UNFINISHED_SUFFIX}-journal`)) unlinkSync(join(dir, name));
  }
}

/**
 * Writes a consistent copy of the open database; VACUUM INTO runs on the writing connection, so writers never starve it.
 * It writes under a temporary name and renames the finished, flushed file: a process killed half way (found by the
 * crash test) used to leave a damaged file, with a hot journal beside it, listed among the good backups.
 */
export function writeBackup(
  db: Db,
  dir: string,
  reason: BackupReason,
  now: number,
  /** Writes into the finished copy before it gets its name (the audit chain's head). */
  stamp?: (copyFile: string) => void,
): BackupInfo {
  mkdirSync(dir, { recursive: true });
  removeUnfinishedBackups(dir);
  const timeZone = backupTimeZone(db);
  let at = now;
  while (existsSync(join(dir, backupFileName(at, reason, timeZone)))) at += 1;
  const id = backupFileName(at, reason, timeZone);
  const file = join(dir, id);
  const unfinished = file + UNFINISHED_SUFFIX;
  db.prepare('VACUUM INTO ?').run(unfinished);
  stamp?.(unfinished);
  fsyncPath(unfinished);
  renameSync(unfinished, file);
  fsyncPath(dir);
  return { id, createdAt: at, reason, sizeBytes: statSync(file).size };
}
