import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api, METHOD_NAMES, type MethodName, type Result } from '../../../../shared/api';
import { auditRowCount, createBackendTemplate, createTestBackend, databaseDigest, type BackendTemplate, type TestBackend } from '../../testing/fixture';
import { sampleContext, SAMPLE_INPUTS, TARGET_USERNAME, type SampleContext } from '../../testing/sample-inputs';
import type { SessionContext } from '../auth/sessions';
import { GENESIS_HASH, type AuditRow } from './chain';
import { verifyArchive } from './verify';

const opened: TestBackend[] = [];
async function backend(options: Parameters<typeof createTestBackend>[0] = {}): Promise<TestBackend> {
  const t = await createTestBackend(options);
  opened.push(t);
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});


function auditRows(t: TestBackend, afterId = 0): AuditRow[] {
  const side = t.openSideConnection();
  try {
    return side.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id').all(afterId) as AuditRow[];
  } finally {
    side.close();
  }
}

function lastAuditId(t: TestBackend): number {
  const side = t.openSideConnection();
  try {
    return (side.prepare('SELECT max(id) FROM audit_log').pluck().get() as number | null) ?? 0;
  } finally {
    side.close();
  }
}

/** Runs a call and returns what it did to the audit log and to the rest of the database. */
async function observe(t: TestBackend, run: () => Promise<Result<unknown>>) {
  const side = t.openSideConnection();
  const digestBefore = databaseDigest(side);
  const countBefore = auditRowCount(side);
  const lastBefore = lastAuditId(t);
  const result = await run();
  const newRows = auditRows(t, lastBefore);
  const changed = databaseDigest(side) !== digestBefore;
  const countAfter = auditRowCount(side);
  side.close();
  return { result, newRows, changed, countBefore, countAfter };
}

/** A session allowed to call the method: the administrator for admin-only methods, the target user otherwise. */
/** Someone the method admits: the sample user for open methods, else a user holding the method's first role. */
async function callerFor(t: TestBackend, method: MethodName): Promise<SessionContext> {
  const access = api[method].access;
  if (access === 'public' || access === 'signedIn') return t.signIn(TARGET_USERNAME);
  return access.includes('admin') ? t.admin : t.signInAs([access[0]!]);
}

const WRITE_METHODS = METHOD_NAMES.filter((m) => api[m].kind === 'write');

async function verify(t: TestBackend, session: SessionContext = t.admin) {
  return t.expectOk(session, 'audit.verify', {});
}

