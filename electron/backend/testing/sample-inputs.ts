// One valid input for every API method. The mapped type makes the type check fail when a method of the contract has
// no sample, and sample-inputs.test.ts fails at run time for the same reason.
import type { ApiInput, MethodName } from '../../../shared/api';
import { USER_PASSWORD, type TestBackend } from './fixture';

/** What a sample needs to know about the database it is sent to. */
export interface SampleContext {
  /** A number that differs between calls, for names that must be unique. */
  seq: number;
  /** A user other than the caller, and the version last read. */
  userId: number;
  userVersion: number;
  departmentId: number;
  departmentVersion: number;
  settingsVersion: number;
  /** A backup to restore; a well-formed name of a backup that does not exist unless a test made one. */
  backupId: string;
  /** An account `auth.login` signs in to. */
  loginUsername: string;
  loginPassword: string;
  /** The caller's own password, for `auth.changePassword` (which sets it to the same value again). */
  ownPassword: string;
}

export const MISSING_BACKUP_ID = 'aftersales-20000101-000000-000-manual.sqlite';

export type SampleInputs = { [M in MethodName]: (ctx: SampleContext) => ApiInput<M> };

export const SAMPLE_INPUTS: SampleInputs = {
  'auth.status': () => ({}),
  'auth.setup': (c) => ({
    centerName: '华南区售后服务中心',
    username: `setup.${c.seq}`,
    displayName: '钱进',
    password: 'setup-pass-2026',
  }),
  'auth.login': (c) => ({ username: c.loginUsername, password: c.loginPassword }),
  'auth.logout': () => ({}),
  'auth.me': () => ({}),
  'auth.changePassword': (c) => ({ currentPassword: c.ownPassword, newPassword: c.ownPassword }),
  'auth.setLanguage': () => ({ language: 'en' }),
  'users.list': () => ({ includeInactive: true }),
  'users.create': (c) => ({
    username: `sample.${c.seq}`,
    displayName: `样例用户 ${c.seq}`,
    password: 'sample-pass-2026',
    roles: ['agent', 'technician'],
    departmentId: c.departmentId,
  }),
  'users.update': (c) => ({ id: c.userId, version: c.userVersion, displayName: `改名用户 ${c.seq}` }),
  'users.resetPassword': (c) => ({ id: c.userId, newPassword: c.loginPassword }),
  'departments.list': () => ({ includeInactive: true }),
  'departments.create': (c) => ({ name: `样例部门 ${c.seq}`, nameEn: `Sample department ${c.seq}`, kind: 'department' }),
  'departments.update': (c) => ({ id: c.departmentId, version: c.departmentVersion, nameEn: `Renamed ${c.seq}` }),
  'settings.get': () => ({}),
  'settings.update': (c) => ({ version: c.settingsVersion, hotlineNumbers: ['400-820-1234', `021-6288-${String(c.seq % 10000).padStart(4, '0')}`] }),
  'audit.list': () => ({ entity: 'user', limit: 20 }),
  'audit.verify': () => ({}),
  'backup.create': () => ({}),
  'backup.list': () => ({}),
  'backup.restore': (c) => ({ id: c.backupId }),
  'system.status': () => ({}),
};

export const TARGET_USERNAME = 'target.user';
let sequence = 0;

/** Reads the ids and versions the samples need from the test back end; creates the target user on first use. */
export async function sampleContext(t: TestBackend, overrides: Partial<SampleContext> = {}): Promise<SampleContext> {
  const side = t.openSideConnection();
  try {
    let user = side.prepare('SELECT id, version FROM users WHERE username = ?').get(TARGET_USERNAME) as
      | { id: number; version: number }
      | undefined;
    if (!user) {
      const created = await t.createUser(['agent'], TARGET_USERNAME);
      user = { id: created.id, version: created.version };
    }
    const department = side.prepare('SELECT id, version FROM departments ORDER BY id LIMIT 1').get() as {
      id: number;
      version: number;
    };
    const settingsVersion = side.prepare('SELECT version FROM center_settings WHERE id = 1').pluck().get() as number;
    sequence += 1;
    return {
      seq: sequence,
      userId: user.id,
      userVersion: user.version,
      departmentId: department.id,
      departmentVersion: department.version,
      settingsVersion,
      backupId: MISSING_BACKUP_ID,
      loginUsername: TARGET_USERNAME,
      loginPassword: USER_PASSWORD,
      ownPassword: USER_PASSWORD,
      ...overrides,
    };
  } finally {
    side.close();
  }
}
