import type { backupApi } from '../../../../shared/api/backup';
import type { HandlersOf } from '../../context';

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
    const result = ctx.services.backups.restore(input.id);
    ctx.services.sessions.usersChanged();
    ctx.write(() =>
      ctx.audit({ entity: 'backup', entityId: input.id, after: { restoredFrom: input.id, safetyBackup: result.safetyBackup.id } }),
    );
    ctx.services.integrity.start();
    return result;
  },
} satisfies HandlersOf<typeof backupApi>;
