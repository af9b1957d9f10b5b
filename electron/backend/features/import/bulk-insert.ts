// Rows of one table gathered in memory and written many to a statement: an import writes a quarter of a million rows,
// and one call into better-sqlite3 per row cost more than SQLite's own work on them (measured: 50,000 equipment rows
// 350 ms one at a time, 245 ms fifty at a time).
import type Database from 'better-sqlite3';
import { sql, type Db } from '../../db/connection';

const ROWS_PER_STATEMENT = 50;

export class BulkInsert {
  private values: unknown[] = [];
  private readonly one: Database.Statement;
  private readonly many: Database.Statement;
  private readonly width: number;

  constructor(db: Db, table: string, columns: readonly string[]) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.width = columns.length;
    this.one = sql(db, head + row);
    this.many = sql(db, head + Array<string>(ROWS_PER_STATEMENT).fill(row).join(', '));
  }

  /** Adds one row: its values in the order of the columns. */
  add(...row: unknown[]): void {
    for (const value of row) this.values.push(value);
  }

  /** Writes the rows gathered so far, in the order they were added. */
  flush(): void {
    const values = this.values;
    if (values.length === 0) return;
    this.values = [];
    const perStatement = ROWS_PER_STATEMENT * this.width;
    let start = 0;
    for (; start + perStatement <= values.length; start += perStatement) this.many.run(values.slice(start, start + perStatement));
    for (; start < values.length; start += this.width) this.one.run(values.slice(start, start + this.width));
  }
}

/** The id SQLite would give the next row of a table with an INTEGER PRIMARY KEY (and no AUTOINCREMENT): max + 1. */
export function nextRowId(db: Db, table: string): number {
  return (sql(db, `SELECT coalesce(max(rowid), 0) + 1 AS id FROM ${table}`).get() as { id: number }).id;
}
