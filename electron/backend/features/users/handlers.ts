import type { usersApi } from '../../../../shared/api/users';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { DomainError, fieldInvalid, notFound, staleVersion } from '../../lib/errors';
import { hashPassword } from '../../lib/passwords';
import { findDepartment } from '../departments';
import {
  findUserById,
  findUserByUsername,
  insertUser,
  listColleagues,
  listUsers,
  publicUser,
  replaceRoles,
  setPasswordHash,
  updateUserColumns,
} from './repository';

function checkDepartmentExists(ctx: HandlerContext, departmentId: number | null | undefined): void {
  if (departmentId != null && !findDepartment(ctx.db, departmentId)) {
    throw fieldInvalid('departmentId', 'validation.unknownDepartment', `Department ${departmentId} does not exist`);
  }
}

export const usersHandlers = {
  'users.list': (ctx, input) => ({ items: listUsers(ctx.db, input.includeInactive ?? false) }),

  'users.directory': (ctx, input) => ({ items: listColleagues(ctx.db, input.role ?? null) }),

  'users.create': async (ctx, input) => {
    if (findUserByUsername(ctx.db, input.username)) {
      throw fieldInvalid('username', 'validation.usernameTaken', 'This username is already in use');
    }
    checkDepartmentExists(ctx, input.departmentId);
    const passwordHash = await hashPassword(input.password, ctx.services.passwordCostLog2);
    const created = ctx.write(() => {
      if (findUserByUsername(ctx.db, input.username)) {
        throw fieldInvalid('username', 'validation.usernameTaken', 'This username is already in use');
      }
      const id = insertUser(
        ctx.db,
        {
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          roles: input.roles,
          departmentId: input.departmentId ?? null,
        },
        ctx.now(),
      );
      const user = publicUser(findUserById(ctx.db, id)!);
      ctx.audit({ entity: 'user', entityId: id, after: user });
      return user;
    });
    ctx.services.sessions.usersChanged();
    return created;
  },

  'users.update': (ctx, input) => {
    const updated = ctx.write(() => {
      const record = findUserById(ctx.db, input.id);
      if (!record) throw notFound('User', input.id);
      const before = publicUser(record);
      const removesOwnAdmin =
        input.id === signedIn(ctx).id &&
        ((input.roles !== undefined && !input.roles.includes('admin')) || input.active === false);
      if (removesOwnAdmin) {
        throw new DomainError('invalid_state', 'You cannot remove your own administrator access', 'users.ownAdminAccess');
      }
      checkDepartmentExists(ctx, input.departmentId);
      const changed = updateUserColumns(
        ctx.db,
        input.id,
        input.version,
        {
          ...(input.displayName !== undefined && { display_name: input.displayName }),
          ...(input.departmentId !== undefined && { department_id: input.departmentId }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        },
        ctx.now(),
      );
      if (!changed) throw staleVersion('The user');
      if (input.roles !== undefined) replaceRoles(ctx.db, input.id, input.roles);
      const after = publicUser(findUserById(ctx.db, input.id)!);
      ctx.audit({ entity: 'user', entityId: input.id, before, after });
      return after;
    });
    if (!updated.active) ctx.services.sessions.closeAllFor(updated.id);
    ctx.services.sessions.usersChanged();
    return updated;
  },

  'users.resetPassword': async (ctx, input) => {
    if (!findUserById(ctx.db, input.id)) throw notFound('User', input.id);
    const passwordHash = await hashPassword(input.newPassword, ctx.services.passwordCostLog2);
    ctx.write(() => {
      if (!findUserById(ctx.db, input.id)) throw notFound('User', input.id);
      setPasswordHash(ctx.db, input.id, passwordHash, input.id !== signedIn(ctx).id, ctx.now());
      ctx.audit({ entity: 'user', entityId: input.id, after: { passwordReset: true } });
    });
    ctx.services.sessions.closeAllFor(input.id, ctx.session);
    ctx.services.sessions.usersChanged();
    return { reset: true as const };
  },
} satisfies HandlersOf<typeof usersApi>;
