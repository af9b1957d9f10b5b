import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/fixture';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migration 10, user session keys', () => {
  it('gives every user of an older archive a random session key of its own', () => {
    const dir = makeTempDir('aftersales-migration-10-');
    folders.push(dir);
    const db = openDatabase(join(dir, 'archive.sqlite'));
    migrate(db, { now: () => 1, migrations: MIGRATIONS.slice(0, 9) });
    const insert = db.prepare("INSERT INTO users (username, display_name, password_hash, created_at, updated_at) VALUES (?, '测试', 'x', 1, 1)");
    for (const name of ['a', 'b', 'c']) insert.run(name);
    migrate(db, { now: () => 1, migrations: MIGRATIONS.slice(0, 10) });
    const keys = db.prepare('SELECT session_key FROM users').pluck().all() as string[];
    expect(keys.every((key) => /^[0-9a-f]{32}$/.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(3);
    db.close();
  });
});
