import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/fixture';
import { GENESIS_HASH, rowHash } from '../../features/audit/chain';
import { AuditTrail } from '../../features/audit/trail';
import { verifyArchive } from '../../features/audit/verify';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migration 9, audit seals', () => {
  it("seals an older archive's log and records under the folder's key when it is first migrated, and it verifies", async () => {
    const dir = makeTempDir('aftersales-migration-9-');
    folders.push(dir);
    const file = join(dir, 'aftersales.sqlite');
    const db = openDatabase(file);
    migrate(db, { now: () => 1, migrations: MIGRATIONS.slice(0, 8) });
    // The log as version 8 wrote it: a plain hash chain.
    let prev = GENESIS_HASH;
    for (let id = 1; id <= 3; id += 1) {
      const row = { id, at: id, user_id: null, method: 'departments.create', entity: 'department', entity_id: String(id), before: null, after: '{}' };
      const hash = rowHash(prev, row);
      db.prepare('INSERT INTO audit_log (id, at, user_id, method, entity, entity_id, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        ...Object.values(row),
        prev,
        hash,
      );
      prev = hash;
    }
    const trail = new AuditTrail(dir, () => 2);
    migrate(db, { now: () => 2, migrations: MIGRATIONS.slice(0, 9), afterMigration: trail.sealAfterMigration });
    trail.opened(db, 8);
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE mac IS NULL').pluck().get()).toBe(0);
    const departments = db.prepare('SELECT count(*) FROM departments').pluck().get() as number;
    expect(db.prepare("SELECT row_count FROM seal_totals WHERE tbl = 'departments'").pluck().get()).toBe(departments);
    db.close();
    expect(await verifyArchive(file, {}, dir, trail.key)).toMatchObject({ valid: true, checked: 3, problems: [] });
  });
});
