import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../../shared/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, createTestBackend, USER_PASSWORD, type TestBackend } from '../../testing/fixture';
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from './handlers';
import { hashPassword, PRODUCTION_COST_LOG2, verifyPassword } from '../../lib/passwords';

const opened: TestBackend[] = [];
async function backend(options: Parameters<typeof createTestBackend>[0] = {}): Promise<TestBackend> {
  const t = await createTestBackend(options);
  opened.push(t);
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function loginError(t: TestBackend, username: string, password: string): Promise<ApiError> {
  const result = await t.call(t.backend.newSession(), 'auth.login', { username, password });
  if (result.ok) throw new Error(`signing in as ${username} unexpectedly worked`);
  return result.error;
}

describe('first-run setup', () => {
  it('names the center, creates the first administrator and signs them in; afterwards it is refused', async () => {
    const t = await backend({ setup: false });
    const session = t.backend.newSession();
    expect(await t.expectOk(session, 'auth.status', {})).toEqual({ setupRequired: true, centerName: '', defaultLanguage: 'zh-CN' });

    const me = await t.expectOk(session, 'auth.setup', {
      centerName: '  华东区售后服务中心 ',
      username: 'zhaomin',
      displayName: '赵敏',
      password: 'first-admin-pass',
    });
    expect(me).toMatchObject({ username: 'zhaomin', displayName: '赵敏', roles: ['admin'], mustChangePassword: false });
    expect(session.token).not.toBeNull();
    expect(await t.expectOk(session, 'auth.me', {})).toMatchObject({ id: me.id, username: 'zhaomin' });
    expect(await t.expectOk(t.backend.newSession(), 'auth.status', {})).toMatchObject({
      setupRequired: false,
      centerName: '华东区售后服务中心',
    });

    const again = await t.call(t.backend.newSession(), 'auth.setup', {
      centerName: '冒名中心',
      username: 'intruder',
      displayName: '冒名者',
      password: 'intruder-pass',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'auth.setupDone' } });
    const users = await t.expectOk(session, 'users.list', { includeInactive: true });
    expect(users.items.map((u) => u.username)).toEqual(['zhaomin']);
    expect((await t.expectOk(session, 'settings.get', {})).centerName).toBe('华东区售后服务中心');
  });

  it('stores the password with scrypt at the production cost N = 2^17 when no cost is given', async () => {
    const t = await backend({ setup: false, passwordCostLog2: undefined });
    await t.expectOk(t.backend.newSession(), 'auth.setup', {
      centerName: '华东区售后服务中心',
      username: 'zhaomin',
      displayName: '赵敏',
      password: 'first-admin-pass',
    });
    const side = t.openSideConnection();
    const stored = side.prepare('SELECT password_hash FROM users').pluck().get() as string;
    side.close();
    const [scheme, cost, r, p, salt, key] = stored.split('$');
    expect({ scheme, cost: Number(cost), r: Number(r), p: Number(p) }).toEqual({ scheme: 'scrypt', cost: PRODUCTION_COST_LOG2, r: 8, p: 1 });
    expect(PRODUCTION_COST_LOG2).toBe(17);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    expect(stored).not.toContain('first-admin-pass');
    expect(await verifyPassword('first-admin-pass', stored)).toBe(true);
    expect(await verifyPassword('first-admin-pasS', stored)).toBe(false);
  });

  it('salts every hash, so two users with the same password get different hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('same password', 10), hashPassword('same password', 10)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', 'not-a-hash')).toBe(false);
  });
});

