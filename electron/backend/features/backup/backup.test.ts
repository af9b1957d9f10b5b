import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { ADMIN_PASSWORD, createTestBackend, databaseDigest, makeTempDir, TEST_COST_LOG2, type TestBackend } from '../../testing/fixture';
import { hashPassword } from '../../lib/passwords';
import { APPLICATION_ID } from '../../db/migrations/008-application-id';
import { MIGRATIONS } from '../../db/migrations';
import { openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { DAILY_BACKUPS_KEPT } from './backups';
import { backupFileName, parseBackupFileName } from './files';

const DAY_MS = 24 * 60 * 60 * 1000;
const opened: TestBackend[] = [];
async function backend(): Promise<TestBackend> {
  const t = await createTestBackend();
  opened.push(t);
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function departmentNames(t: TestBackend): Promise<string[]> {
  return (await t.expectOk(t.admin, 'departments.list', { includeInactive: true })).items.map((d) => d.name);
}

describe('backup and restore', () => {
  it('restoring a backup undoes later changes, keeps a pre-restore backup holding them, and the audit chain stays valid', async () => {
    const t = await backend();
    await t.expectOk(t.admin, 'departments.create', { name: '苏州维修站', kind: 'department' });
    t.clock.advance(1000);
    const backup = await t.expectOk(t.admin, 'backup.create', {});
    expect(backup).toMatchObject({ reason: 'manual', copiedTo: null, createdAt: t.clock.now() });
    expect(backup.sizeBytes).toBeGreaterThan(0);

    t.clock.advance(60_000);
    await t.expectOk(t.admin, 'departments.create', { name: '无锡维修站', kind: 'department' });
    const settings = await t.expectOk(t.admin, 'settings.get', {});
    await t.expectOk(t.admin, 'settings.update', { version: settings.version, centerName: '改过名的中心' });
    expect(await departmentNames(t)).toContain('无锡维修站');

    t.clock.advance(60_000);
    const { restored, safetyBackup } = await t.expectOk(t.admin, 'backup.restore', { id: backup.id });
    // Every session ended with the archive it was made in; the administrator signs in again.
    expect(await t.call(t.admin, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await t.adminSignsInAgain();
    expect(restored.id).toBe(backup.id);
    expect(safetyBackup.reason).toBe('pre-restore');

    // The change made after the backup is gone; what was there before it remains.
    const names = await departmentNames(t);
    expect(names).toContain('苏州维修站');
    expect(names).not.toContain('无锡维修站');
    expect((await t.expectOk(t.admin, 'settings.get', {})).centerName).toBe('华东区售后服务中心');

    // The pre-restore backup holds what the restore replaced.
    const list = await t.expectOk(t.admin, 'backup.list', {});
    expect(list.items.map((b) => b.reason)).toEqual(['pre-restore', 'manual']);
    const safety = new Database(join(t.dataDir, 'backups', safetyBackup.id), { readonly: true });
    expect(safety.prepare("SELECT count(*) FROM departments WHERE name = '无锡维修站'").pluck().get()).toBe(1);
    expect(safety.prepare('SELECT center_name FROM center_settings').pluck().get()).toBe('改过名的中心');
    safety.close();

    // The log is intact.
    expect(await t.expectOk(t.admin, 'audit.verify', {})).toMatchObject({ valid: true });
    const log = await t.expectOk(t.admin, 'audit.list', { entity: 'backup' });
    expect(log.items[0]).toMatchObject({
      method: 'backup.restore',
      userId: t.adminId,
      after: { restoredFrom: backup.id, safetyBackup: safetyBackup.id, restoredBy: 'admin' },
    });

    // Restoring the safety backup brings the undone change back.
    await t.expectOk(t.admin, 'backup.restore', { id: safetyBackup.id });
    await t.adminSignsInAgain();
    expect(await departmentNames(t)).toContain('无锡维修站');
    expect(await t.expectOk(t.admin, 'audit.verify', {})).toMatchObject({ valid: true });
  });

  it('restoring signs out a user who did not exist when the backup was made', async () => {
    const t = await backend();
    const backup = await t.expectOk(t.admin, 'backup.create', {});
    t.clock.advance(1000);
    const session = await t.signInAs(['agent']);
    await t.expectOk(t.admin, 'backup.restore', { id: backup.id });
    expect(await t.call(session, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it("a session never becomes another user: an agent's old session does not open the user made later with the same id", async () => {
    const t = await backend();
    const backup = await t.expectOk(t.admin, 'backup.create', {});
    t.clock.advance(1000);
    const agent = await t.createUser(['agent'], 'wangfang');
    const agentSession = await t.signIn('wangfang');
    await t.expectOk(t.admin, 'backup.restore', { id: backup.id });
    await t.adminSignsInAgain();
    // The archive of the backup had no agent: the next user made gets the agent's old id.
    const supervisor = await t.createUser(['supervisor'], 'zhaoli');
    expect(supervisor.id).toBe(agent.id);
    const result = await t.call(agentSession, 'auth.me', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(JSON.stringify(result)).not.toContain('zhaoli');
  });

  it('a session is bound to the user it was made for, even when that user is replaced behind the console', async () => {
    const t = await backend();
    const agent = await t.createUser(['agent'], 'wangfang');
    const agentSession = await t.signIn('wangfang');
    const side = t.openSideConnection();
    side.prepare('DELETE FROM user_roles WHERE user_id = ?').run(agent.id);
    side.prepare('DELETE FROM users WHERE id = ?').run(agent.id);
    side.close();
    const stranger = await t.createUser(['admin'], 'stranger');
    expect(stranger.id).toBe(agent.id);
    expect(await t.call(agentSession, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('restoring a backup that does not exist answers not_found and changes nothing', async () => {
    const t = await backend();
    const result = await t.call(t.admin, 'backup.restore', { id: 'aftersales-20000101-000000-000-manual.sqlite' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', reason: 'backup.notFound' } });
    expect((await t.expectOk(t.admin, 'backup.list', {})).items).toEqual([]);
  });

  it('a backup id that is not a backup file name (a path, say) is refused before anything runs', async () => {
    const t = await backend();
    for (const id of ['../aftersales.sqlite', '/etc/passwd', 'aftersales-20000101-000000-000-manual.sqlite/../../x']) {
      expect(await t.call(t.admin, 'backup.restore', { id })).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });

  it('a file that is not a database (empty, or anything else) is not restored, and the current data stays', async () => {
    const t = await backend();
    await t.expectOk(t.admin, 'departments.create', { name: '苏州维修站', kind: 'department' });
    mkdirSync(join(t.dataDir, 'backups'), { recursive: true });
    const side = t.openSideConnection();
    const before = databaseDigest(side);
    for (const [i, content] of [Buffer.alloc(0), Buffer.alloc(8192, 7), Buffer.from('客户名称,电话\n张三,139\n')].entries()) {
      const id = backupFileName(t.clock.now() - DAY_MS + i, 'manual');
      writeFileSync(join(t.dataDir, 'backups', id), content);
      const result = await t.call(t.admin, 'backup.restore', { id });
      expect(result, `file ${i}`).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'backup.notDatabase' } });
    }
    expect(databaseDigest(side)).toBe(before);
    side.close();
    expect(await departmentNames(t)).toContain('苏州维修站');
    // No pre-restore backup was made for a restore that was refused.
    expect((await t.expectOk(t.admin, 'backup.list', {})).items.map((b) => b.reason)).toEqual(['manual', 'manual', 'manual']);
    expect(await t.expectOk(t.backend.newSession(), 'auth.status', {})).toMatchObject({ setupRequired: false });
  });

  it("a SQLite file that is not this console's archive, or one with no administrator, is refused", async () => {
    const t = await backend();
    const dir = join(t.dataDir, 'backups');
    mkdirSync(dir, { recursive: true });
    const cases: Array<[string, (db: Database.Database) => void, string]> = [
      ['another application', (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)'), 'backup.notOurs'],
      ['our schema plus a trigger', (db) => db.exec("CREATE TRIGGER make_admin AFTER INSERT ON users BEGIN INSERT INTO user_roles VALUES (NEW.id, 'admin'); END"), 'backup.notOurs'],
      ['our schema, another application id', (db) => db.pragma('application_id = 7'), 'backup.notOurs'],
      ['our schema, no users', (db) => db.exec('DELETE FROM user_roles; DELETE FROM users'), 'backup.noUsers'],
      ['our schema, no active administrator', (db) => db.exec("DELETE FROM user_roles WHERE role = 'admin'"), 'backup.noUsers'],
    ];
    for (const [i, [what, change, reason]] of cases.entries()) {
      const id = backupFileName(t.clock.now() - DAY_MS + i, 'manual');
      if (what === 'another application') {
        const other = new Database(join(dir, id));
        change(other);
        other.close();
      } else {
        const made = await t.expectOk(t.admin, 'backup.create', {});
        const copy = new Database(join(dir, made.id));
        change(copy);
        copy.close();
        renameSync(join(dir, made.id), join(dir, id));
      }
      const result = await t.call(t.admin, 'backup.restore', { id });
      expect(result, what).toMatchObject({ ok: false, error: { code: 'invalid_state', reason } });
    }
    expect(await t.expectOk(t.admin, 'auth.me', {})).toMatchObject({ username: 'admin' });
  });

  it('a backup with a damaged page is refused by the integrity check', async () => {
    const t = await backend();
    for (let i = 0; i < 40; i += 1) await t.expectOk(t.admin, 'departments.create', { name: `维修站 ${i} ${'长名称'.repeat(20)}`, kind: 'department' });
    const made = await t.expectOk(t.admin, 'backup.create', {});
    const file = join(t.dataDir, 'backups', made.id);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the b-tree headers of the pages after the first (the tables' and indexes' roots).
    for (let page = 1; page < 6; page += 1) bytes.fill(0x5a, pageSize * page, pageSize * page + 12);
    writeFileSync(file, bytes);
    const result = await t.call(t.admin, 'backup.restore', { id: made.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'backup.damaged' } });
    expect((await departmentNames(t)).length).toBeGreaterThan(40);
  });

  it('a backup made before archives carried their application id and seals (schema 7) still restores, and is sealed', async () => {
    const t = await backend();
    await t.expectOk(t.admin, 'departments.create', { name: '无锡维修站', kind: 'department' });
    const id = backupFileName(t.clock.now() - DAY_MS, 'manual');
    mkdirSync(join(t.dataDir, 'backups'), { recursive: true });
    const old = openDatabase(join(t.dataDir, 'backups', id));
    migrate(old, { now: () => 1, migrations: MIGRATIONS.slice(0, 7) });
    old.prepare("INSERT INTO users (id, username, display_name, password_hash, created_at, updated_at) VALUES (1, 'admin', '赵敏', ?, 1, 1)").run(
      await hashPassword(ADMIN_PASSWORD, TEST_COST_LOG2),
    );
    old.prepare("INSERT INTO user_roles VALUES (1, 'admin')").run();
    old.prepare("INSERT INTO departments (name, kind, created_at, updated_at) VALUES ('苏州维修站', 'department', 1, 1)").run();
    old.pragma('journal_mode = DELETE');
    old.close();
    await t.expectOk(t.admin, 'backup.restore', { id });
    await t.adminSignsInAgain();
    const names = await departmentNames(t);
    expect(names).toContain('苏州维修站');
    expect(names).not.toContain('无锡维修站');
    const side = t.openSideConnection();
    expect(side.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    side.close();
    expect(await t.expectOk(t.admin, 'audit.verify', {})).toMatchObject({ valid: true, problems: [] });
  });

  it('first-run setup never opens again once a desk had users, even with every user deleted behind the console', async () => {
    const t = await backend();
    const side = t.openSideConnection();
    side.exec('DELETE FROM user_roles; DELETE FROM users');
    side.close();
    expect(await t.expectOk(t.backend.newSession(), 'auth.status', {})).toMatchObject({ setupRequired: false });
    const intruder = await t.call(t.backend.newSession(), 'auth.setup', { centerName: '冒名中心', username: 'intruder', displayName: '冒名者', password: 'intruder-pass' });
    expect(intruder).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'auth.setupDone' } });
  });

  it('a backup can also be copied into another folder, which must be an existing absolute path', async () => {
    const t = await backend();
    const elsewhere = makeTempDir('aftersales-usb-');
    onTestFinished(() => rmSync(elsewhere, { recursive: true, force: true }));
    const copied = await t.expectOk(t.admin, 'backup.create', { copyTo: elsewhere });
    expect(copied.copiedTo).toBe(join(elsewhere, copied.id));
    expect(readdirSync(elsewhere)).toEqual([copied.id]);
    const copy = new Database(copied.copiedTo!, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT username FROM users').pluck().all()).toEqual(['admin']);
    copy.close();

    const relative = await t.call(t.admin, 'backup.create', { copyTo: 'relative/folder' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'copyTo' }] } } });
  });

  it('system.status reports when the last backup was made', async () => {
    const t = await backend();
    expect((await t.expectOk(t.admin, 'system.status', {})).lastBackupAt).toBeNull();
    const backup = await t.expectOk(t.admin, 'backup.create', {});
    expect((await t.expectOk(t.admin, 'system.status', {})).lastBackupAt).toBe(backup.createdAt);
  });
});

describe('daily backups', () => {
  it(`are made once a day and only the newest ${DAILY_BACKUPS_KEPT} are kept; other backups are never pruned`, async () => {
    const t = await backend();
    const backups = t.backend.services.backups;
    const manual = await t.expectOk(t.admin, 'backup.create', {});

    const made: string[] = [];
    for (let day = 0; day < 20; day += 1) {
      const info = backups.runDailyIfDue();
      expect(info?.reason).toBe('daily');
      made.push(info!.id);
      // Not again on the same day.
      t.clock.advance(DAY_MS / 2);
      expect(backups.runDailyIfDue()).toBeNull();
      t.clock.advance(DAY_MS / 2);
    }
    const daily = backups.list().filter((b) => b.reason === 'daily').map((b) => b.id);
    expect(daily).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(DAILY_BACKUPS_KEPT).toBe(14);
    expect(daily).toEqual(made.slice(-DAILY_BACKUPS_KEPT).reverse());
    expect(existsSync(join(backups.dir, made[0]!))).toBe(false);
    expect(backups.list().map((b) => b.id)).toContain(manual.id);
  });

  it('a backup taken in the same millisecond as another gets its own file name', async () => {
    const t = await backend();
    const a = await t.expectOk(t.admin, 'backup.create', {});
    const b = await t.expectOk(t.admin, 'backup.create', {});
    expect(a.id).not.toBe(b.id);
    expect(readdirSync(join(t.dataDir, 'backups')).sort()).toEqual([a.id, b.id].sort());
  });
});

describe('a backup cut off by a crash', () => {
  it('is never listed as a backup, and its leftovers are removed by the next backup', async () => {
    const t = await backend();
    const dir = join(t.dataDir, 'backups');
    mkdirSync(dir, { recursive: true });
    const cutOff = `${backupFileName(t.clock.now() - DAY_MS, 'daily')}.partial`;
    writeFileSync(join(dir, cutOff), Buffer.alloc(4096, 1));
    writeFileSync(join(dir, `${cutOff}-journal`), Buffer.alloc(512, 2));
    expect((await t.expectOk(t.admin, 'backup.list', {})).items).toEqual([]);

    const backup = await t.expectOk(t.admin, 'backup.create', {});
    expect(readdirSync(dir)).toEqual([backup.id]);
    const copy = new Database(join(dir, backup.id), { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
  });
});

describe('backup file names', () => {
  it("carry the center's time with its offset from UTC and the reason, and read back to the same", () => {
    const at = Date.UTC(2026, 10, 22, 8, 5, 9, 42);
    const name = backupFileName(at, 'pre-migration', 'Asia/Shanghai');
    expect(name).toBe('aftersales-20261122-160509-042+0800-pre-migration.sqlite');
    expect(parseBackupFileName(name)).toEqual({ createdAt: at, reason: 'pre-migration' });
    // Across midnight, west of Greenwich and in daylight saving time.
    const late = Date.UTC(2026, 10, 22, 20, 30, 0, 0);
    expect(backupFileName(late, 'daily', 'Asia/Shanghai')).toBe('aftersales-20261123-043000-000+0800-daily.sqlite');
    for (const [when, zone, expected] of [
      [late, 'America/New_York', 'aftersales-20261122-153000-000-0500-daily.sqlite'],
      [Date.UTC(2026, 6, 1, 12, 0, 0, 0), 'America/New_York', 'aftersales-20260701-080000-000-0400-daily.sqlite'],
      [Date.UTC(2026, 6, 1, 12, 0, 0, 0), 'Asia/Kolkata', 'aftersales-20260701-173000-000+0530-daily.sqlite'],
    ] as const) {
      expect(backupFileName(when, 'daily', zone)).toBe(expected);
      expect(parseBackupFileName(expected)).toEqual({ createdAt: when, reason: 'daily' });
    }
    // Names written before the offset was added carry UTC time.
    expect(parseBackupFileName('aftersales-20261122-080509-042-pre-migration.sqlite')).toEqual({ createdAt: at, reason: 'pre-migration' });
    expect(parseBackupFileName('aftersales-20261122-080509-042-holiday.sqlite')).toBeNull();
    expect(parseBackupFileName('notes.txt')).toBeNull();
  });
});
