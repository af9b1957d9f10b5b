// The working calendar (official and edited days) and the service-level policy.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(``);
}
