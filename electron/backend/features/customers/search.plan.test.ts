// Every statement the search path runs uses an index: EXPLAIN QUERY PLAN of each, on a populated database, with and
// without ANALYZE statistics, shows no SCAN of a table (a SCAN of the FTS5 virtual table through its MATCH index is
// how FTS5 reports an index look-up, and is allowed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchFixture } from './search-fixture';
import { observeStatements } from '../../db/connection';
import { lookupPhonePrefix, searchCustomers } from './search';

const QUERIES = [
  '王', '国', '移动', '中国移动', '海淀区人民医院', 'zgyd', 'yidong', 'wang', 'KH-000123', '123', 'kh42',
  '138', '1380013', '138 0013 8000', '+86 138-0013-8000', '0755-8888', 'DS-7608N', 'DS7608N-K2-00000042', 'SN00',
  'ABC', '!!!', 'SN-CAM', 'DS-7608N-K1', '0755-80000042转8012', '转8012',
];
const SURNAMES = '王李张刘陈杨黄赵吴周';
const WORDS = ['中国移动', '海淀区', '人民医院', '科技', '有限公司', '长城', '安防', '电子'];

describe('search query plans', () => {
  let f: SearchFixture;
  beforeAll(() => {
    f = new SearchFixture();
    f.db.transaction(() => {
      for (let i = 0; i < 3000; i++) {
        const individual = i % 3 === 0;
        const name = individual
          ? `${SURNAMES[i % 10]}${'伟芳娜敏静'[i % 5]}${i}`
          : `${WORDS[i % 8]}${WORDS[(i * 3 + 1) % 8]}${i}号`;
        f.add({
          name,
          kind: individual ? 'individual' : 'organization',
          active: i % 17 !== 0,
          contacts: [{ name: '联系人', phones: [`138${String(i).padStart(8, '0')}`, `0755-8${String(i).padStart(7, '0')}`] }],
          equipment: [
            { model: `DS-7608N-K${i % 20}`, serial: `DS7608N-K2-${String(i).padStart(8, '0')}` },
            { model: 'SN-CAM', serial: `SN${String(i).padStart(6, '0')}` },
          ],
        });
      }
    })();
  });
  afterAll(() => f.close());

  function plans(): Map<string, string[]> {
    const statements = new Map<string, { text: string; params: unknown[] }>();
    const stop = observeStatements((text, params) => statements.set(JSON.stringify([text, params]), { text, params }));
    try {
      for (const query of QUERIES) {
        for (const includeInactive of [false, true]) {
          for (const limit of [1, 20, 50]) searchCustomers(f.db, query, { limit, includeInactive });
        }
      }
      lookupPhonePrefix(f.db, '138 0000', 10);
    } finally {
      stop();
    }
    const out = new Map<string, string[]>();
    for (const [key, { text, params }] of statements) {
      const plan = f.db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[];
      out.set(key, plan.map((row) => row.detail));
    }
    return out;
  }

  function expectIndexedOnly(all: Map<string, string[]>): void {
    // Every statement of search.ts is reached by the queries above.
    const texts = new Set([...all.keys()].map((key) => (JSON.parse(key) as [string])[0]));
    expect(texts.size).toBe(13);
    for (const [text, details] of all) {
      const scans = details.filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE INDEX \d+:M/.test(d));
      expect(scans, `${text}\n${details.join('\n')}`).toEqual([]);
      const joined = details.join('\n');
      expect(joined, text).not.toMatch(/SCAN (customers|contacts|phones|equipment|phone_suffixes|timeline_events|product_models)\b/);
    }
  }

  it('uses indexes only, without statistics', () => {
    expectIndexedOnly(plans());
  });

  it('uses indexes only after ANALYZE', () => {
    f.db.exec('ANALYZE');
    expectIndexedOnly(plans());
  });
});
