// Optimistic concurrency for editable records: an update names the version it read and loses to whoever saved first.
// A new row starts at version 0 (the column's default).
import { sql, type Db } from './connection';

/** Identifiers come from code, never from input; this guards against a slip all the same. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Sets the given columns (those not undefined) of one row, bumps its `version` and `updated_at`, only if its version is still
 * `expectedVersion`. Returns false when someone saved first (or the row is gone).
 */
export function updateVersionedRow(
  db: Db,
  table: string,
  id: number,
  expectedVersion: number,
  columns: Record<string, unknown>,
  now: number,
): boolean {
  const names = Object.keys(columns).filter((name) => columns[name] !== undefined);
  for (const name of [table, ...names]) if (!IDENTIFIER.test(name)) throw new Error(`Not an identifier: ${name}`);
  const assignments = [...names.map((name) => `${name} = @${name}`), 'version = version + 1', 'updated_at = @now'];
  const values = Object.fromEntries(names.map((name) => [name, columns[name]]));
  const result = sql(db, `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id AND version = @expectedVersion`).run({
    ...values,
    id,
    expectedVersion,
    now,
  });
  return result.changes === 1;
}

/** Inserts one row with the given columns (those not undefined; the others take their defaults) and returns its id. */
export function insertRow(db: Db, table: string, columns: Record<string, unknown>): number {
  const names = Object.keys(columns).filter((name) => columns[name] !== undefined);
  for (const name of [table, ...names]) if (!IDENTIFIER.test(name)) throw new Error(`Not an identifier: ${name}`);
  const values = Object.fromEntries(names.map((name) => [name, columns[name]]));
  const statement = sql(db, `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`);
  return Number(statement.run(values).lastInsertRowid);
}
