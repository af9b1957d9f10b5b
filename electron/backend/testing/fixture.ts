// A back end on a real SQLite file in a temporary folder, set up with an administrator, for tests.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { createBackend, type Backend, type BackendOptions } from '..';
import type { ApiInput, ApiOutput, MethodName, Result, Role } from '../../../shared/api';
import type { SessionContext } from '../features/auth/sessions';

/** Fast scrypt for tests; production uses 17. */
export const TEST_COST_LOG2 = 10;
export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'admin-pass-2026';
export const USER_PASSWORD = 'user-pass-2026';
export const START_TIME = Date.UTC(2026, 10, 20, 1, 30, 0);

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public time: number = START_TIME) {}
  readonly now = (): number => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export function makeTempDir(prefix = 'aftersales-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  clock: TestClock;
  /** The first administrator's session (null when created with `setup: false`). */
  admin: SessionContext;
  adminId: number;
  /** Calls a method and returns the envelope. */
  call<M extends MethodName>(session: SessionContext, method: M, input: ApiInput<M>): Promise<Result<ApiOutput<M>>>;
  /** Calls a method that must succeed and returns its value (the test fails with the error otherwise). */
  expectOk<M extends MethodName>(session: SessionContext, method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  /** Creates an active user holding exactly these roles, with USER_PASSWORD. */
  createUser(roles: Role[], username?: string): Promise<ApiOutput<'users.create'>>;
  /** A new session signed in as this user. */
  signIn(username: string, password?: string): Promise<SessionContext>;
  /** Signs the administrator's session in again (a restore ends every session). */
  adminSignsInAgain(): Promise<void>;
  /** A new session signed in as a new user holding exactly these roles (the user is made once per role set). */
  signInAs(roles: Role[]): Promise<SessionContext>;
  /** The users `signInAs` made, by role set. */
  usersByRoles: ReadonlyMap<string, string>;
  /** A second connection to the database file, as someone editing it behind the app would have. */
  openSideConnection(): Database.Database;
  close(): void;
}

export interface TestBackendOptions extends Partial<BackendOptions> {
  /** Run first-run setup with an administrator (default true). */
  setup?: boolean;
  clock?: TestClock;
  /**
   * Start from a copy of this template's data folder instead of an empty one (no set-up then): the administrator signs
   * in again, the clock starts where the template's stopped, and `signInAs` knows the template's users.
   */
  from?: BackendTemplate;
}

/**
 * A data folder made once (first-run set-up, then `prepare`) and copied for each test that starts from it: what a
 * file's tests each make the same way first is then made once a file (a copy is a few milliseconds, a fresh back end
 * with the sample records several hundred).
 */
export interface BackendTemplate {
  dataDir: string;
  time: number;
  adminId: number;
  usersByRoles: ReadonlyMap<string, string>;
  remove(): void;
}

export async function createBackendTemplate(prepare: (t: TestBackend) => Promise<unknown>): Promise<BackendTemplate> {
  const t = await createTestBackend();
  try {
    await prepare(t);
  } catch (error) {
    t.close();
    throw error;
  }
  t.backend.close();
  return {
    dataDir: t.dataDir,
    time: t.clock.time,
    adminId: t.adminId,
    usersByRoles: new Map(t.usersByRoles),
    remove: () => rmSync(t.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }),
  };
}

let userCounter = 0;

