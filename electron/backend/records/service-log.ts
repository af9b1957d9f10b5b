// The service log (服务日志) of a request: every domain that touches a request appends its lines here (the request's
// own steps, notes and progress; a question opened from it, a suggestion, a complaint form, an article used).
// Append-only: this module only ever inserts, and the table's triggers refuse updates and deletes. The request's
// page reads the log through features/requests/service-log.ts.
import { sql, type Db } from '../db/connection';

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

const EXCERPT = 60;

/** A long text as a log line quotes it: its first 60 characters. */
export const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);
