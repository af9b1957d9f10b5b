// The customer page, the list, duplicate checks and the import's look-ups read through indexes only: EXPLAIN QUERY
// PLAN of every statement they run, on a populated database, shows no SCAN of a large table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeStatements } from '../../db/connection';
import { documentsOf } from '../documents/repository';
import { equipmentOf } from '../equipment/repository';
import { readFileRows } from '../import/file-rows';
import { planImport } from '../import/records';
import { findDuplicateCandidates, listCustomers } from './queries';
import { customerSummaries, findCustomer, regionsInUse, sitesOf } from './repository';
import { SearchFixture } from './search-fixture';
import { listTimeline } from './timeline';

const LARGE_TABLES = /SCAN (customers|contacts|phones|phone_suffixes|sites|equipment|warranty_renewals|handover_documents|timeline_events|product_models)\b/;

describe('query plans of the customer page, lists, duplicates and import', () => {
  let f: SearchFixture;
  beforeAll(() => {
    f = new SearchFixture();
    f.db.transaction(() => {
      for (let i = 0; i < 2000; i++) {
        const { id } = f.add({
          name: `${['上海', '北京', '广州'][i % 3]}华通科技${i}有限公司`,
          region: ['上海', '北京', '广州'][i % 3]!,
          contacts: [{ name: '王工', phones: [`139${String(i).padStart(8, '0')}`] }],
          equipment: [{ model: `M-${i % 30}`, serial: `S-${i}`, warrantyEnd: `2027-0${(i % 9) + 1}-01` }],
        });
        f.db.prepare('INSERT INTO sites (customer_id, name, created_at, updated_at) VALUES (?, ?, 0, 0)').run(id, '机房');
        for (let e = 0; e < 5; e++) {
          f.db.prepare(`INSERT INTO timeline_events (customer_id, at, kind, details) VALUES (?, ?, 'customer.created', '{}')`).run(id, e);
        }
      }
    })();
    f.db.exec('ANALYZE');
  });
  afterAll(() => f.close());

  it('reads every statement through an index', async () => {
    const statements = new Map<string, unknown[]>();
    const stop = observeStatements((text, params) => statements.set(text, params));
    try {
      const today = '2026-11-20';
      for (const id of [1, 777, 2000]) {
        findCustomer(f.db, id);
        sitesOf(f.db, id);
        equipmentOf(f.db, id, today);
        documentsOf(f.db, id);
        listTimeline(f.db, { customerId: id }, null, 50);
        listTimeline(f.db, { equipmentId: id }, null, 50);
      }
      customerSummaries(f.db, [1, 2, 3]);
      regionsInUse(f.db);
      findDuplicateCandidates(f.db, '上海华通科技1', ['13900000001'], null);
      for (const sort of ['name', 'code', 'updated'] as const) {
        const first = listCustomers(f.db, { sort, today }, undefined, 50);
        listCustomers(f.db, { sort, today }, first.nextCursor ?? undefined, 50);
        listCustomers(f.db, { sort, today, region: '北京' }, undefined, 50);
      }
      await planImport(
        f.db,
        readFileRows(
          { columns: ['客户名称', '型号', '序列号'], rows: [{ row: 2, cells: ['上海华通科技1有限公司', 'M-1', 'S-1'] }] },
          { 'customer.name': 0, 'equipment.model': 1, 'equipment.serialNumber': 2 },
        ),
      );
    } finally {
      stop();
    }
    expect(statements.size).toBeGreaterThan(15);
    for (const [text, params] of statements) {
      const plan = (f.db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(params as never[])) as { detail: string }[])
        .map((row) => row.detail)
        .join('\n');
      expect(plan, text).not.toMatch(LARGE_TABLES);
    }
  });
});
