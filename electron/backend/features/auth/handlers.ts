import type { authApi, Me } from '../../../../shared/api/auth';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { DomainError, fieldInvalid, invalidState } from '../../lib/errors';
import { getCenterSettings, updateCenterSettingsColumns } from '../settings';
import {
  countUsers,
  findUserById,
  findUserByUsername,
  insertUser,
  publicUser,
  recordSignIn,
  recordSignInFailure,
  setLanguage,
  setPasswordHash,
  type UserRecord,
} from '../users';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { markSetupDone, setupWasDone } from './setup-marker';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const invalidCredentials = () =>
  new DomainError(
    'unauthenticated',
    'Wrong username or password, or the account is locked for 15 minutes after 5 failed attempts',
    'auth.invalidCredentials',
  );

export function toMe(user: UserRecord): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    language: user.language,
    mustChangePassword: user.mustChangePassword,
    departmentId: user.departmentId,
  };
}

/** A hash to check unknown usernames against, so a wrong name takes as long as a wrong password. */
const decoyHashes = new Map<number, Promise<string>>();
function decoyHash(costLog2: number): Promise<string> {
  let hash = decoyHashes.get(costLog2);
  if (!hash) {
    hash = hashPassword('decoy password', costLog2);
    decoyHashes.set(costLog2, hash);
  }
  return hash;
}

function currentUser(ctx: HandlerContext): UserRecord {
  const user = findUserById(ctx.db, signedIn(ctx).id);
  if (!user) throw new DomainError('unauthenticated', 'Your account no longer exists', 'auth.sessionEnded');
  return user;
}

/** What counting an attempt found: the user to check the password of, or why there is none to check. */
type SignInAttempt = { user: UserRecord } | { refused: 'unknown' | 'locked' };

/**
 * Counts a sign-in attempt before its slow password check, in one transaction, so parallel guesses each see the ones
 * before them: read first and written back as old + 1 after the check, 30 parallel wrong passwords counted as one.
 * An attempt still being checked counts as a failure until it turns out right.
 */
function countSignInAttempt(ctx: HandlerContext, username: string, now: number): SignInAttempt {
  return ctx.write(() => {
    const user = findUserByUsername(ctx.db, username);
    if (!user || !user.active) return { refused: 'unknown' };
    if (user.lockedUntil !== null && user.lockedUntil > now) return { refused: 'locked' };
    const before = user.lockedUntil !== null ? 0 : user.failedAttempts; // a lock that has run out starts a fresh count
    if (before >= MAX_FAILED_SIGN_INS) return { refused: 'locked' };
    recordSignInFailure(ctx.db, user.id, before + 1, null);
    return { user };
  });
}

/** Locks the account when this failure made the count of failures in a row reach the limit. */
function lockIfLimitReached(ctx: HandlerContext, userId: number, now: number): void {
  const locks = ctx.write(() => {
    const user = findUserById(ctx.db, userId);
    if (!user || user.lockedUntil !== null || user.failedAttempts < MAX_FAILED_SIGN_INS) return false;
    recordSignInFailure(ctx.db, user.id, 0, now + LOCKOUT_MS);
    ctx.audit({ userId: user.id, entity: 'session', entityId: user.id, after: { lockedUntil: now + LOCKOUT_MS } });
    return true;
  });
  if (locks) ctx.services.sessions.usersChanged();
}

