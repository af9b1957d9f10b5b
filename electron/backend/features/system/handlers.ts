import { existsSync, statSync } from 'node:fs';
import type { systemApi } from '../../../../shared/api/system';
import type { HandlersOf } from '../../context';
import { schemaVersion } from '../../db/migrate';

/** The database as it stands on disk: recent writes sit in the write-ahead log until a checkpoint. */
function databaseBytes(file: string): number {
  return [file, `${file}-wal`].reduce((total, path) => total + (existsSync(path) ? statSync(path).size : 0), 0);
}

export const systemHandlers = {
  'system.status': (ctx) => {
    const { integrity, backups, dataDir } = ctx.services;
    const newest = backups.list()[0];
    return {
      integrity: integrity.current,
      schemaVersion: schemaVersion(ctx.db),
      dataDir,
      databaseBytes: databaseBytes(ctx.db.name),
      lastBackupAt: newest?.createdAt ?? null,
    };
  },
} satisfies HandlersOf<typeof systemApi>;
