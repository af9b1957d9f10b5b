// Reading the service log (服务日志) of a request, for its page: every change, note and progress message, with who and
// when. Every domain appends its lines through records/service-log.ts.
import { sql, type Db } from '../../db/connection';
import type { ServiceLogEntry } from '../../../../shared/api/requests';

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
