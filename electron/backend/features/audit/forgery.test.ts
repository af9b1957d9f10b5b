// audit.verify against a careful forger: one who read the code, recomputes the hash chain, cuts rows off its end, and
// edits records behind the console, but does not hold the audit key kept outside the database.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditVerification } from '../../../../shared/api/audit';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { GENESIS_HASH, rowHash, type AuditRow } from './chain';
import { AUDIT_HEAD_FILE } from './head';
import { AUDIT_KEY_FILE } from './key';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

/** An archive in use: departments, a customer with a call logged, an agent. */
async function archive() {
  const t = await createTestBackend();
  opened.push(t);
  const agent = await t.signInAs(['agent']);
  for (let i = 1; i <= 12; i += 1) await t.expectOk(t.admin, 'departments.create', { name: `维修站 ${i}`, kind: 'department' });
  const customer = await t.expectOk(agent, 'customers.create', { name: '上海华通科技有限公司', kind: 'organization', contacts: [{ name: '王经理', phones: ['021-6288 5000'] }] });
  const request = await t.expectOk(agent, 'requests.create', {
    callerPhone: '021-6288 5000',
    callerName: '王经理',
    customerId: customer.id,
    kind: 'consultation',
    channel: 'hotline',
    priority: 'general',
    subject: '咨询保修期',
    description: '问录像机的保修到哪天。',
  });
  const agentId = (await t.expectOk(agent, 'auth.me', {})).id;
  return { t, agent, agentId, customer, request };
}

async function verify(t: TestBackend): Promise<AuditVerification> {
  return t.expectOk(t.admin, 'audit.verify', {});
}

/** Edits the database file as someone with a SQLite tool would, while the console runs. */
function behindTheConsole(t: TestBackend, edit: (db: Database.Database) => void): void {
  const side = t.openSideConnection();
  try {
    edit(side);
  } finally {
    side.close();
  }
}

/** Recomputes every row's hash from `fromId` on, as the code does: the chain links again, but the MACs cannot follow. */
function recomputeChain(db: Database.Database, fromId: number): void {
  const rows = db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(fromId) as AuditRow[];
  let prev = (db.prepare('SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1').pluck().get(fromId) as string | undefined) ?? GENESIS_HASH;
  for (const row of rows) {
    const hash = rowHash(prev, row);
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, row.id);
    prev = hash;
  }
}

const lastId = (db: Database.Database) => db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;