describe('every write is audited in its own transaction', () => {
  // Each call below goes to a back end of its own holding the records the samples refer to: made once, then copied
  // (making them took most of this file's two minutes).
  let sampled: BackendTemplate;
  beforeAll(async () => {
    sampled = await createBackendTemplate((t) => sampleContext(t));
  });
  afterAll(() => sampled.remove());

  it.each(WRITE_METHODS.filter((m) => m !== 'auth.setup' && m !== 'backup.restore'))(
    '%s: a successful call leaves one or more audit rows of its own; the chain stays valid',
    async (method) => {
      const t = await backend({ from: sampled });
      const context = await sampleContext(t);
      const session = await callerFor(t, method);
      const input = (SAMPLE_INPUTS[method] as (c: SampleContext) => unknown)(context);
      const { result, newRows, changed } = await observe(t, () => t.backend.invoke(session, method, input));
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(changed).toBe(true);
      expect(newRows.length).toBeGreaterThanOrEqual(1);
      expect(newRows.every((row) => row.method === method)).toBe(true);
      expect(newRows.every((row) => row.at === t.clock.now())).toBe(true);
      expect(await verify(t)).toMatchObject({ valid: true });
    },
  );

  it('auth.setup: records the center profile and the first administrator, by that administrator', async () => {
    const t = await backend({ setup: false });
    const { result, newRows } = await observe(t, () =>
      t.call(t.backend.newSession(), 'auth.setup', { centerName: '华东区售后服务中心', username: 'zhaomin', displayName: '赵敏', password: 'first-admin-pass' }),
    );
    expect(result.ok).toBe(true);
    const me = (result as { value: { id: number } }).value;
    expect(newRows.map((r) => [r.method, r.entity, r.user_id])).toEqual([
      ['auth.setup', 'settings', me.id],
      ['auth.setup', 'user', me.id],
    ]);
    expect(newRows[1]!.after).not.toContain('scrypt');
    expect(newRows[0]!.prev_hash).toBe(GENESIS_HASH);
  });

  it('backup.restore: the restored log ends with a row saying which backup was restored', async () => {
    const t = await backend();
    const backup = await t.expectOk(t.admin, 'backup.create', {});
    await t.expectOk(t.admin, 'departments.create', { name: '恢复前新增', kind: 'department' });
    const context = await sampleContext(t, { backupId: backup.id });
    const result = await t.call(t.admin, 'backup.restore', SAMPLE_INPUTS['backup.restore'](context));
    expect(result.ok).toBe(true);
    const rows = auditRows(t);
    expect(rows.at(-1)).toMatchObject({ method: 'backup.restore', entity: 'backup', entity_id: backup.id });
    await t.adminSignsInAgain();
    expect(await verify(t)).toMatchObject({ valid: true, checked: rows.length + 1 }); // and the sign-in after it
  });

  it('every write method of the contract is covered above', () => {
    expect(WRITE_METHODS.length).toBeGreaterThan(0);
    expect(WRITE_METHODS.every((m) => m in SAMPLE_INPUTS)).toBe(true);
  });

  /** A refused write: an optional preparation (which may itself write), then the call that must be refused. */
  interface RefusedWrite {
    name: string;
    code: string;
    prepare?: (t: TestBackend) => Promise<(backend: TestBackend) => Promise<Result<unknown>>>;
    call?: (t: TestBackend) => Promise<Result<unknown>>;
  }
  const refusedWrites: RefusedWrite[] = [
    { name: 'a second auth.setup', code: 'invalid_state', call: (t) => t.call(t.backend.newSession(), 'auth.setup', { centerName: '别的中心', username: 'other', displayName: '别人', password: 'other-pass-2026' }) },
    {
      name: 'departments.update naming a stale version',
      code: 'conflict',
      prepare: async (t) => {
        const d = await t.expectOk(t.admin, 'departments.create', { name: '旧版本部门', kind: 'department' });
        await t.expectOk(t.admin, 'departments.update', { id: d.id, version: d.version, nameEn: 'First edit' });
        return (x) => x.call(x.admin, 'departments.update', { id: d.id, version: d.version, nameEn: 'Second edit' });
      },
    },
    { name: 'departments.create with a name already in use', code: 'validation', call: (t) => t.call(t.admin, 'departments.create', { name: '售后服务部', kind: 'department' }) },
    { name: 'users.create with a username already in use', code: 'validation', call: (t) => t.call(t.admin, 'users.create', { username: 'ADMIN', displayName: '重名', password: 'dup-pass-2026', roles: ['agent'] }) },
    { name: 'users.update of a user that does not exist', code: 'not_found', call: (t) => t.call(t.admin, 'users.update', { id: 9999, version: 0, displayName: '无人' }) },
    { name: 'settings.update naming a stale version', code: 'conflict', call: (t) => t.call(t.admin, 'settings.update', { version: 12345, centerName: '改名' }) },
    { name: 'backup.restore of a backup that does not exist', code: 'not_found', call: (t) => t.call(t.admin, 'backup.restore', { id: 'aftersales-20000101-000000-000-manual.sqlite' }) },
    {
      name: 'auth.changePassword with the wrong current password',
      code: 'validation',
      prepare: async (t) => {
        const s = await t.signInAs(['agent']);
        return (x) => x.call(s, 'auth.changePassword', { currentPassword: 'not-the-password', newPassword: 'whatever-2026' });
      },
    },
  ];

  it.each(refusedWrites)('a refused write ($name) leaves no audit row and changes nothing', async ({ prepare, call, code }) => {
    const t = await backend();
    const refusedCall = prepare ? await prepare(t) : call!;
    const { result, newRows, changed } = await observe(t, () => refusedCall(t));
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(newRows).toEqual([]);
    expect(changed).toBe(false);
  });

  it('when the audit row cannot be written, the change it records is rolled back too', async () => {
    const t = await backend();
    const side = t.openSideConnection();
    side.exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log refused'); END");
    const digestBefore = databaseDigest(side);
    const settings = await t.expectOk(t.admin, 'settings.get', {});

    const created = await t.call(t.admin, 'departments.create', { name: '没有审计的部门', kind: 'department' });
    const updated = await t.call(t.admin, 'settings.update', { version: settings.version, centerName: '没有审计的名字' });
    expect(created).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(updated).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(databaseDigest(side)).toBe(digestBefore);
    side.exec('DROP TRIGGER refuse_audit');
    side.close();
    expect((await t.expectOk(t.admin, 'settings.get', {})).centerName).toBe('华东区售后服务中心');
  });
});

