// Opening a data folder written by the previous schema version: the back end backs the data up before migrating.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE_NAME } from '../data-dir';
import { makeTempDir, TEST_COST_LOG2 } from '../testing/fixture';
import type * as MigrationsModule from './migrations';
import type { Migration } from './migrations';

// Pretend this build ships one migration more than the real list, so there is an upgrade to make.
vi.mock('./migrations', async (importOriginal) => {
  const original = await importOriginal<typeof MigrationsModule>();
  const serviceNotes: Migration = {
    version: original.MIGRATIONS.length + 1,
    name: 'service-notes',
    up: (db) => db.exec("CREATE TABLE service_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT '')"),
  };
  return { ...original, MIGRATIONS: [...original.MIGRATIONS, serviceNotes], LATEST_SCHEMA_VERSION: original.LATEST_SCHEMA_VERSION + 1 };
});

const { createBackend } = await import('..');
const { migrate } = await import('./migrate');
const real = await vi.importActual<typeof MigrationsModule>('./migrations');
const { openDatabase } = await import('./connection');
const { AuditTrail } = await import('../features/audit/trail');
const { hashPassword } = await import('../lib/passwords');

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('upgrading a data folder', () => {
  it('writes a pre-migration backup holding the data as it was, then migrates', async () => {
    const dataDir = makeTempDir('aftersales-upgrade-');
    folders.push(dataDir);
    const file = join(dataDir, DATABASE_FILE_NAME);
    // A database as the previous version left it, with a department someone added.
    const old = openDatabase(file);
    migrate(old, { now: () => 1, migrations: real.MIGRATIONS });
    old.prepare("INSERT INTO departments (name, kind, created_at, updated_at) VALUES ('苏州维修站', 'department', 1, 1)").run();
    old.close();

    const backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2, now: () => Date.UTC(2026, 10, 20, 9) });
    backend.close();

    const backups = readdirSync(join(dataDir, 'backups'));
    // 09:00 UTC is 17:00 at the center (Asia/Shanghai, the default time zone).
    expect(backups).toEqual(['aftersales-20261120-170000-000+0800-pre-migration.sqlite']);
    const copy = new Database(join(dataDir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(real.LATEST_SCHEMA_VERSION);
    expect(copy.prepare("SELECT count(*) FROM departments WHERE name = '苏州维修站'").pluck().get()).toBe(1);
    copy.close();

    const upgraded = new Database(file, { readonly: true });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(real.LATEST_SCHEMA_VERSION + 1);
    expect(upgraded.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'service_notes'").pluck().get()).toBe(1);
    expect(upgraded.prepare("SELECT count(*) FROM departments WHERE name = '苏州维修站'").pluck().get()).toBe(1);
    upgraded.close();
  });

  it('writes no backup for a brand-new data folder', () => {
    const dataDir = makeTempDir('aftersales-upgrade-');
    folders.push(dataDir);
    createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2 }).close();
    expect(readdirSync(dataDir)).not.toContain('backups');
  });
});

describe('upgrading a sealed archive', () => {
  /** An archive as the previous version left it: migrated and sealed by it, with an administrator and a department. */
  async function sealedArchiveOfThePreviousVersion(dataDir: string, tamper?: (db: InstanceType<typeof Database>) => void) {
    const now = () => Date.UTC(2026, 10, 20, 9);
    const trail = new AuditTrail(dataDir, now);
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    migrate(db, { now, migrations: real.MIGRATIONS, afterMigration: trail.sealAfterMigration });
    trail.opened(db, 0);
    const hash = await hashPassword('admin-pass-2026', TEST_COST_LOG2);
    db.transaction(() => {
      db.prepare("INSERT INTO users (id, username, display_name, password_hash, created_at, updated_at) VALUES (1, 'admin', '赵敏', ?, 1, 1)").run(hash);
      db.prepare("INSERT INTO user_roles VALUES (1, 'admin')").run();
      db.prepare("INSERT INTO departments (name, kind, created_at, updated_at) VALUES ('苏州维修站', 'department', 1, 1)").run();
      trail.append(db, { at: now(), userId: 1, method: 'departments.create', entity: 'department', entityId: 7, after: { name: '苏州维修站' } });
      trail.sealPending(db);
    })();
    trail.flushHead(db);
    db.close();
    if (tamper) {
      const side = new Database(join(dataDir, DATABASE_FILE_NAME));
      tamper(side);
      side.close();
    }
  }

  it('seals the migrated records again, records the upgrade in the log, and verifies', async () => {
    const dataDir = makeTempDir('aftersales-upgrade-');
    folders.push(dataDir);
    await sealedArchiveOfThePreviousVersion(dataDir);
    const backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2, now: () => Date.UTC(2026, 10, 21, 9) });
    const session = backend.newSession();
    await backend.invoke(session, 'auth.login', { username: 'admin', password: 'admin-pass-2026' });
    const verification = await backend.invoke(session, 'audit.verify', {});
    expect(verification).toMatchObject({ ok: true, value: { valid: true, problems: [] } });
    const log = await backend.invoke(session, 'audit.list', { entity: 'system' });
    expect(log).toMatchObject({ ok: true, value: { items: [{ method: 'system.upgrade', after: { from: real.LATEST_SCHEMA_VERSION, to: real.LATEST_SCHEMA_VERSION + 1, problemsBeforeUpgrade: 0 } }] } });
    backend.close();
  });

  it('a record changed behind the console before the upgrade is not hidden by the resealing', async () => {
    const dataDir = makeTempDir('aftersales-upgrade-');
    folders.push(dataDir);
    await sealedArchiveOfThePreviousVersion(dataDir, (db) => db.prepare("UPDATE departments SET name = '改过的名字' WHERE name = '苏州维修站'").run());
    const backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2, now: () => Date.UTC(2026, 10, 21, 9) });
    const session = backend.newSession();
    await backend.invoke(session, 'auth.login', { username: 'admin', password: 'admin-pass-2026' });
    const verification = await backend.invoke(session, 'audit.verify', {});
    expect(verification).toMatchObject({ ok: true, value: { valid: false, problems: [{ kind: 'resealed' }] } });
    const log = await backend.invoke(session, 'audit.list', { entity: 'system' });
    expect(log).toMatchObject({ ok: true, value: { items: [{ after: { problemsBeforeUpgrade: 1 } }] } });
    backend.close();
  });
});
