// Several desks on one host (the LAN issue): how long a desk's session may stay idle before it ends, and whether a
// session keeps to the network address it signed in from (a cookie taken to another computer is refused there).
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE center_settings ADD COLUMN session_idle_minutes INTEGER NOT NULL DEFAULT 720
      CHECK (session_idle_minutes BETWEEN 5 AND 1440);
    ALTER TABLE center_settings ADD COLUMN session_bound_to_address INTEGER NOT NULL DEFAULT 1
      CHECK (session_bound_to_address IN (0, 1));
  `);
}