describe('the audit log', () => {
  it('records who changed what, with the values before and after', async () => {
    const t = await backend();
    const d = await t.expectOk(t.admin, 'departments.create', { name: '苏州维修站', nameEn: 'Suzhou Repair', kind: 'department' });
    await t.expectOk(t.admin, 'departments.update', { id: d.id, version: d.version, name: '苏州维修中心' });
    const log = await t.expectOk(t.admin, 'audit.list', { entity: 'department' });
    expect(log.items.map((e) => e.method)).toEqual(['departments.update', 'departments.create']);
    expect(log.items[0]).toMatchObject({
      userId: t.adminId,
      username: 'admin',
      entityId: String(d.id),
      before: { name: '苏州维修站' },
      after: { name: '苏州维修中心', version: d.version + 1 },
    });
  });

  it('pages newest first, 100 at most, by the last id seen', async () => {
    const t = await backend();
    for (let i = 0; i < 7; i += 1) await t.expectOk(t.admin, 'departments.create', { name: `分页部门 ${i}`, kind: 'department' });
    const first = await t.expectOk(t.admin, 'audit.list', { entity: 'department', limit: 3 });
    const second = await t.expectOk(t.admin, 'audit.list', { entity: 'department', limit: 3, before: first.nextCursor! });
    const third = await t.expectOk(t.admin, 'audit.list', { entity: 'department', limit: 3, before: second.nextCursor! });
    const names = [...first.items, ...second.items, ...third.items].map((e) => (e.after as { name: string }).name);
    expect(names).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `分页部门 ${i}`));
    expect(third.nextCursor).toBeNull();
    expect(await t.call(t.admin, 'audit.list', { limit: 101 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('audit.verify after someone edits history behind the app', () => {
  /** A back end with an audit log of several rows. */
  async function withHistory() {
    const t = await backend();
    for (let i = 1; i <= 5; i += 1) await t.expectOk(t.admin, 'departments.create', { name: `历史部门 ${i}`, kind: 'department' });
    const rows = auditRows(t);
    expect(rows.length).toBeGreaterThanOrEqual(7);
    return { t, rows };
  }

  it('is valid on a log nobody touched, and says how many rows it checked', async () => {
    const { t, rows } = await withHistory();
    expect(await verify(t)).toMatchObject({ valid: true, checked: rows.length, problems: [], problemCount: 0 });
    const supervisor = await t.signInAs(['supervisor']);
    expect(await verify(t, supervisor)).toMatchObject({ valid: true, checked: auditRows(t).length, problems: [] });
  });

  it('is valid on an empty log', async () => {
    const t = await backend({ setup: false });
    const verification = await verifyArchive(t.backend.databaseFile, {}, t.dataDir, t.backend.services.audit.key);
    expect(verification).toMatchObject({ valid: true, checked: 0, problems: [] });
  });

  it('finds a row whose recorded values were edited', async () => {
    const { t, rows } = await withHistory();
    const victim = rows[3]!;
    const side = t.openSideConnection();
    side.prepare('UPDATE audit_log SET after = ? WHERE id = ?').run(JSON.stringify({ name: '从未存在的部门' }), victim.id);
    side.close();
    expect(await verify(t)).toMatchObject({ valid: false, checked: rows.length, firstBrokenId: victim.id });
  });

  it('finds an edit of who made the change, or when', async () => {
    const { t, rows } = await withHistory();
    const side = t.openSideConnection();
    side.prepare('UPDATE audit_log SET user_id = 999 WHERE id = ?').run(rows[2]!.id);
    side.prepare('UPDATE audit_log SET at = at - 86400000 WHERE id = ?').run(rows[5]!.id);
    side.close();
    expect(await verify(t)).toMatchObject({ valid: false, firstBrokenId: rows[2]!.id });
  });

  it('finds a row that was deleted from the middle: the row after the gap is the first broken one', async () => {
    const { t, rows } = await withHistory();
    const side = t.openSideConnection();
    side.prepare('DELETE FROM audit_log WHERE id = ?').run(rows[3]!.id);
    side.close();
    expect(await verify(t)).toMatchObject({ valid: false, firstBrokenId: rows[4]!.id });
  });

  it('finds a forged row put in place of a real one', async () => {
    const { t, rows } = await withHistory();
    const real = rows[4]!;
    const side = t.openSideConnection();
    side.prepare('DELETE FROM audit_log WHERE id = ?').run(real.id);
    side
      .prepare(
        `INSERT INTO audit_log (id, at, user_id, method, entity, entity_id, before, after, prev_hash, hash)
         VALUES (?, ?, ?, 'departments.create', 'department', '99', NULL, '{"name":"伪造"}', ?, ?)`,
      )
      .run(real.id, real.at, real.user_id, real.prev_hash, createHash('sha256').update('forged').digest('hex'));
    side.close();
    expect(await verify(t)).toMatchObject({ valid: false, firstBrokenId: real.id });
  });

  it('finds a forged row appended after the last real one', async () => {
    const { t, rows } = await withHistory();
    const last = rows.at(-1)!;
    const side = t.openSideConnection();
    side
      .prepare(
        `INSERT INTO audit_log (id, at, user_id, method, entity, entity_id, before, after, prev_hash, hash)
         VALUES (?, ?, 1, 'users.update', 'user', '1', NULL, '{"roles":["admin"]}', ?, ?)`,
      )
      .run(last.id + 1, last.at + 1, last.hash, 'f'.repeat(64));
    side.close();
    expect(await verify(t)).toMatchObject({ valid: false, checked: rows.length + 1, firstBrokenId: last.id + 1 });
  });

  it('finds an edited row whose hash the editor recomputed: without the key its seal (MAC) no longer matches', async () => {
    const { t, rows } = await withHistory();
    const victim = rows[2]!;
    const forgedAfter = JSON.stringify({ name: '改写的历史' });
    const material = JSON.stringify([victim.prev_hash, victim.id, victim.at, victim.user_id, victim.method, victim.entity, victim.entity_id, victim.before, forgedAfter]);
    const side = t.openSideConnection();
    side.prepare('UPDATE audit_log SET after = ?, hash = ? WHERE id = ?').run(forgedAfter, createHash('sha256').update(material).digest('hex'), victim.id);
    side.close();
    expect(await verify(t)).toMatchObject({ valid: false, firstBrokenId: victim.id });
  });

  it('keeps reporting the first break after new changes are recorded on top of it', async () => {
    const { t, rows } = await withHistory();
    const side = t.openSideConnection();
    side.prepare("UPDATE audit_log SET method = 'auth.me' WHERE id = ?").run(rows[1]!.id);
    side.close();
    await t.expectOk(t.admin, 'departments.create', { name: '篡改之后', kind: 'department' });
    expect(await verify(t)).toMatchObject({ valid: false, firstBrokenId: rows[1]!.id });
  });
});