export async function createTestBackend(options: TestBackendOptions = {}): Promise<TestBackend> {
  const { from, ...backendOptions } = options;
  const dataDir = options.dataDir ?? makeTempDir();
  if (from) cpSync(from.dataDir, dataDir, { recursive: true });
  const clock = options.clock ?? new TestClock(from?.time);
  const backend = createBackend({
    passwordCostLog2: TEST_COST_LOG2,
    background: false,
    now: clock.now,
    logError: () => {},
    ...backendOptions,
    dataDir,
  });
  const call = (async (session: SessionContext, method: MethodName, input: unknown) =>
    backend.invoke(session, method, input)) as TestBackend['call'];
  const expectOk = (async (session: SessionContext, method: MethodName, input: unknown) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.details ?? {})}`);
    return result.value;
  }) as TestBackend['expectOk'];

  const admin = backend.newSession();
  let adminId = 0;
  if (from) {
    await expectOk(admin, 'auth.login', { username: ADMIN_USERNAME, password: ADMIN_PASSWORD });
    adminId = from.adminId;
  } else if (options.setup ?? true) {
    const me = await expectOk(admin, 'auth.setup', {
      centerName: '华东区售后服务中心',
      username: ADMIN_USERNAME,
      displayName: '赵敏',
      password: ADMIN_PASSWORD,
    });
    adminId = me.id;
  }

  const usersByRoles = new Map<string, string>(from?.usersByRoles);
  const createUser = async (roles: Role[], username?: string) => {
    userCounter += 1;
    return expectOk(admin, 'users.create', {
      username: username ?? `user${userCounter}.${roles.join('.').replaceAll('_', '-')}`.slice(0, 32),
      displayName: `测试用户 ${userCounter}`,
      password: USER_PASSWORD,
      roles,
    });
  };
  const signIn = async (username: string, password = USER_PASSWORD) => {
    const session = backend.newSession();
    await expectOk(session, 'auth.login', { username, password });
    return session;
  };
  const signInAs = async (roles: Role[]) => {
    const key = [...roles].sort().join(',');
    let username = usersByRoles.get(key);
    if (!username) {
      username = (await createUser(roles)).username;
      usersByRoles.set(key, username);
    }
    return signIn(username);
  };

  const adminSignsInAgain = async () => {
    await expectOk(admin, 'auth.login', { username: ADMIN_USERNAME, password: ADMIN_PASSWORD });
  };

  return {
    backend,
    dataDir,
    clock,
    admin,
    adminId,
    adminSignsInAgain,
    usersByRoles,
    call,
    expectOk,
    createUser,
    signIn,
    signInAs,
    openSideConnection: () => {
      const db = new Database(backend.databaseFile);
      db.pragma('busy_timeout = 5000');
      return db;
    },
    close: () => {
      backend.close();
      // Retried: on a loaded machine a file of the folder (a backup's temporary copy) may still be going when it is removed.
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}

/** A digest of every row of every table, to tell whether anything at all changed. */
export function databaseDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`\u0000table ${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  hash.update(`user_version ${String(db.pragma('user_version', { simple: true }))}`);
  return hash.digest('hex');
}

/**
 * Runs `run` and returns the database's digest from before and after it, as databaseDigest before and after would, but
 * digesting only when something was committed meanwhile: a second connection holds a read snapshot of the database as
 * it was, and a third asks SQLite (`PRAGMA data_version`) whether any other connection committed since. When none did,
 * the rows are the snapshot's and both digests are the same; when one did, both are computed in full (the snapshot's
 * and the database's now). For a call expected to change nothing, on a large database (no back end writes in the
 * background here, so nothing else commits meanwhile).
 */
export async function digestsAround<T>(t: TestBackend, run: () => Promise<T>): Promise<{ result: T; before: string; after: string }> {
  const snapshot = t.openSideConnection();
  const probe = t.openSideConnection();
  try {
    snapshot.exec('BEGIN');
    snapshot.prepare('SELECT count(*) FROM sqlite_master').get(); // the read transaction, and its snapshot, start here
    const versionBefore = probe.pragma('data_version', { simple: true }) as number;
    const result = await run();
    if ((probe.pragma('data_version', { simple: true }) as number) === versionBefore) {
      const unchanged = 'nothing committed';
      return { result, before: unchanged, after: unchanged };
    }
    return { result, before: databaseDigest(snapshot), after: databaseDigest(probe) };
  } finally {
    if (snapshot.inTransaction) snapshot.exec('ROLLBACK');
    snapshot.close();
    probe.close();
  }
}

export function auditRowCount(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}
