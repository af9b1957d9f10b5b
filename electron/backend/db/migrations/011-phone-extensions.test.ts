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

describe('migration 11, phone extensions', () => {
  it('splits the extensions joined to numbers before, with their digits and suffixes recomputed, and leaves other numbers as they were', () => {
    const dir = makeTempDir('aftersales-migration-11-');
    folders.push(dir);
    const db = openDatabase(join(dir, 'archive.sqlite'));
    migrate(db, { now: () => 1, migrations: MIGRATIONS.slice(0, 10) });
    db.prepare("INSERT INTO customers (id, code, name, kind, name_key, created_at, updated_at) VALUES (1, 'KH-000001', '上海华通', 'organization', '上海华通', 1, 1)").run();
    db.prepare("INSERT INTO contacts (id, customer_id, name) VALUES (1, 1, '王经理')").run();
    const phone = db.prepare('INSERT INTO phones (id, contact_id, customer_id, number, normalized) VALUES (?, 1, 1, ?, ?)');
    const suffix = db.prepare('INSERT INTO phone_suffixes (suffix, phone_id, customer_id) VALUES (?, ?, 1)');
    // As stored before: the extension's digits joined to the number's.
    phone.run(1, '021-62885000转8012', '21628850008012');
    phone.run(2, '021-62885000 ext. 8020', '21628850008020');
    phone.run(3, '139 1234 5678', '13912345678');
    for (const [id, digits] of [[1, '21628850008012'], [2, '21628850008020'], [3, '13912345678']] as const) {
      for (let at = 0; at <= digits.length - 4; at += 1) suffix.run(digits.slice(at), id);
    }
    db.prepare(`INSERT INTO requests (id, number, received_at, channel, caller_phone, caller_phone_normalized, kind, priority, subject, state,
      respond_by, solve_by, created_at, updated_at) VALUES (1, 'FW-20261201-0001', 1, 'hotline', '021-62885000#8012', '21628850008012', 'consultation', 'general', '咨询', 'accepted', 2, 3, 1, 1)`).run();

    migrate(db, { now: () => 1, migrations: MIGRATIONS.slice(0, 11) });
    expect(db.prepare('SELECT id, number, extension, normalized FROM phones ORDER BY id').all()).toEqual([
      { id: 1, number: '021-62885000', extension: '8012', normalized: '2162885000' },
      { id: 2, number: '021-62885000', extension: '8020', normalized: '2162885000' },
      { id: 3, number: '139 1234 5678', extension: '', normalized: '13912345678' },
    ]);
    const suffixes = db.prepare('SELECT suffix FROM phone_suffixes WHERE phone_id = 1 ORDER BY length(suffix) DESC').pluck().all();
    expect(suffixes).toEqual(['2162885000', '162885000', '62885000', '2885000', '885000', '85000', '5000']);
    expect(db.prepare('SELECT count(*) FROM phone_suffixes WHERE phone_id = 3').pluck().get()).toBe(8);
    expect(db.prepare('SELECT caller_phone, caller_phone_normalized FROM requests').get()).toEqual({ caller_phone: '021-62885000#8012', caller_phone_normalized: '2162885000' });
    db.close();
  });
});
