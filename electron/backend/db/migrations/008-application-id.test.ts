import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/fixture';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';
import { APPLICATION_ID } from './008-application-id';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migration 8, application id', () => {
  it("marks an older archive as this console's, in the file header, and keeps its data", () => {
    const dir = makeTempDir('aftersales-migration-8-');
    folders.push(dir);
    const file = join(dir, 'archive.sqlite');
    const db = openDatabase(file);
    migrate(db, { now: () => 1, migrations: MIGRATIONS.slice(0, 7) });
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    migrate(db, { now: () => 1, migrations: MIGRATIONS.slice(0, 8) });
    db.close();
    const reopened = openDatabase(file, {}, true);
    expect(reopened.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(reopened.prepare('SELECT count(*) FROM departments').pluck().get()).toBe(6);
    reopened.close();
  });
});