describe('the audit chain against a forger who recomputes hashes', () => {
  it('is valid when nobody touched anything', async () => {
    const { t } = await archive();
    expect(await verify(t)).toMatchObject({ valid: true, problems: [], problemCount: 0 });
  });

  it.each([
    ['the last row', 1],
    ['the last ten rows', 10],
  ])('finds %s deleted: the head outside the database names a row the log no longer has', async (_what, count) => {
    const { t } = await archive();
    let last = 0;
    behindTheConsole(t, (db) => {
      last = lastId(db);
      db.prepare('DELETE FROM audit_log WHERE id > ?').run(last - count);
    });
    expect(await verify(t)).toMatchObject({ valid: false, problems: expect.arrayContaining([{ kind: 'chainCut', auditId: last, lastId: last - count }]) });
  });

  it('finds every row deleted', async () => {
    const { t } = await archive();
    behindTheConsole(t, (db) => db.exec('DELETE FROM audit_log'));
    const result = await verify(t);
    // Verifying appends nothing; the log is still empty when it is read.
    expect(result).toMatchObject({ valid: false, checked: 0 });
    expect(result.problems.map((p) => p.kind)).toContain('chainCut');
  });

  it('finds a row appended with a correctly recomputed hash', async () => {
    const { t } = await archive();
    let forged = 0;
    behindTheConsole(t, (db) => {
      const last = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditRow;
      forged = last.id + 1;
      const row = { id: forged, at: last.at + 1, user_id: 1, method: 'users.update', entity: 'user', entity_id: '2', before: null, after: '{"roles":["admin"]}' };
      db.prepare(
        `INSERT INTO audit_log (id, at, user_id, method, entity, entity_id, before, after, prev_hash, hash, mac, key_id)
         VALUES (@id, @at, @user_id, @method, @entity, @entity_id, @before, @after, @prev_hash, @hash, @mac, @key_id)`,
      ).run({ ...row, prev_hash: last.hash, hash: rowHash(last.hash, row), mac: last.mac, key_id: last.key_id });
    });
    expect(await verify(t)).toMatchObject({ valid: false, firstBrokenId: forged });
  });

  it.each([
    ['edited', (db: Database.Database, id: number) => db.prepare(`UPDATE audit_log SET after = '{"name":"改写的历史"}' WHERE id = ?`).run(id)],
    ['deleted', (db: Database.Database, id: number) => {
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(id);
      db.prepare('UPDATE audit_log SET id = id - 1 WHERE id > ?').run(id);
    }],
    ['inserted', (db: Database.Database, id: number) => {
      db.prepare('UPDATE audit_log SET id = -id WHERE id >= ?').run(id);
      db.prepare('UPDATE audit_log SET id = -id + 1 WHERE id < 0').run();
      db.prepare(
        `INSERT INTO audit_log (id, at, user_id, method, entity, entity_id, before, after, prev_hash, hash, mac, key_id)
         SELECT ?, at, user_id, 'users.update', 'user', '2', NULL, '{"roles":["admin"]}', '', '', mac, key_id FROM audit_log WHERE id = ?`,
      ).run(id, id + 1);
    }],
  ])('finds a middle row %s and the chain recomputed after it', async (_what, edit) => {
    const { t } = await archive();
    const victim = 6;
    behindTheConsole(t, (db) => {
      edit(db, victim);
      recomputeChain(db, victim);
    });
    expect(await verify(t)).toMatchObject({ valid: false, firstBrokenId: victim });
  });
});

describe('records changed behind the console', () => {
  it('finds a customer renamed, with the table and the id', async () => {
    const { t, customer } = await archive();
    behindTheConsole(t, (db) => db.prepare("UPDATE customers SET name = '冒名公司' WHERE id = ?").run(customer.id));
    expect(await verify(t)).toMatchObject({ valid: false, problems: [{ kind: 'recordChanged', table: 'customers', rowId: String(customer.id) }] });
  });

  it('finds an agent given the administrator role in user_roles', async () => {
    const { t, agentId } = await archive();
    behindTheConsole(t, (db) => db.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'admin')").run(agentId));
    expect(await verify(t)).toMatchObject({ valid: false, problems: [{ kind: 'recordAdded', table: 'user_roles', rowId: `${agentId} / admin` }] });
  });

  it('finds a service-log row deleted after its trigger was dropped', async () => {
    const { t, request } = await archive();
    let entryId = 0;
    behindTheConsole(t, (db) => {
      entryId = db.prepare('SELECT min(id) FROM service_log WHERE request_id = ?').pluck().get(request.id) as number;
      db.exec('DROP TRIGGER service_log_no_delete');
      db.prepare('DELETE FROM service_log WHERE id = ?').run(entryId);
    });
    expect(await verify(t)).toMatchObject({ valid: false, problems: [{ kind: 'recordRemoved', table: 'service_log', rowId: String(entryId) }] });
  });

  it('finds rows removed together with their seals, by their table', async () => {
    const { t, request } = await archive();
    behindTheConsole(t, (db) => {
      db.exec('DROP TRIGGER service_log_no_delete');
      const ids = db.prepare('SELECT id FROM service_log WHERE request_id = ?').pluck().all(request.id) as number[];
      for (const id of ids) {
        db.prepare('DELETE FROM service_log WHERE id = ?').run(id);
        db.prepare("DELETE FROM row_seals WHERE tbl = 'service_log' AND row_key = ?").run(id);
      }
    });
    expect(await verify(t)).toMatchObject({ valid: false, problems: [{ kind: 'recordsRemoved', table: 'service_log' }] });
  });

  it('changes made through the console keep the archive valid, and a change behind it shows after later saves too', async () => {
    const { t, agent, customer } = await archive();
    await t.expectOk(agent, 'customers.update', { id: customer.id, version: customer.version, notes: '改过备注' });
    expect(await verify(t)).toMatchObject({ valid: true });
    behindTheConsole(t, (db) => db.prepare("UPDATE customers SET address = '别处' WHERE id = ?").run(customer.id));
    await t.expectOk(t.admin, 'departments.create', { name: '之后新建', kind: 'department' });
    expect(await verify(t)).toMatchObject({ valid: false, problems: [{ kind: 'recordChanged', table: 'customers' }] });
  });
});

