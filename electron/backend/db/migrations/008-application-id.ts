// Marks the file as this application's database (SQLite's application_id, bytes 68-71 of the header), so a restore can
// tell an archive of Aftersales Desk from any other SQLite file.
import type { Db } from '../connection';

/** 'ASDK' in ASCII: AfterSales DesK. */
export const APPLICATION_ID = 0x4153444b;

export function up(db: Db): void {
  db.pragma(`application_id = ${APPLICATION_ID}`);
}
