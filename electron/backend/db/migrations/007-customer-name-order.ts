// Customers sorted by name in pinyin order (lib/name-order.ts): the sort key of every name, and the indexes the
// list pages by. The list sorted by name_key before, which put names in the order of their characters' code points.
import type { Db } from '../connection';
import { nameOrder } from '../../lib/name-order';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE customers ADD COLUMN name_order TEXT NOT NULL DEFAULT '';
    DROP INDEX customers_by_region;
  `);
  const update = db.prepare('UPDATE customers SET name_order = ? WHERE id = ?');
  const customers = db.prepare('SELECT id, name, kind FROM customers').all() as { id: number; name: string; kind: string }[];
  for (const { id, name, kind } of customers) update.run(nameOrder(name, kind), id);
  db.exec(`
    CREATE INDEX customers_by_name_order ON customers (name_order, id);
    CREATE INDEX customers_by_region ON customers (region, name_order, id);
  `);
}
