// Record seals: an HMAC under the audit key of every row of every record table, kept in row_seals, with a sealed row
// count and an XOR of the seals per table in seal_totals (under its own MAC). The console reseals what each write
// changed in the write's own transaction; a change made behind the console (a customer renamed with a SQLite tool, an
// agent given the administrator role in user_roles, a service-log row deleted after dropping its trigger) leaves a
// row whose seal no longer matches, a row without a seal, or a seal without its row: verification names the table and
// the row. Removing a row together with its seal shows in the table's count and digest.
//
// Which rows changed is learnt from TEMP triggers on the writing connection. They are not stored in the database file,
// so nobody editing the file can see or drop them; every new table a migration adds is sealed without more code.
import { createHmac } from 'node:crypto';
import { sql, type Db } from '../../db/connection';
import type { AuditKey } from './key';
import { macOf } from './key';

/** Tables that are not records: the log and the seals themselves, what is derived from records (search), and the
 * receipts of writes sent again (lib/write-receipts.ts). */
const NOT_RECORDS = new Set(['audit_log', 'row_seals', 'seal_totals', 'backup_audit_head', 'phone_suffixes', 'write_receipts']);

export interface SealedTable {
  name: string;
  /** The primary key's columns of a WITHOUT ROWID table; null for a table keyed by rowid. */
  keyColumns: string[] | null;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const tablesBySchema = new WeakMap<Db, { schemaVersion: number; tables: SealedTable[] }>();

/** The record tables of the database: every table but the log, the seals and what search derives from records. */
export function sealedTables(db: Db): SealedTable[] {
  const schemaVersion = sql(db, 'PRAGMA main.schema_version').pluck().get() as number;
  const cached = tablesBySchema.get(db);
  if (cached?.schemaVersion === schemaVersion) return cached.tables;
  const tables = readSealedTables(db);
  tablesBySchema.set(db, { schemaVersion, tables });
  return tables;
}

function readSealedTables(db: Db): SealedTable[] {
  const tables = db
    .prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  return tables
    .filter((t) => !NOT_RECORDS.has(t.name) && !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)))
    .map((t) => ({
      name: t.name,
      keyColumns: /WITHOUT\s+ROWID\s*;?\s*$/i.test(t.sql)
        ? (db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(t.name) as string[])
        : null,
    }));
}

/** The row's key as stored in row_seals: its rowid, or a JSON array of its primary key's values. */
function keyExpression(table: SealedTable, alias: string): string {
  if (!table.keyColumns) return `${alias}.rowid`;
  return `json_array(${table.keyColumns.map((c) => `${alias}.${quote(c)}`).join(', ')})`;
}

function rowWhere(table: SealedTable): string {
  return table.keyColumns ? table.keyColumns.map((c) => `${quote(c)} = ?`).join(' AND ') : 'rowid = ?';
}

function keyParams(table: SealedTable, rowKey: unknown): unknown[] {
  return table.keyColumns ? (JSON.parse(String(rowKey)) as unknown[]) : [rowKey];
}

/** The seal of one row: its table, its key and every column's value, in the table's column order. */
export function rowSeal(key: AuditKey, table: string, rowKey: unknown, values: readonly unknown[]): Buffer {
  return createHmac('sha256', key.bytes).update(JSON.stringify([table, rowKey, ...values])).digest();
}

function xorInto(target: Buffer, other: Buffer): void {
  for (let i = 0; i < target.length; i += 1) target[i]! ^= other[i]!;
}

export interface Totals {
  count: number;
  digest: Buffer;
}

export const totalsMac = (key: AuditKey, table: string, totals: Totals): string =>
  macOf(key, JSON.stringify([table, totals.count, totals.digest.toString('hex')]));

