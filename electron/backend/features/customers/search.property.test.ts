// Property-based: a customer is found by ANY substring of its name (Chinese, Latin, digits, mixed, full-width,
// punctuation) and by ANY run of 4 or more digits of any of its phones, however the number and the run are typed.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../../shared/customers/phones';
import { SearchFixture } from './search-fixture';
import { nameChars, refreshCustomerSearch } from './search-index';
import { searchCustomers } from './search';

const COMMON = '中国移动联通电信北京上海广州深圳海淀区人民医院科技有限公司集团分股份王李张刘陈杨黄赵吴周伟芳娜敏静丽强磊军洋单曾解区仇长重行';
const hanChar = fc.oneof(
  fc.constantFrom(...COMMON),
  fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp)),
);
const otherChar = fc.constantFrom(...'ABCxyzＡｂ0129０ -·()（）&/');
const nameArb = fc
  .array(fc.oneof({ weight: 4, arbitrary: hanChar }, { weight: 1, arbitrary: otherChar }), { minLength: 1, maxLength: 24 })
  .map((chars) => chars.join('').trim())
  .filter((name) => nameChars(name).length > 0);

const mobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b);
const landline = fc.tuple(fc.constantFrom('010', '021', '0755', '0571', '0898'), fc.stringMatching(/^[2-8]\d{6,7}$/));
/** A number as someone might have typed it, and its digits as stored. */
const typedPhone = fc.oneof(
  fc.tuple(mobile, fc.constantFrom('plain', 'spaces', 'dashes', '+86', '0086')).map(([n, style]) => {
    const grouped = (sep: string) => `${n.slice(0, 3)}${sep}${n.slice(3, 7)}${sep}${n.slice(7)}`;
    const typed =
      style === 'plain' ? n : style === 'spaces' ? grouped(' ') : style === 'dashes' ? grouped('-') : style === '+86' ? `+86 ${grouped(' ')}` : `0086${n}`;
    return typed;
  }),
  fc.tuple(landline, fc.constantFrom('-', ' ', '', ')')).map(([[area, local], sep]) =>
    sep === ')' ? `(${area}) ${local.slice(0, 4)}-${local.slice(4)}` : `${area}${sep}${local}`,
  ),
);

describe('search properties', () => {
  let f: SearchFixture;
  beforeAll(() => {
    f = new SearchFixture();
    // Neighbours that share characters, syllables and digits with the generated customers.
    for (const name of ['中国移动', '北京海淀区人民医院', '王伟', '上海科技有限公司', 'ABC 集团']) {
      f.add({ name, contacts: [{ name: '联系人', phones: ['13800138000', '010-62885000'] }] });
    }
  });
  afterAll(() => f.close());

  /** Adds the customer, runs the check, removes it again (which also exercises the index's delete path). */
  function withCustomer(name: string, phones: string[], check: (id: number) => void): void {
    const { id } = f.add({ name, contacts: [{ name: '测试', phones }] });
    try {
      check(id);
    } finally {
      f.db.transaction(() => {
        f.db.prepare('DELETE FROM phones WHERE customer_id = ?').run(id);
        f.db.prepare('DELETE FROM contacts WHERE customer_id = ?').run(id);
        f.db.prepare('DELETE FROM customers WHERE id = ?').run(id);
        refreshCustomerSearch(f.db, id);
      })();
    }
  }
  const found = (query: string) => searchCustomers(f.db, query, { limit: 50, includeInactive: false }).map((c) => c.id);

  it('finds a customer by any substring of its name', () => {
    fc.assert(
      fc.property(nameArb, fc.nat(), fc.nat(), (name, a, b) => {
        const points = [...name];
        const start = a % points.length;
        const end = start + 1 + (b % (points.length - start));
        const part = points.slice(start, end).join('');
        fc.pre(nameChars(part).length > 0);
        withCustomer(name, [], (id) => {
          expect(found(part), `name ${JSON.stringify(name)}, query ${JSON.stringify(part)}`).toContain(id);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('finds a customer by any run of 4 or more digits of any of its phones, typed with separators', () => {
    fc.assert(
      fc.property(
        fc.array(typedPhone, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', ' ', '-'),
        (phones, which, a, b, sep) => {
          const digits = normalizePhone(phones[which % phones.length]!);
          const start = a % (digits.length - 3);
          const end = start + 4 + (b % (digits.length - start - 3));
          const run = digits.slice(start, end);
          // Typed the way an agent reads it out: maybe split in two by a space or a dash.
          const cut = Math.floor(run.length / 2);
          const query = run.slice(0, cut) + sep + run.slice(cut);
          withCustomer('电话测试客户', phones, (id) => {
            expect(found(query), `phones ${JSON.stringify(phones)}, query ${JSON.stringify(query)}`).toContain(id);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds a customer by the whole number typed in any of the usual ways, exact match first', () => {
    fc.assert(
      fc.property(typedPhone, typedPhone, (stored, _other) => {
        withCustomer('整号测试客户', [stored], (id) => {
          const digits = normalizePhone(stored);
          for (const query of [stored, digits, `+86 ${digits}`, `0${digits}`]) {
            const results = searchCustomers(f.db, query, { limit: 50, includeInactive: false });
            expect(results[0], `stored ${stored}, query ${query}`).toMatchObject({ id, matchedBy: 'phone' });
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
