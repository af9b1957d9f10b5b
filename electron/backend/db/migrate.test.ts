import { existsSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '..';
import { DATABASE_FILE_NAME } from '../data-dir';
import { makeTempDir, TEST_COST_LOG2 } from '../testing/fixture';
import { openDatabase } from './connection';
import { LATEST_SCHEMA_VERSION, migrate, NewerDatabaseError, schemaVersion } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

const NOW = Date.UTC(2026, 10, 20, 2, 0, 0);
const folders: string[] = [];
function tempFolder(): string {
  const dir = makeTempDir('aftersales-migrate-');
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** How many of this process's open file descriptors point at the file (Linux; -1 where /proc is missing). */
function openHandlesTo(file: string): number {
  if (!existsSync('/proc/self/fd')) return -1;
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) === file) count += 1;
    } catch {
      // The descriptor closed while we looked.
    }
  }
  return count;
}

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

/** The first migration alone: the runner's tests add their own migrations 2 and 3 after it. */
const FOUNDATION = MIGRATIONS.slice(0, 1);

const customersTable: Migration = {
  version: 2,
  name: 'customers',
  up: (db) => db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)'),
};

describe('migrations', () => {
  it('bring a fresh database to the latest schema version, with the default departments and an empty center profile', () => {
    const db = openDatabase(join(tempFolder(), 'fresh.sqlite'));
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db, { now: () => NOW })).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(tables(db)).toEqual(expect.arrayContaining(['audit_log', 'center_settings', 'departments', 'user_roles', 'users']));
    expect(db.prepare('SELECT name FROM departments ORDER BY id').pluck().all()).toContain('售后服务部');
    expect(db.prepare('SELECT center_name, time_zone, default_language FROM center_settings').get()).toEqual({
      center_name: '',
      time_zone: 'Asia/Shanghai',
      default_language: 'zh-CN',
    });
    // Running again is a no-op.
    expect(migrate(db, { now: () => NOW })).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    db.close();
  });

  it('number themselves 1, 2, 3… without gaps, as user_version relies on', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('a migration that fails half way leaves nothing of itself behind and the version where it was', () => {
    const db = openDatabase(join(tempFolder(), 'failing.sqlite'));
    migrate(db, { now: () => NOW, migrations: FOUNDATION });
    db.prepare("INSERT INTO departments (name, kind, created_at, updated_at) VALUES ('维修站', 'department', 1, 1)").run();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
        d.prepare("INSERT INTO customers (name) VALUES ('张三')").run();
        d.prepare("UPDATE departments SET name = '改掉了' WHERE name = '维修站'").run();
        throw new Error('disk full, say');
      },
    };
    expect(() => migrate(db, { now: () => NOW, migrations: [...FOUNDATION, broken] })).toThrow('disk full, say');
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('customers');
    expect(db.prepare("SELECT count(*) FROM departments WHERE name = '维修站'").pluck().get()).toBe(1);
    // The fixed migration runs next time.
    expect(migrate(db, { now: () => NOW, migrations: [...FOUNDATION, customersTable] })).toEqual({ from: 1, to: 2 });
    expect(tables(db)).toContain('customers');
    db.close();
  });

  it('migrations that succeed before a failing one keep their own work', () => {
    const db = openDatabase(join(tempFolder(), 'partial.sqlite'));
    const failingThird: Migration = { version: 3, name: 'fails', up: () => { throw new Error('nope'); } };
    expect(() => migrate(db, { now: () => NOW, migrations: [...FOUNDATION, customersTable, failingThird] })).toThrow('nope');
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toContain('customers');
    db.close();
  });

  it('asks for a backup before migrating a database that already has data, and not for a new one', () => {
    const db = openDatabase(join(tempFolder(), 'upgrade.sqlite'));
    const calls: number[] = [];
    migrate(db, { now: () => NOW, beforeMigrating: (from) => calls.push(from), migrations: FOUNDATION });
    expect(calls).toEqual([]);
    migrate(db, { now: () => NOW, beforeMigrating: (from) => calls.push(from), migrations: [...FOUNDATION, customersTable] });
    expect(calls).toEqual([1]);
    // Nothing pending: no backup.
    migrate(db, { now: () => NOW, beforeMigrating: (from) => calls.push(from), migrations: [...FOUNDATION, customersTable] });
    expect(calls).toEqual([1]);
    db.close();
  });

  it('a database written by a newer version is refused with a message saying what to do', () => {
    const db = openDatabase(join(tempFolder(), 'future.sqlite'));
    db.pragma('user_version = 99');
    let thrown: unknown;
    try {
      migrate(db, { now: () => NOW });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NewerDatabaseError);
    expect((thrown as NewerDatabaseError).found).toBe(99);
    expect((thrown as NewerDatabaseError).supported).toBe(LATEST_SCHEMA_VERSION);
    expect((thrown as Error).message).toMatch(/newer version of Aftersales Desk \(schema 99; this version knows up to \d+\)/);
    expect((thrown as Error).message).toMatch(/restore a backup/);
    expect(schemaVersion(db)).toBe(99);
    db.close();
  });
});

describe('opening a data folder', () => {
  it('createBackend refuses a database from a newer version and leaves it untouched and closed', () => {
    const dataDir = tempFolder();
    const file = join(dataDir, DATABASE_FILE_NAME);
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma('user_version = 42');
    future.close();

    expect(() => createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2 })).toThrow(NewerDatabaseError);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(42);
    expect(tables(after)).toEqual(['from_the_future']);
    after.close();
    expect(existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')) : []).toEqual([]);
    // The refused file is not held open (on Windows an open handle would block replacing it).
    expect(openHandlesTo(file)).toBeLessThanOrEqual(0);
  });

  it('createBackend turns an empty folder into a working database at the latest version', async () => {
    const dataDir = tempFolder();
    const backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2 });
    const status = await backend.invoke(backend.newSession(), 'auth.status', {});
    expect(status).toEqual({ ok: true, value: { setupRequired: true, centerName: '', defaultLanguage: 'zh-CN' } });
    backend.close();
    const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('createBackend refuses a file that is not a database at all, and does not overwrite it', () => {
    const dataDir = tempFolder();
    const file = join(dataDir, DATABASE_FILE_NAME);
    writeFileSync(file, 'this is a spreadsheet, not a database '.repeat(200));
    expect(() => createBackend({ dataDir, background: false })).toThrow(/not a database/);
    expect(readdirSync(dataDir)).toContain(DATABASE_FILE_NAME);
    expect(openHandlesTo(file)).toBeLessThanOrEqual(0);
  });
});