/** Creates the TEMP queue and triggers that note every row a write on this connection inserts, updates or deletes. */
export function watchRecordChanges(db: Db): void {
  // No key: a trigger that skips a row already queued (INSERT OR IGNORE, or WHERE NOT EXISTS) either failed under an
  // outer upsert (its conflict clause wins) or took 7 s for 20,000 inserts (measured); a row queued twice is sealed
  // twice, to the same seal.
  db.exec('CREATE TEMP TABLE IF NOT EXISTS sealing_queue (tbl TEXT NOT NULL, row_key NOT NULL)');
  for (const table of sealedTables(db)) {
    const name = table.name.replaceAll("'", "''");
    const note = (alias: 'NEW' | 'OLD') => `INSERT INTO temp.sealing_queue (tbl, row_key) VALUES ('${name}', ${keyExpression(table, alias)});`;
    const trigger = (event: string) => quote(`sealing_${event}_${table.name}`);
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${trigger('insert')} AFTER INSERT ON main.${quote(table.name)} BEGIN ${note('NEW')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${trigger('update')} AFTER UPDATE ON main.${quote(table.name)} BEGIN ${note('OLD')} ${note('NEW')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${trigger('delete')} AFTER DELETE ON main.${quote(table.name)} BEGIN ${note('OLD')} END;
    `);
  }
}

/** Rows changed on this connection whose seals are not written yet. */
export function pendingSealCount(db: Db): number {
  return sql(db, 'SELECT count(*) FROM temp.sealing_queue').pluck().get() as number;
}

function loadTotals(db: Db, table: string): Totals {
  const row = sql(db, 'SELECT row_count, digest FROM seal_totals WHERE tbl = ?').get(table) as
    | { row_count: number; digest: Buffer }
    | undefined;
  return row ? { count: row.row_count, digest: Buffer.from(row.digest) } : { count: 0, digest: Buffer.alloc(32) };
}

function saveTotals(db: Db, key: AuditKey, table: string, totals: Totals): void {
  sql(db, 'INSERT OR REPLACE INTO seal_totals (tbl, row_count, digest, mac) VALUES (?, ?, ?, ?)').run(
    table,
    totals.count,
    totals.digest,
    totalsMac(key, table, totals),
  );
}

const SEALS_PER_STATEMENT = 50;

/** Writes seals many to a statement (one call into SQLite per row cost more than the row's own work). */
function writeSeals(db: Db, table: string, seals: ReadonlyArray<readonly [unknown, Buffer]>): void {
  const many = sql(db, `INSERT OR REPLACE INTO row_seals (tbl, row_key, seal) VALUES ${Array<string>(SEALS_PER_STATEMENT).fill('(?, ?, ?)').join(', ')}`);
  const one = sql(db, 'INSERT OR REPLACE INTO row_seals (tbl, row_key, seal) VALUES (?, ?, ?)');
  let start = 0;
  for (; start + SEALS_PER_STATEMENT <= seals.length; start += SEALS_PER_STATEMENT) {
    many.run(seals.slice(start, start + SEALS_PER_STATEMENT).flatMap(([rowKey, seal]) => [table, rowKey, seal]));
  }
  for (; start < seals.length; start += 1) one.run(table, seals[start]![0], seals[start]![1]);
}

/** The queued keys of one table (up to queue row `upTo`), each once. */
const QUEUED_KEYS = 'SELECT DISTINCT row_key FROM temp.sealing_queue WHERE tbl = ? AND rowid <= ?';

/** The changed rows of one table that still exist, as [key, ...values]: all at once for a rowid table. */
function changedRows(db: Db, table: SealedTable, upTo: number): unknown[][] {
  if (!table.keyColumns) {
    return sql(db, `SELECT t.rowid, t.* FROM main.${quote(table.name)} t WHERE t.rowid IN (${QUEUED_KEYS})`).raw().all(table.name, upTo) as unknown[][];
  }
  // A WITHOUT ROWID table (few rows, small tables) row by row, by its primary key.
  const keys = sql(db, QUEUED_KEYS).pluck().all(table.name, upTo);
  const rows: unknown[][] = [];
  for (const rowKey of keys) {
    const values = sql(db, `SELECT * FROM main.${quote(table.name)} WHERE ${rowWhere(table)}`).raw().get(...keyParams(table, rowKey)) as unknown[] | undefined;
    if (values) rows.push([rowKey, ...values]);
  }
  return rows;
}

/**
 * Writes the seals of the rows changed since the last call (about `limit` of them), inside the caller's transaction,
 * a table at a time. Returns how many changes are left queued.
 */
export function sealPendingRows(db: Db, key: AuditKey, limit = Number.MAX_SAFE_INTEGER): number {
  if (!db.inTransaction) throw new Error('sealPendingRows must run inside the transaction of the change');
  const upTo = sql(db, 'SELECT max(rowid) FROM (SELECT rowid FROM temp.sealing_queue ORDER BY rowid LIMIT ?)').pluck().get(limit) as number | null;
  if (upTo === null) return 0;
  const tables = new Map(sealedTables(db).map((t) => [t.name, t]));
  for (const name of sql(db, 'SELECT DISTINCT tbl FROM temp.sealing_queue WHERE rowid <= ?').pluck().all(upTo) as string[]) {
    const table = tables.get(name);
    if (!table) continue; // a table dropped by the same write
    const totals = loadTotals(db, name);
    const old = new Map<string, Buffer>();
    for (const [rowKey, seal] of sql(db, `SELECT row_key, seal FROM row_seals WHERE tbl = ? AND row_key IN (${QUEUED_KEYS})`)
      .raw()
      .all(name, name, upTo) as [unknown, Buffer][]) {
      old.set(String(rowKey), seal);
      xorInto(totals.digest, seal);
      totals.count -= 1;
    }
    const fresh: Array<readonly [unknown, Buffer]> = [];
    for (const [rowKey, ...values] of changedRows(db, table, upTo)) {
      const seal = rowSeal(key, name, rowKey, values);
      fresh.push([rowKey, seal]);
      old.delete(String(rowKey));
      xorInto(totals.digest, seal);
      totals.count += 1;
    }
    writeSeals(db, name, fresh);
    // What is left of the old seals belongs to rows the write deleted.
    for (const rowKey of old.keys()) {
      sql(db, 'DELETE FROM row_seals WHERE tbl = ? AND row_key = ?').run(name, table.keyColumns ? rowKey : Number(rowKey));
    }
    saveTotals(db, key, name, totals);
  }
  sql(db, 'DELETE FROM temp.sealing_queue WHERE rowid <= ?').run(upTo);
  return pendingSealCount(db);
}

/** Seals every row of every record table afresh (a new archive, or after a migration changed the tables). */
export function sealAllRows(db: Db, key: AuditKey): number {
  if (!db.inTransaction) throw new Error('sealAllRows must run inside a transaction');
  db.exec('DELETE FROM row_seals; DELETE FROM seal_totals');
  const insert = db.prepare('INSERT INTO row_seals (tbl, row_key, seal) VALUES (?, ?, ?)');
  let sealed = 0;
  for (const table of sealedTables(db)) {
    const totals: Totals = { count: 0, digest: Buffer.alloc(32) };
    const rows = db.prepare(`SELECT ${keyExpression(table, 't')}, * FROM main.${quote(table.name)} t`).raw().all() as unknown[][];
    for (const [rowKey, ...values] of rows) {
      const seal = rowSeal(key, table.name, rowKey, values);
      insert.run(table.name, rowKey, seal);
      xorInto(totals.digest, seal);
      totals.count += 1;
    }
    saveTotals(db, key, table.name, totals);
    sealed += rows.length;
  }
  if (db.prepare("SELECT count(*) FROM sqlite_temp_master WHERE name = 'sealing_queue'").pluck().get()) {
    db.exec('DELETE FROM temp.sealing_queue');
  }
  return sealed;
}

export { keyExpression, quote, xorInto };
