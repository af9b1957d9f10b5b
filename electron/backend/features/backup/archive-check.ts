// What makes a file an archive of this console that may replace the live one: a SQLite file, marked with our
// application_id, with exactly the schema our migrations make at its version, at least one active administrator, and
// an integrity check that passes. An empty (0-byte) file opens as an empty SQLite database, and restoring it used to
// wipe customers and users and reopen first-run setup to anyone.
import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openDatabase, type Db, type DriverOptions } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations';
import { APPLICATION_ID } from '../../db/migrations/008-application-id';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '../../db/migrate';
import { DomainError } from '../../lib/errors';

/** The first schema version whose files carry the application_id; older backups are told by their schema alone. */
const FIRST_MARKED_VERSION = 8;

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

const refuse = (reason: string, message: string) => new DomainError('invalid_state', message, reason);

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** Every table, index, view and trigger with its columns; triggers by their whole text, as they run code. */
function schemaOf(db: Db): string[] {
  const objects = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as SchemaObject[];
  return objects.map((object) => {
    if (object.type === 'table') {
      const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(object.name) as string[];
      return `table ${object.name} (${columns.join(', ')})`;
    }
    if (object.type === 'trigger') return `trigger ${object.name} ${(object.sql ?? '').replace(/\s+/g, ' ')}`;
    return `${object.type} ${object.name} on ${object.tbl_name}`;
  });
}

const referenceSchemas = new Map<number, string[]>();

/**
 * The schema our own migrations make at this version, built once in memory (with the driver the app loads: the
 * Electron app's own build of better-sqlite3, where the Node build would not load).
 */
function referenceSchema(version: number, driver: DriverOptions): string[] {
  let schema = referenceSchemas.get(version);
  if (!schema) {
    const db = new Database(':memory:', driver.nativeBinding ? { nativeBinding: driver.nativeBinding } : {});
    try {
      migrate(db, { now: () => 0, migrations: MIGRATIONS.filter((m) => m.version <= version) });
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    referenceSchemas.set(version, schema);
  }
  return schema;
}

function activeAdministrators(db: Db): number {
  return db
    .prepare("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin' WHERE u.active = 1")
    .pluck()
    .get() as number;
}

/** Checks an open database is an archive of this console; throws a DomainError saying why not. */
export function checkArchive(db: Db, integrity: 'full' | 'quick', driver: DriverOptions): { version: number } {
  const version = schemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw refuse('backup.newer', 'The backup was made by a newer version of the console');
  }
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const marked = applicationId === APPLICATION_ID;
  if (version < 1 || (version >= FIRST_MARKED_VERSION ? !marked : applicationId !== 0)) {
    throw refuse('backup.notOurs', 'The file is a database, but not an archive of Aftersales Desk');
  }
  const expected = referenceSchema(version, driver);
  const actual = schemaOf(db);
  if (expected.join('\n') !== actual.join('\n')) {
    const differs = [...actual.filter((o) => !expected.includes(o)), ...expected.filter((o) => !actual.includes(o))];
    throw refuse('backup.notOurs', `The archive's schema is not this console's at version ${version}: ${differs.slice(0, 3).join('; ')}`);
  }
  const check = db.pragma(integrity === 'full' ? 'integrity_check' : 'quick_check', { simple: true });
  if (check !== 'ok') throw refuse('backup.damaged', `The backup is damaged: ${String(check)}`);
  if (activeAdministrators(db) === 0) {
    throw refuse('backup.noUsers', 'The backup has no active administrator; restoring it would lock everyone out');
  }
  return { version };
}

/** Checks a file is an archive of this console, opening it read-only. */
export function checkArchiveFile(path: string, driver: DriverOptions): { version: number } {
  let db: Db | undefined;
  try {
    if (!hasSqliteHeader(path)) throw refuse('backup.notDatabase', 'The file is not a database (it is empty or of another kind)');
    db = openDatabase(path, driver, true);
    return checkArchive(db, 'full', driver);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw refuse('backup.damaged', `The backup cannot be read: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}
