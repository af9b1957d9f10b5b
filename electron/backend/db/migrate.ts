import type { Db } from './connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of Aftersales Desk (schema ${found}; this version knows up to ${supported}). ` +
        'Install the newer version, or restore a backup made by this one.',
    );
    this.name = 'NewerDatabaseError';
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrateOptions {
  now: () => number;
  /** Called once before the first pending migration runs on a database that already holds data. */
  beforeMigrating?: (fromVersion: number) => void;
  /** Runs inside each migration's transaction after it (the audit seals of what it changed). */
  afterMigration?: (db: Db, version: number) => void;
  migrations?: readonly Migration[];
}

/** Brings the schema up to date, one transaction per migration; refuses a database from the future. */
export function migrate(db: Db, options: MigrateOptions): { from: number; to: number } {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  const from = schemaVersion(db);
  if (from > latest) throw new NewerDatabaseError(from, latest);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length > 0 && from > 0) options.beforeMigrating?.(from);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db, options.now());
      options.afterMigration?.(db, migration.version);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: schemaVersion(db) };
}

export { LATEST_SCHEMA_VERSION };