async function signIn(ctx: HandlerContext, username: string, password: string): Promise<Me> {
  const attempt = countSignInAttempt(ctx, username, ctx.now());
  if ('refused' in attempt) {
    // An unknown name takes as long as a wrong password; a locked account is refused without spending a check on it.
    if (attempt.refused === 'unknown') await verifyPassword(password, await decoyHash(ctx.services.passwordCostLog2));
    throw invalidCredentials();
  }
  const { user } = attempt;
  const passwordMatches = await verifyPassword(password, user.passwordHash);
  const now = ctx.now();
  if (!passwordMatches) {
    lockIfLimitReached(ctx, user.id, now);
    throw invalidCredentials();
  }
  ctx.write(() => {
    recordSignIn(ctx.db, user.id, now);
    ctx.audit({ userId: user.id, entity: 'session', entityId: user.id, after: { signedIn: true } });
  });
  ctx.services.sessions.open(ctx.session, user.id, user.sessionKey);
  return toMe({ ...user, failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
}

/** One password check at a time per account: the rest of a burst waits, and is refused at once when the first locked it. */
const signInKey = (username: string) => username.trim().toLowerCase();

export const authHandlers = {
  'auth.status': (ctx) => {
    const settings = getCenterSettings(ctx.db);
    return {
      setupRequired: countUsers(ctx.db) === 0 && !setupWasDone(ctx.services.dataDir),
      centerName: settings.centerName,
      defaultLanguage: settings.defaultLanguage,
    };
  },

  'auth.setup': async (ctx, input) => {
    const setupDone = () => countUsers(ctx.db) > 0 || setupWasDone(ctx.services.dataDir);
    if (setupDone()) throw invalidState('The console is already set up', 'auth.setupDone');
    const passwordHash = await hashPassword(input.password, ctx.services.passwordCostLog2);
    const userId = ctx.write(() => {
      if (setupDone()) throw invalidState('The console is already set up', 'auth.setupDone');
      const now = ctx.now();
      const before = getCenterSettings(ctx.db);
      updateCenterSettingsColumns(ctx.db, before.version, { center_name: input.centerName }, now);
      const id = insertUser(
        ctx.db,
        { username: input.username, displayName: input.displayName, passwordHash, roles: ['admin'], departmentId: null },
        now,
      );
      ctx.audit({ userId: id, entity: 'settings', entityId: 1, before, after: getCenterSettings(ctx.db) });
      ctx.audit({ userId: id, entity: 'user', entityId: id, after: publicUser(findUserById(ctx.db, id)!) });
      return id;
    });
    markSetupDone(ctx.services.dataDir, ctx.now());
    const created = findUserById(ctx.db, userId)!;
    ctx.services.sessions.open(ctx.session, userId, created.sessionKey);
    return toMe(created);
  },

  'auth.login': (ctx, input) =>
    ctx.services.signInChecks.run(signInKey(input.username), () => signIn(ctx, input.username, input.password)),

  'auth.logout': (ctx) => {
    const principal = ctx.principal;
    if (ctx.services.sessions.close(ctx.session) && principal) {
      ctx.write(() =>
        ctx.audit({ userId: principal.id, entity: 'session', entityId: principal.id, after: { signedIn: false } }),
      );
    }
    return { signedOut: true as const };
  },

  'auth.me': (ctx) => toMe(currentUser(ctx)),

  'auth.changePassword': async (ctx, input) => {
    const user = currentUser(ctx);
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      throw fieldInvalid('currentPassword', 'auth.wrongCurrentPassword', 'The current password is wrong');
    }
    const passwordHash = await hashPassword(input.newPassword, ctx.services.passwordCostLog2);
    ctx.write(() => {
      setPasswordHash(ctx.db, user.id, passwordHash, false, ctx.now());
      ctx.audit({ entity: 'user', entityId: user.id, after: { passwordChanged: true } });
    });
    ctx.services.sessions.closeAllFor(user.id, ctx.session);
    ctx.services.sessions.usersChanged();
    return { changed: true as const };
  },

  'auth.setLanguage': (ctx, input) => {
    const user = currentUser(ctx);
    ctx.write(() => {
      setLanguage(ctx.db, user.id, input.language);
      ctx.audit({ entity: 'user', entityId: user.id, before: { language: user.language }, after: { language: input.language } });
    });
    return toMe({ ...user, language: input.language });
  },
} satisfies HandlersOf<typeof authApi>;
