// For the search tests: a migrated database file in a temporary folder and customers written with plain SQL, the
// way the repository writes them, each followed by refreshCustomerSearch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { normalizePhone } from '../../../../shared/customers/phones';
import { codeKey, nameKey } from '../../../../shared/customers/text';
import { nameOrder } from '../../lib/name-order';
import { refreshCustomerSearch } from './search-index';

export interface TestCustomer {
  name: string;
  kind?: 'organization' | 'individual';
  region?: string;
  active?: boolean;
  contacts?: Array<{ name: string; phones: string[] }>;
  equipment?: Array<{ model: string; serial: string; warrantyEnd?: string }>;
}

export class SearchFixture {
  readonly dir = mkdtempSync(join(tmpdir(), 'aftersales-search-'));
  readonly db: Db;
  private count = 0;

  constructor() {
    this.db = openDatabase(join(this.dir, 'test.sqlite'));
    migrate(this.db, { now: () => Date.UTC(2026, 10, 20) });
  }

  add(customer: TestCustomer): { id: number; code: string } {
    return this.db.transaction(() => {
      this.count += 1;
      const code = `KH-${String(this.count).padStart(6, '0')}`;
      const now = Date.UTC(2026, 10, 20) + this.count;
      const id = Number(
        this.db
          .prepare(
            `INSERT INTO customers (code, name, name_key, name_order, kind, region, active, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(code, customer.name, nameKey(customer.name), nameOrder(customer.name, customer.kind ?? 'organization'),
            customer.kind ?? 'organization', customer.region ?? '',
            customer.active === false ? 0 : 1, now, now).lastInsertRowid,
      );
      (customer.contacts ?? []).forEach((contact, position) => {
        const contactId = Number(
          this.db
            .prepare('INSERT INTO contacts (customer_id, name, position) VALUES (?, ?, ?)')
            .run(id, contact.name, position).lastInsertRowid,
        );
        contact.phones.forEach((number, phonePosition) => {
          this.db
            .prepare('INSERT INTO phones (contact_id, customer_id, number, normalized, position) VALUES (?, ?, ?, ?, ?)')
            .run(contactId, id, number, normalizePhone(number), phonePosition);
        });
      });
      for (const item of customer.equipment ?? []) {
        const modelId = this.model(item.model, now);
        this.db
          .prepare(
            `INSERT INTO equipment (customer_id, model_id, serial_number, serial_key, warranty_end, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(id, modelId, item.serial, codeKey(item.serial), item.warrantyEnd ?? null, now, now);
      }
      refreshCustomerSearch(this.db, id);
      return { id, code };
    })();
  }

  /** Marks `sourceId` merged into `targetId` the way customers.merge does, moving its contacts and phones. */
  merge(sourceId: number, targetId: number): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE contacts SET customer_id = ? WHERE customer_id = ?').run(targetId, sourceId);
      this.db.prepare('UPDATE phones SET customer_id = ? WHERE customer_id = ?').run(targetId, sourceId);
      this.db.prepare('UPDATE equipment SET customer_id = ? WHERE customer_id = ?').run(targetId, sourceId);
      this.db.prepare('UPDATE customers SET merged_into = ?, active = 0 WHERE id = ?').run(targetId, sourceId);
      refreshCustomerSearch(this.db, sourceId);
      refreshCustomerSearch(this.db, targetId);
    })();
  }

  private model(model: string, now: number): number {
    const key = codeKey(model);
    const existing = this.db.prepare('SELECT id FROM product_models WHERE model_key = ?').get(key) as { id: number } | undefined;
    if (existing) return existing.id;
    return Number(
      this.db
        .prepare('INSERT INTO product_models (model, model_key, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(model, key, now, now).lastInsertRowid,
    );
  }

  close(): void {
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
