// Several desks on one host (the LAN issue): a write sent again after the network dropped its answer must not be made
// twice. Each write a desk sends carries an idempotency key; the first transaction of that write claims the key here,
// and the answer is kept beside it, so the same key sent again gets the same answer and changes nothing.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE write_receipts (
      key TEXT PRIMARY KEY,
      method TEXT NOT NULL,
      user_id INTEGER,
      at INTEGER NOT NULL,
      -- The answer's value as JSON, once the call answered; NULL while it runs (or if it stopped after its write).
      answer TEXT
    ) WITHOUT ROWID;
    CREATE INDEX write_receipts_at ON write_receipts (at);
  `);
}
