// Service requests, their service log, deadlines and search index.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(``);
}