describe('signing in and out', () => {
  it('a user signs in, sees who they are, signs out, and is then asked to sign in again', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    const session = t.backend.newSession();
    const me = await t.expectOk(session, 'auth.login', { username: 'wangfang', password: USER_PASSWORD });
    expect(me).toMatchObject({ username: 'wangfang', roles: ['agent'], language: null, mustChangePassword: false });
    expect(await t.expectOk(session, 'auth.me', {})).toEqual(me);

    expect(await t.expectOk(session, 'auth.logout', {})).toEqual({ signedOut: true });
    expect(session.token).toBeNull();
    expect(await t.call(session, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // Signing out twice is harmless.
    expect(await t.expectOk(session, 'auth.logout', {})).toEqual({ signedOut: true });
  });

  it('usernames are matched without regard to case or surrounding spaces', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'WangFang');
    const me = await t.expectOk(t.backend.newSession(), 'auth.login', { username: ' wangfang ', password: USER_PASSWORD });
    expect(me.username).toBe('WangFang');
  });

  it('a stolen token from a signed-out session no longer works', async () => {
    const t = await backend();
    const session = t.backend.newSession();
    await t.expectOk(session, 'auth.login', { username: ADMIN_USERNAME, password: ADMIN_PASSWORD });
    const copy = { token: session.token };
    await t.expectOk(session, 'auth.logout', {});
    expect(await t.call(copy, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await t.call({ token: 'made-up-token' }, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('a wrong password and an unknown username get exactly the same answer', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    const wrongPassword = await loginError(t, 'wangfang', 'not-her-password');
    const unknownUser = await loginError(t, 'nobody-here', 'not-her-password');
    expect(wrongPassword).toEqual(unknownUser);
    expect(wrongPassword).toMatchObject({ code: 'unauthenticated', reason: 'auth.invalidCredentials' });
  });

  it('the language a user picks is remembered for their next sign-in', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    const session = await t.signIn('wangfang');
    expect((await t.expectOk(session, 'auth.setLanguage', { language: 'en' })).language).toBe('en');
    const later = await t.expectOk(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: USER_PASSWORD });
    expect(later.language).toBe('en');
  });
});

describe('lockout after failed sign-ins', () => {
  it(`${MAX_FAILED_SIGN_INS} wrong passwords in a row lock the account for 15 minutes, then the right password works again`, async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    const unknownUserError = await loginError(t, 'nobody-here', 'whatever-pass');

    for (let attempt = 1; attempt <= MAX_FAILED_SIGN_INS; attempt += 1) {
      expect(await loginError(t, 'wangfang', `wrong-${attempt}`)).toEqual(unknownUserError);
    }
    // Locked: even the right password is refused, with the same message as any other failure.
    expect(await loginError(t, 'wangfang', USER_PASSWORD)).toEqual(unknownUserError);
    const users = await t.expectOk(t.admin, 'users.list', {});
    expect(users.items.find((u) => u.username === 'wangfang')?.lockedUntil).toBe(t.clock.now() + LOCKOUT_MS);

    t.clock.advance(LOCKOUT_MS - 60_000);
    expect(await loginError(t, 'wangfang', USER_PASSWORD)).toEqual(unknownUserError);

    t.clock.advance(60_000 + 1);
    const me = await t.expectOk(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: USER_PASSWORD });
    expect(me.username).toBe('wangfang');
    const after = await t.expectOk(t.admin, 'users.list', {});
    expect(after.items.find((u) => u.username === 'wangfang')?.lockedUntil).toBeNull();
  });

  it('fifty wrong passwords sent at once lock the account as five in a row would; the right one is then refused', async () => {
    const t = await backend();
    const user = await t.createUser(['agent'], 'wangfang');
    const guesses = Array.from({ length: 50 }, (_, i) => t.call(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: `guess-${i}` }));
    const results = await Promise.all(guesses);
    expect(results.every((r) => !r.ok && r.error.reason === 'auth.invalidCredentials')).toBe(true);
    const listed = (await t.expectOk(t.admin, 'users.list', {})).items.find((u) => u.id === user.id);
    expect(listed?.lockedUntil).toBe(t.clock.now() + LOCKOUT_MS);
    expect(await loginError(t, 'wangfang', USER_PASSWORD)).toMatchObject({ reason: 'auth.invalidCredentials' });
    // Exactly one lock was recorded, not one per guess.
    const log = await t.expectOk(t.admin, 'audit.list', { entity: 'session', userId: user.id });
    expect(log.items.filter((e) => (e.after as { lockedUntil?: number }).lockedUntil !== undefined)).toHaveLength(1);
  });

  it('an attempt is counted before its password is checked: four parallel failures and a fifth at once still lock', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    await Promise.all(Array.from({ length: 4 }, () => t.call(t.backend.newSession(), 'auth.login', { username: 'WangFang ', password: 'wrong-pass' })));
    await loginError(t, 'wangfang', 'wrong-again');
    expect(await loginError(t, 'wangfang', USER_PASSWORD)).toMatchObject({ reason: 'auth.invalidCredentials' });
  });

  it('a successful sign-in resets the count, so failures must be in a row to lock', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i += 1) await loginError(t, 'wangfang', 'wrong-pass');
    expect((await t.call(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: USER_PASSWORD })).ok).toBe(true);
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i += 1) await loginError(t, 'wangfang', 'wrong-pass');
    expect((await t.call(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: USER_PASSWORD })).ok).toBe(true);
  });

  it('after a lock expires, one more wrong password does not lock the account again at once', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) await loginError(t, 'wangfang', 'wrong-pass');
    t.clock.advance(LOCKOUT_MS + 1);
    await loginError(t, 'wangfang', 'wrong-pass');
    expect((await t.call(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: USER_PASSWORD })).ok).toBe(true);
  });

  it('locking an account is written to the audit log', async () => {
    const t = await backend();
    const user = await t.createUser(['agent'], 'wangfang');
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) await loginError(t, 'wangfang', 'wrong-pass');
    const log = await t.expectOk(t.admin, 'audit.list', { entity: 'session', userId: user.id });
    expect(log.items[0]).toMatchObject({ method: 'auth.login', after: { lockedUntil: t.clock.now() + LOCKOUT_MS } });
  });

  it('an administrator’s password reset unlocks a locked account', async () => {
    const t = await backend();
    const user = await t.createUser(['agent'], 'wangfang');
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) await loginError(t, 'wangfang', 'wrong-pass');
    await t.expectOk(t.admin, 'users.resetPassword', { id: user.id, newPassword: 'fresh-pass-2026' });
    const me = await t.expectOk(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: 'fresh-pass-2026' });
    expect(me.mustChangePassword).toBe(true);
  });
});

