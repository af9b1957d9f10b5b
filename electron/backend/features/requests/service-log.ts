// The service log (服务日志) of a request: every change, note and progress message, with who and when. Append-only:
// this module only ever inserts, and the table's triggers refuse updates and deletes.
import { sql, type Db } from '../../db/connection';
import type { ServiceLogEntry } from '../../../../shared/api/requests';

export interface ServiceLogLine {
  requestId: number;
  at: number;
  userId: number | null;
  /** `created`, `state.<action>`, `note`, `progress`, `updated`, `arrived`; other domains add theirs (`question.opened`). */
  kind: string;
  details?: Record<string, unknown>;
}

export function appendServiceLog(db: Db, entry: ServiceLogLine): number {
  return Number(
    sql(db, 'INSERT INTO service_log (request_id, at, user_id, kind, details) VALUES (?, ?, ?, ?, ?)').run(
      entry.requestId,
      entry.at,
      entry.userId,
      entry.kind,
      JSON.stringify(entry.details ?? {}),
    ).lastInsertRowid,
  );
}

interface LogRow {
  id: number;
  at: number;
  user_name: string | null;
  kind: string;
  details: string;
}

const toEntry = (row: LogRow): ServiceLogEntry => ({
  id: row.id,
  at: row.at,
  userName: row.user_name,
  kind: row.kind,
  details: JSON.parse(row.details) as Record<string, unknown>,
});

/** The whole log of a request, oldest first. */
export function serviceLogOf(db: Db, requestId: number): ServiceLogEntry[] {
  const rows = sql(
    db,
    `SELECT l.id, l.at, u.display_name AS user_name, l.kind, l.details
     FROM service_log l LEFT JOIN users u ON u.id = l.user_id
     WHERE l.request_id = ? ORDER BY l.id`,
  ).all(requestId) as LogRow[];
  return rows.map(toEntry);
}

export function serviceLogEntry(db: Db, id: number): ServiceLogEntry {
  const row = sql(
    db,
    `SELECT l.id, l.at, u.display_name AS user_name, l.kind, l.details
     FROM service_log l LEFT JOIN users u ON u.id = l.user_id WHERE l.id = ?`,
  ).get(id) as LogRow;
  return toEntry(row);
}
