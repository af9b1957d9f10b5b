import { getCenterSettings, sessionPolicyOf } from '../settings';
import type { backupApi } from '../../../../shared/api/backup';
import { signedIn, type HandlersOf } from '../../context';
import { findUserByUsername } from '../users';

export const backupHandlers = {
  'backup.create': (ctx, input) => {
    const backups = ctx.services.backups;
    const info = backups.create('manual');
    const copiedTo = input.copyTo ? backups.copyTo(info, input.copyTo) : null;
    ctx.write(() => ctx.audit({ entity: 'backup', entityId: info.id, after: { ...info, copiedTo } }));
    return { ...info, copiedTo };
  },

  'backup.list': (ctx) => ({ items: ctx.services.backups.list() }),

  'backup.restore': (ctx, input) => {
    const administrator = signedIn(ctx);
    const result = ctx.services.backups.restore(input.id);
    // Every session was made in the archive just replaced: all end, the restoring administrator's too (the desks
    // listening are told at once, so each says why on its sign-in screen before its next call finds out).
    ctx.services.sessions.endAll('restored');
    ctx.services.sessions.setPolicy(sessionPolicyOf(getCenterSettings(ctx.db)));
    ctx.session.token = null;
    ctx.write(() => {
      // The restorer's id is of the archive replaced; in the restored one it is theirs only under the same name.
      const sameUser = findUserByUsername(ctx.db, administrator.username);
      ctx.audit({
        userId: sameUser?.id === administrator.id ? administrator.id : null,
        entity: 'backup',
        entityId: input.id,
        after: { restoredFrom: input.id, safetyBackup: result.safetyBackup.id, restoredBy: administrator.username },
      });
    });
    ctx.services.integrity.start();
    return result;
  },
} satisfies HandlersOf<typeof backupApi>;