describe('passwords', () => {
  it('changing one’s own password needs the current one; the old password stops working', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    const session = await t.signIn('wangfang');
    const otherWindow = await t.signIn('wangfang');

    const wrong = await t.call(session, 'auth.changePassword', { currentPassword: 'not-my-password', newPassword: 'brand-new-pass' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'validation', reason: 'auth.wrongCurrentPassword', details: { fields: [{ path: 'currentPassword' }] } },
    });
    // The old password still works after the refused change.
    expect((await t.call(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: USER_PASSWORD })).ok).toBe(true);

    await t.expectOk(session, 'auth.changePassword', { currentPassword: USER_PASSWORD, newPassword: 'brand-new-pass' });
    expect(await loginError(t, 'wangfang', USER_PASSWORD)).toMatchObject({ code: 'unauthenticated' });
    expect((await t.call(t.backend.newSession(), 'auth.login', { username: 'wangfang', password: 'brand-new-pass' })).ok).toBe(true);
    // The window that changed it stays signed in; other sessions of the same user end.
    await t.expectOk(session, 'auth.me', {});
    expect(await t.call(otherWindow, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('a new password shorter than 8 characters is refused', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    const session = await t.signIn('wangfang');
    const result = await t.call(session, 'auth.changePassword', { currentPassword: USER_PASSWORD, newPassword: 'short' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'newPassword' }] } } });
  });

  it('after an administrator resets a password, the user is asked to choose their own, and no longer after they do', async () => {
    const t = await backend();
    const user = await t.createUser(['agent'], 'wangfang');
    const before = await t.signIn('wangfang');
    await t.expectOk(t.admin, 'users.resetPassword', { id: user.id, newPassword: 'temporary-2026' });
    // Reset signs the user out everywhere.
    expect(await t.call(before, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    const session = t.backend.newSession();
    const me = await t.expectOk(session, 'auth.login', { username: 'wangfang', password: 'temporary-2026' });
    expect(me.mustChangePassword).toBe(true);
    expect((await t.expectOk(session, 'auth.me', {})).mustChangePassword).toBe(true);

    await t.expectOk(session, 'auth.changePassword', { currentPassword: 'temporary-2026', newPassword: 'my-own-pass-2026' });
    expect((await t.expectOk(session, 'auth.me', {})).mustChangePassword).toBe(false);
  });

  it('an administrator resetting their own password is not asked to change it again', async () => {
    const t = await backend();
    await t.expectOk(t.admin, 'users.resetPassword', { id: t.adminId, newPassword: 'new-admin-pass' });
    expect((await t.expectOk(t.admin, 'auth.me', {})).mustChangePassword).toBe(false);
  });
});

