import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface DriverOptions {
  /** Path of a better-sqlite3 build for another ABI (the Electron app's), kept apart from the Node build tests use. */
  nativeBinding?: string;
}

/** Opens the database with the pragmas every connection needs: a confirmed save must survive a power cut. */
export function openDatabase(file: string, driver: DriverOptions = {}, readonly = false): Db {
  const db = new Database(file, {
    readonly,
    fileMustExist: readonly,
    ...(driver.nativeBinding ? { nativeBinding: driver.nativeBinding } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
  } catch (error) {
    // A file that is not a database fails here; close it rather than leak a handle that keeps it locked (Windows).
    db.close();
    throw error;
  }
  return db;
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection. */
export function sql(db: Db, text: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}
