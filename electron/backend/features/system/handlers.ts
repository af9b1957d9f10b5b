import { statSync } from 'node:fs';
import type { systemApi } from '../../../../shared/api/system';
import type { HandlersOf } from '../../context';
import { schemaVersion } from '../../db/migrate';

export const systemHandlers = {
  'system.status': (ctx) => {
    const { integrity, backups, dataDir } = ctx.services;
    const newest = backups.list()[0];
    return {
      integrity: integrity.current,
      schemaVersion: schemaVersion(ctx.db),
      dataDir,
      databaseBytes: statSync(ctx.db.name).size,
      lastBackupAt: newest?.createdAt ?? null,
    };
  },
} satisfies HandlersOf<typeof systemApi>;