describe('deactivated users', () => {
  it('deactivating a user ends their session and they cannot sign in again, with the usual message', async () => {
    const t = await backend();
    const user = await t.createUser(['agent'], 'wangfang');
    const session = await t.signIn('wangfang');
    await t.expectOk(session, 'auth.me', {});

    await t.expectOk(t.admin, 'users.update', { id: user.id, version: user.version, active: false });
    expect(await t.call(session, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const refused = await loginError(t, 'wangfang', USER_PASSWORD);
    expect(refused).toEqual(await loginError(t, 'nobody-here', USER_PASSWORD));
  });

  it('colleagues see each other in the directory, by role, and no longer once deactivated', async () => {
    const t = await backend();
    const agent = await t.createUser(['agent'], 'wangfang');
    await t.createUser(['technician', 'agent'], 'liqiang');
    const session = await t.signIn('liqiang');
    const agents = await t.expectOk(session, 'users.directory', { role: 'agent' });
    expect(agents.items.map((c) => c.roles)).toEqual(expect.arrayContaining([['agent'], ['agent', 'technician']]));
    expect(agents.items).toHaveLength(2);
    expect(Object.keys(agents.items[0]!).sort()).toEqual(['departmentId', 'displayName', 'id', 'roles']);
    await t.expectOk(t.admin, 'users.update', { id: agent.id, version: agent.version, active: false });
    expect((await t.expectOk(session, 'users.directory', { role: 'agent' })).items.map((c) => c.id)).not.toContain(agent.id);
  });

  it('a role taken away applies to the user’s session at once', async () => {
    const t = await backend();
    const user = await t.createUser(['admin', 'agent'], 'lina');
    const session = await t.signIn('lina');
    await t.expectOk(session, 'users.list', {});
    await t.expectOk(t.admin, 'users.update', { id: user.id, version: user.version, roles: ['agent'] });
    expect(await t.call(session, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await t.expectOk(session, 'auth.me', {})).roles).toEqual(['agent']);
  });

  it('an administrator cannot remove their own administrator access', async () => {
    const t = await backend();
    const result = await t.call(t.admin, 'users.update', { id: t.adminId, version: 0, active: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'users.ownAdminAccess' } });
    await t.expectOk(t.admin, 'auth.me', {});
  });
});

describe('sessions', () => {
  it('a session left idle for more than 12 hours ends', async () => {
    const t = await backend();
    await t.createUser(['agent'], 'wangfang');
    const session = await t.signIn('wangfang');
    t.clock.advance(11 * 60 * 60 * 1000);
    await t.expectOk(session, 'auth.me', {});
    t.clock.advance(12 * 60 * 60 * 1000 + 1);
    expect(await t.call(session, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});
