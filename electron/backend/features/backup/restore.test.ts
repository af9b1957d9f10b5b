// A restore is all or nothing: a backup the migration of this version cannot take is refused with the live database
// untouched and working, and a restore cut off by a crash is put right at the next start.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as MigrationsModule from '../../db/migrations';
import type { Migration } from '../../db/migrations';

// This build ships one migration more than the real list, which cannot take a department named 无法迁移 (as a real
// migration may meet data it cannot handle).
vi.mock('../../db/migrations', async (importOriginal) => {
  const original = await importOriginal<typeof MigrationsModule>();
  const picky: Migration = {
    version: original.MIGRATIONS.length + 1,
    name: 'picky',
    up: (db) => {
      if (db.prepare("SELECT count(*) FROM departments WHERE name = '无法迁移'").pluck().get()) throw new Error('cannot migrate this row');
      db.exec("CREATE TABLE service_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT '')");
    },
  };
  return { ...original, MIGRATIONS: [...original.MIGRATIONS, picky], LATEST_SCHEMA_VERSION: original.LATEST_SCHEMA_VERSION + 1 };
});

const { ADMIN_PASSWORD, createTestBackend, makeTempDir, TEST_COST_LOG2 } = await import('../../testing/fixture');
const { hashPassword } = await import('../../lib/passwords');
const { createBackend } = await import('../..');
const { migrate } = await import('../../db/migrate');
const { openDatabase } = await import('../../db/connection');
const { backupFileName } = await import('./files');
const { recoverInterruptedRestore } = await import('./restore');
const real = await vi.importActual<typeof MigrationsModule>('../../db/migrations');

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A backup as the previous version wrote it: its schema, an administrator, and the given departments. */
async function previousVersionBackup(dir: string, id: string, departments: string[]): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const db = openDatabase(join(dir, id));
  migrate(db, { now: () => 1, migrations: real.MIGRATIONS });
  db.prepare("INSERT INTO users (id, username, display_name, password_hash, created_at, updated_at) VALUES (1, 'admin', '赵敏', ?, 1, 1)").run(
    await hashPassword(ADMIN_PASSWORD, TEST_COST_LOG2),
  );
  db.prepare("INSERT INTO user_roles VALUES (1, 'admin')").run();
  for (const name of departments) db.prepare("INSERT INTO departments (name, kind, created_at, updated_at) VALUES (?, 'department', 1, 1)").run(name);
  db.pragma('journal_mode = DELETE');
  db.close();
}

describe('restoring a backup of the previous version', () => {
  it('migrates it beside the live file and swaps it in only when that worked', async () => {
    const t = await createTestBackend();
    folders.push(t.dataDir);
    const id = backupFileName(t.clock.now() - 1000, 'manual');
    await previousVersionBackup(join(t.dataDir, 'backups'), id, ['苏州维修站']);
    await t.expectOk(t.admin, 'backup.restore', { id });
    await t.adminSignsInAgain();
    expect((await t.expectOk(t.admin, 'departments.list', { includeInactive: true })).items.map((d) => d.name)).toContain('苏州维修站');
    const side = t.openSideConnection();
    expect(side.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'service_notes'").pluck().get()).toBe(1);
    side.close();
    t.close();
  });

  it('that the migration cannot take is refused, and the live database stays open, working and unchanged', async () => {
    const dataDir = makeTempDir('aftersales-restore-');
    folders.push(dataDir);
    const t = await createTestBackend({ dataDir });
    await t.expectOk(t.admin, 'departments.create', { name: '现用维修站', kind: 'department' });
    const id = backupFileName(t.clock.now() - 1000, 'manual');
    await previousVersionBackup(join(t.dataDir, 'backups'), id, ['无法迁移']);
    const result = await t.call(t.admin, 'backup.restore', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'backup.cannotMigrate' } });
    // Still working: reads and writes, with the data from before.
    expect((await t.expectOk(t.admin, 'departments.list', {})).items.map((d) => d.name)).toContain('现用维修站');
    await t.expectOk(t.admin, 'departments.create', { name: '之后新建', kind: 'department' });
    expect(existsSync(`${t.backend.databaseFile}.restoring`)).toBe(false);
    t.close();
    // And the next start opens it.
    const again = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2 });
    const status = await again.invoke(again.newSession(), 'auth.status', {});
    expect(status).toMatchObject({ ok: true, value: { setupRequired: false } });
    const names = await again.invoke(again.newSession(), 'auth.login', { username: 'admin', password: 'admin-pass-2026' });
    expect(names.ok).toBe(true);
    again.close();
  });
});

describe('a restore cut off by a crash', () => {
  it('puts the live file back when it had been moved aside, and drops a half-prepared copy', () => {
    const dir = makeTempDir('aftersales-restore-');
    folders.push(dir);
    const live = join(dir, 'aftersales.sqlite');
    writeFileSync(live, 'the live archive');
    renameSync(live, `${live}.replaced`);
    writeFileSync(`${live}.restoring`, 'half a copy');
    recoverInterruptedRestore(live);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(`${live}.replaced`)).toBe(false);
    expect(existsSync(`${live}.restoring`)).toBe(false);
    // When the swap had finished, the restored file stays.
    copyFileSync(live, `${live}.replaced`);
    writeFileSync(live, 'the restored archive');
    recoverInterruptedRestore(live);
    expect(existsSync(`${live}.replaced`)).toBe(false);
  });
});
