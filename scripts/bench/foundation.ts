// Bench of the foundation: sign-in, auth.me, users.list and one audited write, through invoke and as raw statements.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import { sql } from '../../electron/backend/db/connection';
import { DatabaseHost } from '../../electron/backend/db/host';
import { appendAudit } from '../../electron/backend/features/audit/chain';
import { hashPassword, verifyPassword } from '../../electron/backend/lib/passwords';
import { insertUser } from '../../electron/backend/features/users/repository';
import { ROLES, type Role } from '../../shared/api/roles';
import { measure, writeReport, type Comparison } from './harness';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞'];
const PINYIN_SURNAMES = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo'];

export interface FoundationScale {
  users: number;
  auditRows: number;
}

export async function benchFoundation(scale: FoundationScale): Promise<Comparison[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-'));
  const backend = createBackend({ dataDir, background: false });
  const session = backend.newSession();
  const PASSWORD = 'bench-password-1';
  try {
    const setup = await backend.invoke(session, 'auth.setup', {
      centerName: '基准测试售后服务中心 Bench Center',
      username: 'admin',
      displayName: '管理员 Admin',
      password: PASSWORD,
    });
    if (!setup.ok) throw new Error(setup.error.message);

    // Users share one production-cost hash: hashing thousands at N=2^17 would take minutes and measure nothing new.
    const host = new DatabaseHost(backend.databaseFile, {});
    const db = host.open();
    const sharedHash = await hashPassword(PASSWORD);
    const now = Date.now();
    db.transaction(() => {
      for (let i = 0; i < scale.users; i++) {
        const s = i % SURNAMES.length;
        const roles: Role[] = [ROLES[i % ROLES.length]!];
        insertUser(
          db,
          {
            username: `${PINYIN_SURNAMES[s]}${i}`,
            displayName: `${SURNAMES[s]}${GIVEN[i % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]} (${PINYIN_SURNAMES[s]} ${i})`,
            passwordHash: sharedHash,
            roles,
            departmentId: (i % 5) + 1,
          },
          now,
        );
      }
      for (let i = 0; i < scale.auditRows; i++) {
        appendAudit(db, backend.services.audit.key, { at: now - (scale.auditRows - i) * 1000, userId: 1, method: 'bench.seed', entity: 'user', entityId: (i % scale.users) + 2, after: { n: i, 备注: '基准' } });
      }
    })();
    backend.services.sessions.usersChanged();

    const rows: Comparison[] = [];
    const compare = (operation: string, invoke: Comparison['invoke'], raw: Comparison['raw'], kind: 'read' | 'write' | 'signin') => {
      const ratio = invoke.p95 / raw.p95;
      const goal =
        kind === 'read' ? 'invoke p95 ≤ 1.5 × raw p95 + 0.05 ms' : kind === 'write' ? 'invoke p95 ≤ 5 ms (synchronous=FULL)' : 'report only';
      const met =
        kind === 'read' ? invoke.p95 <= 1.5 * raw.p95 + 0.05 : kind === 'write' ? invoke.p95 <= 5 : true;
      rows.push({ operation, invoke, raw, ratio, goal, met });
    };

    // Sign-in: scrypt at N=2^17 dominates; the raw side is the same look-up, hash check and update.
    const signInInvoke = await measure(20, async () => {
      const r = await backend.invoke(backend.newSession(), 'auth.login', { username: 'wang0', password: PASSWORD });
      if (!r.ok) throw new Error(r.error.message);
    }, 2);
    const signInRaw = await measure(20, async () => {
      const user = sql(db, 'SELECT * FROM users WHERE username = ?').get('wang0') as { id: number; password_hash: string };
      if (!(await verifyPassword(PASSWORD, user.password_hash))) throw new Error('bad password');
      db.transaction(() => {
        sql(db, 'UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(Date.now(), user.id);
        appendAudit(db, backend.services.audit.key, { at: Date.now(), userId: user.id, method: 'auth.login', entity: 'session', entityId: user.id, after: { signedIn: true } });
      }).immediate();
    }, 2);
    compare('sign-in (auth.login)', signInInvoke, signInRaw, 'signin');
    // The hash alone, as sign-in runs it (on the password thread): what a sign-in costs beyond it is the rest.
    const storedHash = (sql(db, 'SELECT password_hash FROM users WHERE username = ?').pluck().get('wang0') as string);
    const hashAlone = await measure(20, async () => {
      if (!(await verifyPassword(PASSWORD, storedHash))) throw new Error('bad password');
    }, 2);
    compare('sign-in (auth.login) beside the scrypt hash alone (N=2^17)', signInInvoke, hashAlone, 'signin');

    const me = await measure(5000, async () => {
      const r = await backend.invoke(session, 'auth.me', {});
      if (!r.ok) throw new Error(r.error.message);
    });
    const meRaw = await measure(5000, () => {
      sql(db, 'SELECT * FROM users WHERE id = ?').get(1);
      sql(db, 'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role').all(1);
    });
    compare('auth.me', me, meRaw, 'read');

    const listSql = `SELECT u.*, (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) AS roles
     FROM users u WHERE u.active = 1 OR ? ORDER BY u.username`;
    const list = await measure(300, async () => {
      const r = await backend.invoke(session, 'users.list', {});
      if (!r.ok) throw new Error(r.error.message);
    });
    const listRaw = await measure(300, () => sql(db, listSql).all(0));
    compare(`users.list (${scale.users + 1} users)`, list, listRaw, 'read');

    // A burst of sign-ins (8 desks at once, different accounts) while someone keeps working: users.list meanwhile,
    // against users.list at rest above.
    let burstDone = false;
    const burst = Promise.all(
      Array.from({ length: 8 }, (_, i) => backend.invoke(backend.newSession(), 'auth.login', { username: `${PINYIN_SURNAMES[(i + 1) % SURNAMES.length]}${i + 1}`, password: PASSWORD })),
    ).finally(() => {
      burstDone = true;
    });
    const during: number[] = [];
    while (!burstDone) {
      const t0 = performance.now();
      const r = await backend.invoke(session, 'users.list', {});
      if (!r.ok) throw new Error(r.error.message);
      during.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await burst;
    during.sort((a, b) => a - b);
    const pick = (p: number) => during[Math.max(0, Math.ceil((p / 100) * during.length) - 1)]!;
    const duringBurst = { n: during.length, p50: pick(50), p95: pick(95), p99: pick(99), mean: during.reduce((a, b) => a + b, 0) / during.length };
    compare('users.list during 8 parallel sign-ins (raw = users.list invoke at rest)', duringBurst, list, 'signin');

    let version = (sql(db, 'SELECT version FROM departments WHERE id = 2').get() as { version: number }).version;
    const write = await measure(500, async (i) => {
      const r = await backend.invoke(session, 'departments.update', { id: 2, version, nameEn: `Engineering ${i}` });
      if (!r.ok) throw new Error(r.error.message);
      version = (r.value as { version: number }).version;
    });
    const writeRaw = await measure(500, (i) => {
      db.transaction(() => {
        sql(db, 'UPDATE departments SET name_en = ?, version = version + 1, updated_at = ? WHERE id = 3').run(`Materials ${i}`, Date.now());
        appendAudit(db, backend.services.audit.key, { at: Date.now(), userId: 1, method: 'departments.update', entity: 'department', entityId: 3, after: { nameEn: `Materials ${i}` } });
      }).immediate();
    });
    compare('audited write (departments.update)', write, writeRaw, 'write');
    host.close();
    return rows;
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runFoundationBench(scale: FoundationScale): Promise<string> {
  const rows = await benchFoundation(scale);
  return writeReport('foundation', 'Foundation: sign-in, auth.me, users.list, audited write', { ...scale }, rows);
}