describe('the key and the head outside the database', () => {
  it('the key is in the data folder, readable by its owner only, and nowhere in the database', async () => {
    const { t } = await archive();
    const keyFile = join(t.dataDir, AUDIT_KEY_FILE);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = (JSON.parse(readFileSync(keyFile, 'utf8')) as { key: string }).key;
    t.backend.close();
    const bytes = readFileSync(t.backend.databaseFile);
    expect(bytes.includes(Buffer.from(key, 'base64'))).toBe(false);
    expect(bytes.includes(Buffer.from(key))).toBe(false);
  });

  it('a deleted head is noticed at the next start and stays reported; a forged head is reported', async () => {
    const { t } = await archive();
    const dataDir = t.dataDir;
    writeFileSync(join(dataDir, AUDIT_HEAD_FILE), JSON.stringify({ lastId: 1, lastHash: 'x', keyId: 'y', events: [], mac: 'z' }));
    expect(await verify(t)).toMatchObject({ valid: false, problems: [{ kind: 'headForged' }] });
    rmSync(join(dataDir, AUDIT_HEAD_FILE));
    expect(await verify(t)).toMatchObject({ valid: false, problems: [{ kind: 'headMissing' }] });
    // Restarted: the console writes a head again, but says it had been missing.
    t.backend.close();
    const again = await createTestBackend({ dataDir, setup: false });
    opened.push(again);
    const session = again.backend.newSession();
    await again.expectOk(session, 'auth.login', { username: 'admin', password: 'admin-pass-2026' });
    expect(await again.expectOk(session, 'audit.verify', {})).toMatchObject({ valid: false, problems: [{ kind: 'headMissing', at: expect.any(Number) }] });
  });

  it('a backup carries its head: rows cut off a backup before it is restored show after the restore', async () => {
    const { t } = await archive();
    const backup = await t.expectOk(t.admin, 'backup.create', {});
    const copy = join(t.dataDir, 'backups', backup.id);
    const { default: Sqlite } = await import('better-sqlite3');
    const db = new Sqlite(copy);
    const last = lastId(db);
    db.prepare('DELETE FROM audit_log WHERE id > ?').run(last - 3);
    db.close();
    await t.expectOk(t.admin, 'backup.restore', { id: backup.id });
    await t.adminSignsInAgain();
    expect(await verify(t)).toMatchObject({ valid: false, problems: expect.arrayContaining([{ kind: 'chainCut', auditId: last, lastId: expect.any(Number) }]) });
  });

  it('a backup restored untouched verifies, with the restore recorded after its head', async () => {
    const { t } = await archive();
    const backup = await t.expectOk(t.admin, 'backup.create', {});
    await t.expectOk(t.admin, 'departments.create', { name: '备份之后', kind: 'department' });
    await t.expectOk(t.admin, 'backup.restore', { id: backup.id });
    await t.adminSignsInAgain();
    expect(await verify(t)).toMatchObject({ valid: true, problems: [] });
  });
});
