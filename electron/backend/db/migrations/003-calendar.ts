// The working calendar (the supervisor's edits over the official days) and the service-level policy, every version kept.
import type { Db } from '../connection';
import { DEFAULT_SLA_RULES } from '../../../../shared/calendar/policy';

export function up(db: Db, now: number): void {
  db.exec(`
    -- A day the supervisor made working or a holiday, over the official calendar and the weekday rule. Removing the
    -- row returns the day to what the official calendar (or, without one, Monday to Friday) says.
    CREATE TABLE calendar_days (
      date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      kind TEXT NOT NULL CHECK (kind IN ('working', 'holiday')),
      name TEXT NOT NULL DEFAULT '',
      edited_by INTEGER REFERENCES users(id),
      edited_at INTEGER NOT NULL
    ) WITHOUT ROWID;

    -- The service-level policy, one row per version; the newest is in force. Rules are JSON (see shared/calendar/policy.ts).
    CREATE TABLE sla_policy_versions (
      version INTEGER PRIMARY KEY,
      rules TEXT NOT NULL,
      saved_by INTEGER REFERENCES users(id),
      saved_at INTEGER NOT NULL
    );
  `);
  db.prepare('INSERT INTO sla_policy_versions (version, rules, saved_by, saved_at) VALUES (1, ?, NULL, ?)').run(
    JSON.stringify(DEFAULT_SLA_RULES),
    now,
  );
}
