import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { createTestBackend, makeTempDir, type TestBackend } from '../../testing/fixture';
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

    // The administrator's session survives (the same user exists in the backup), and the log is intact.
    expect(await t.expectOk(t.admin, 'audit.verify', {})).toMatchObject({ valid: true });
    const log = await t.expectOk(t.admin, 'audit.list', { entity: 'backup' });
    expect(log.items[0]).toMatchObject({ method: 'backup.restore', after: { restoredFrom: backup.id, safetyBackup: safetyBackup.id } });

    // Restoring the safety backup brings the undone change back.
    await t.expectOk(t.admin, 'backup.restore', { id: safetyBackup.id });
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

  it('a damaged backup file is not restored, and the current data stays', async () => {
    const t = await backend();
    await t.expectOk(t.admin, 'departments.create', { name: '苏州维修站', kind: 'department' });
    const id = backupFileName(t.clock.now() - DAY_MS, 'manual');
    mkdirSync(join(t.dataDir, 'backups'), { recursive: true });
    writeFileSync(join(t.dataDir, 'backups', id), Buffer.alloc(8192, 7));
    const result = await t.call(t.admin, 'backup.restore', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'backup.damaged' } });
    expect(await departmentNames(t)).toContain('苏州维修站');
    expect((await t.expectOk(t.admin, 'backup.list', {})).items.map((b) => b.reason)).toEqual(['manual']);
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
