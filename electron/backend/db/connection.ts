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
    // 64 MiB of page cache instead of SQLite's 2 MiB: a customer page or search at 100,000 customers stays in memory,
    // and an import's transaction does not spill half-written pages to the WAL before it commits.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
  } catch (error) {
    // A file that is not a database fails here; close it rather than leak a handle that keeps it locked (Windows).
    db.close();
    throw error;
  }
  return db;
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

type StatementObserver = (text: string, params: unknown[]) => void;
let observer: StatementObserver | null = null;

/**
 * For tests: be told of every statement run through `sql()` with its parameters (to check its query plan).
 * Returns the function that stops observing.
 */
export function observeStatements(fn: StatementObserver): () => void {
  observer = fn;
  return () => {
    if (observer === fn) observer = null;
  };
}

function observed(statement: Database.Statement, text: string, fn: StatementObserver): Database.Statement {
  return new Proxy(statement, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (!['get', 'all', 'run', 'iterate'].includes(String(property))) {
        // pluck(), raw(), expand(), bind() are native methods that must run on the statement itself; they return it,
        // and what runs next is observed too.
        return (...args: unknown[]) => {
          const result = (value as (...args: unknown[]) => unknown).apply(target, args);
          return result === target ? receiver : result;
        };
      }
      return (...params: unknown[]) => {
        fn(text, params);
        return (value as (...args: unknown[]) => unknown).apply(target, params);
      };
    },
  });
}

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
  return observer ? observed(statement, text, observer) : statement;
}
