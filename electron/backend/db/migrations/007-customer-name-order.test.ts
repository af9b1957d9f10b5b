import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/fixture';
import { nameOrder } from '../../lib/name-order';
import { listCustomers } from '../../features/customers/queries';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

const NOW = Date.UTC(2026, 11, 2, 2, 0, 0);
const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migration 7, customer name order', () => {
  it('gives the customers of an older archive their pinyin sort keys, and the list pages by them', () => {
    const dir = makeTempDir('aftersales-migration-7-');
    folders.push(dir);
    const db = openDatabase(join(dir, 'archive.sqlite'));
    migrate(db, { now: () => NOW, migrations: MIGRATIONS.slice(0, 6) });
    const insert = db.prepare(
      `INSERT INTO customers (code, name, name_key, kind, region, created_at, updated_at) VALUES (?, ?, ?, ?, '北京', ?, ?)`,
    );
    const customers = [
      ['中国移动', 'organization'],
      ['曾小明', 'individual'],
      ['安徽电力', 'organization'],
      ['北京燃气', 'organization'],
    ] as const;
    customers.forEach(([name, kind], i) => insert.run(`KH-00000${i + 1}`, name, name, kind, NOW, NOW));

    expect(migrate(db, { now: () => NOW })).toEqual({ from: 6, to: MIGRATIONS.length });
    const rows = db.prepare('SELECT name, kind, name_order FROM customers').all() as { name: string; kind: string; name_order: string }[];
    for (const row of rows) expect(row.name_order).toBe(nameOrder(row.name, row.kind));
    const list = (region?: string) =>
      listCustomers(db, { sort: 'name', today: '2026-12-02', ...(region ? { region } : {}) }, undefined, 10).items.map((c) => c.name);
    expect(list()).toEqual(['安徽电力', '北京燃气', '曾小明', '中国移动']);
    expect(list('北京')).toEqual(['安徽电力', '北京燃气', '曾小明', '中国移动']);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    for (const [query, index] of [
      ['SELECT id FROM customers ORDER BY name_order, id LIMIT 10', 'customers_by_name_order'],
      [`SELECT id FROM customers WHERE region = '北京' ORDER BY name_order, id LIMIT 10`, 'customers_by_region'],
    ] as const) {
      expect(plan(query)).toContain(index);
      expect(plan(query)).not.toContain('TEMP B-TREE');
    }
    db.close();
  });
});
