// Seals kept with the data (see features/audit/seals.ts): each audit row's MAC and the key that made it; one seal per
// row of every record table, with a sealed count and digest per table; and the audit chain's head as a backup holds it.
// The sealing itself needs the audit key, which is not in the database: the back end does it after migrating.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE audit_log ADD COLUMN mac TEXT;
    ALTER TABLE audit_log ADD COLUMN key_id TEXT;

    CREATE TABLE row_seals (
      tbl TEXT NOT NULL,
      row_key NOT NULL,
      seal BLOB NOT NULL,
      PRIMARY KEY (tbl, row_key)
    ) WITHOUT ROWID;

    CREATE TABLE seal_totals (
      tbl TEXT PRIMARY KEY,
      row_count INTEGER NOT NULL,
      digest BLOB NOT NULL,
      mac TEXT NOT NULL
    );

    CREATE TABLE backup_audit_head (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      last_id INTEGER NOT NULL,
      last_hash TEXT NOT NULL,
      key_id TEXT NOT NULL,
      mac TEXT NOT NULL
    );
  `);
}
