// A random key per user that every session of the user carries and is checked against on each call: a session made
// for user 2 of one archive never opens user 2 of another (a restored backup, or a user made later with the same id).
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE users ADD COLUMN session_key TEXT NOT NULL DEFAULT '';
    UPDATE users SET session_key = lower(hex(randomblob(16)));
  `);
}
