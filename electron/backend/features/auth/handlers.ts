import type { authApi, Me } from '../../../../shared/api/auth';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { DomainError, fieldInvalid, invalidState } from '../../lib/errors';
import { getCenterSettings, updateCenterSettingsColumns } from '../settings/repository';
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
} from '../users/repository';
import { hashPassword, verifyPassword } from './passwords';

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

async function signIn(ctx: HandlerContext, username: string, password: string): Promise<Me> {
  const user = findUserByUsername(ctx.db, username);
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash(ctx.services.passwordCostLog2)));
  const now = ctx.now();
  if (!user || !user.active) throw invalidCredentials();
  if (user.lockedUntil !== null && user.lockedUntil > now) throw invalidCredentials();
  if (!passwordMatches) {
    const failures = (user.lockedUntil !== null ? 0 : user.failedAttempts) + 1;
    const locks = failures >= MAX_FAILED_SIGN_INS;
    ctx.write(() => {
      recordSignInFailure(ctx.db, user.id, locks ? 0 : failures, locks ? now + LOCKOUT_MS : null);
      if (locks) {
        ctx.audit({ userId: user.id, entity: 'session', entityId: user.id, after: { lockedUntil: now + LOCKOUT_MS } });
      }
    });
    if (locks) ctx.services.sessions.usersChanged();
    throw invalidCredentials();
  }
  ctx.write(() => {
    recordSignIn(ctx.db, user.id, now);
    ctx.audit({ userId: user.id, entity: 'session', entityId: user.id, after: { signedIn: true } });
  });
  ctx.services.sessions.open(ctx.session, user.id);
  return toMe({ ...user, failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
}

export const authHandlers = {
  'auth.status': (ctx) => {
    const settings = getCenterSettings(ctx.db);
    return {
      setupRequired: countUsers(ctx.db) === 0,
      centerName: settings.centerName,
      defaultLanguage: settings.defaultLanguage,
    };
  },

  'auth.setup': async (ctx, input) => {
    if (countUsers(ctx.db) > 0) throw invalidState('The console is already set up', 'auth.setupDone');
    const passwordHash = await hashPassword(input.password, ctx.services.passwordCostLog2);
    const userId = ctx.write(() => {
      if (countUsers(ctx.db) > 0) throw invalidState('The console is already set up', 'auth.setupDone');
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
    ctx.services.sessions.open(ctx.session, userId);
    return toMe(findUserById(ctx.db, userId)!);
  },

  'auth.login': (ctx, input) => signIn(ctx, input.username, input.password),

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
