import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../../shared/customers/phones';
import { SearchFixture } from './search-fixture';
import { nameChars, pinyinReadings, rebuildCustomerSearch, refreshCustomerSearch, searchDocument } from './search-index';
import { lookupPhonePrefix, parseQuery, searchCustomers } from './search';

const opts = { limit: 20, includeInactive: false };

describe('query and name normalisation', () => {
  it('normalises phone numbers however typed', () => {
    expect(normalizePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('0086 13800138000')).toBe('13800138000');
    expect(normalizePhone('8613800138000')).toBe('13800138000');
    expect(normalizePhone('021-6288 5000')).toBe('2162885000');
    expect(normalizePhone('(0755) 8888-1234')).toBe('75588881234');
  });

  it('reads a query as phone digits, code, key, name characters and pinyin', () => {
    expect(parseQuery(' +86 138-0013 ')).toMatchObject({ phone: '1380013', phoneRuns: ['1380013', '861380013'], code: null });
    expect(parseQuery('0013 8000')).toMatchObject({ phone: '138000', phoneRuns: ['138000', '00138000'] });
    expect(parseQuery('０２１－６２８８')).toMatchObject({ phone: '216288', phoneRuns: ['216288', '0216288'] });
    expect(parseQuery('00861234')).toMatchObject({ phone: '1234', phoneRuns: ['1234', '00861234'] });
    expect(parseQuery('KH-000123').code).toBe('KH-000123');
    expect(parseQuery('kh123').code).toBe('KH-000123');
    expect(parseQuery('123').code).toBe('KH-000123');
    expect(parseQuery('0').code).toBeNull();
    expect(parseQuery('ds-7608n k2').key).toBe('DS7608NK2');
    expect(parseQuery('中国 移动').chars).toEqual(['中', '国', '移', '动']);
    expect(parseQuery("Xi'an").pinyin).toBe('xian');
    expect(parseQuery('lü').pinyin).toBe('lv');
    expect(parseQuery('中国').pinyin).toBe('');
  });

  it('segments a name one character per token, full-width folded, punctuation dropped', () => {
    expect(nameChars('ＡＢＣ科技（上海）有限公司')).toEqual(['a', 'b', 'c', '科', '技', '上', '海', '有', '限', '公', '司']);
    expect(searchDocument('中国移动', 'organization')).toEqual({
      name_chars: '中 国 移 动',
      pinyin: 'zhongguoyidong guoyidong yidong dong',
      initials: 'zgyd gyd yd d',
    });
  });

  it('reads polyphonic surnames both ways and ü as v and u', () => {
    expect(pinyinReadings('单雄信', 'individual').map((r) => r.join(''))).toEqual(['danxiongxin', 'shanxiongxin']);
    expect(pinyinReadings('曾国藩', 'individual').map((r) => r.join(''))).toContain('zengguofan');
    // Organisations are read as words: 长沙银行 is yinhang, not the surname reading.
    expect(pinyinReadings('长沙银行', 'organization').map((r) => r.join(''))).toEqual(['changshayinhang']);
    expect(pinyinReadings('吕明', 'individual').map((r) => r.join(''))).toEqual(['lvming', 'luming']);
  });
});

describe('searchCustomers', () => {
  let f: SearchFixture;
  const ids: Record<string, number> = {};
  beforeAll(() => {
    f = new SearchFixture();
    const add = (key: string, c: Parameters<SearchFixture['add']>[0]) => (ids[key] = f.add(c).id);
    add('cmcc', {
      name: '中国移动通信集团北京有限公司',
      contacts: [{ name: '王伟', phones: ['+86 138-0013-8000', '010-6288 5000'] }],
      equipment: [{ model: 'DS-7608N-K2', serial: 'DS7608-2023-0001', warrantyEnd: '2027-01-01' }],
    });
    add('cmccShort', { name: '中国移动', contacts: [{ name: '李娜', phones: ['13912345678'] }] });
    add('unicom', { name: '中国联通上海分公司', contacts: [{ name: '张敏', phones: ['021 5555 0101'] }] });
    add('hospital', {
      name: '海淀区人民医院',
      contacts: [{ name: '刘洋', phones: ['(010) 8261-1234'] }],
      equipment: [{ model: 'DS-2CD3T46', serial: 'SN998877' }],
    });
    add('person', { name: '单雄信', kind: 'individual', contacts: [{ name: '单雄信', phones: ['0755-8888 1234'] }] });
    add('wang', { name: '王一', kind: 'individual', contacts: [{ name: '王一', phones: ['13800000000'] }] });
    add('mixed', { name: 'ABC科技（深圳）有限公司', contacts: [] });
    add('inactive', { name: '停用国际贸易公司', active: false, contacts: [{ name: '停用', phones: ['13700001111'] }] });
    add('merged', { name: '合并国际贸易公司', contacts: [{ name: '合并', phones: ['13600002222'] }] });
    add('target', { name: '目标国际贸易公司', contacts: [] });
    add('serialTwin', { name: '序列号客户', equipment: [{ model: 'XYZ-100', serial: '13800138000' }] });
    f.merge(ids.merged!, ids.target!);
  });
  afterAll(() => f.close());

  const find = (query: string, options = opts) => searchCustomers(f.db, query, options);
  const idsOf = (query: string, options = opts) => find(query, options).map((c) => c.id);

  it('finds a name by a single Chinese character and by two (which a trigram index misses)', () => {
    expect(idsOf('淀')).toEqual([ids.hospital]);
    expect(idsOf('联')).toEqual([ids.unicom]);
    expect(idsOf('医院')).toEqual([ids.hospital]);
    expect(idsOf('移动')).toEqual([ids.cmccShort, ids.cmcc]);
    expect(idsOf('集团北京')).toEqual([ids.cmcc]);
    expect(idsOf('区人民医')).toEqual([ids.hospital]);
  });

  it('ranks names that start with the query first, then shorter names', () => {
    const found = find('中国');
    expect(found.map((c) => c.id)).toEqual([ids.cmccShort, ids.unicom, ids.cmcc]);
    expect(found.every((c) => c.matchedBy === 'name')).toBe(true);
    // 国 is inside all three: the shortest first.
    const guo = find('国');
    const lengths = guo.map((c) => [...c.name].length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('finds mixed Latin and Chinese names by any part, case and width folded', () => {
    expect(idsOf('abc')).toEqual([ids.mixed]);
    expect(idsOf('BC科')).toEqual([ids.mixed]);
    expect(idsOf('ｃ科技')).toEqual([ids.mixed]);
    expect(idsOf('深圳）有')).toEqual([ids.mixed]);
  });

  it('finds by pinyin, any run of syllables, and initials', () => {
    expect(idsOf('zgyd')).toEqual([ids.cmccShort, ids.cmcc]);
    expect(idsOf('zhongguoyidong')).toEqual([ids.cmccShort, ids.cmcc]);
    expect(idsOf('yidong')).toEqual([ids.cmccShort, ids.cmcc]);
    expect(idsOf('guoyi')).toEqual([ids.cmccShort, ids.cmcc]);
    expect(idsOf('yd')).toEqual([ids.cmccShort, ids.cmcc]);
    expect(idsOf('haidian')).toEqual([ids.hospital]);
    expect(idsOf('HDQ')).toEqual([ids.hospital]);
    expect(idsOf('zhong guo lian')).toEqual([ids.unicom]);
    expect(find('zgyd')[0]).toMatchObject({ matchedBy: 'pinyin', matchedText: 'zgyd' });
    // A polyphonic surname by either reading.
    expect(idsOf('shanxiongxin')).toEqual([ids.person]);
    expect(idsOf('danxiongxin')).toEqual([ids.person]);
    expect(idsOf('sxx')).toEqual([ids.person]);
    // Not from the middle of a syllable.
    expect(idsOf('ongguo')).toEqual([]);
  });

  it('finds by code, also typed short', () => {
    const cmcc = find('KH-000001');
    expect(cmcc[0]).toMatchObject({ id: ids.cmcc, matchedBy: 'code', matchedText: 'KH-000001' });
    expect(idsOf('kh000002')[0]).toBe(ids.cmccShort);
    expect(idsOf('3')[0]).toBe(ids.unicom);
  });

  it('finds any run of digits of a phone typed with spaces, dashes, +86 or a leading 0', () => {
    expect(idsOf('0013')).toContain(ids.cmcc);
    expect(idsOf('138 0013')).toContain(ids.cmcc);
    expect(idsOf('+86 138-0013-8')).toContain(ids.cmcc);
    expect(idsOf('6288-5000')).toEqual([ids.cmcc]);
    expect(idsOf('010 6288')).toEqual([ids.cmcc]);
    expect(idsOf('(0755) 8888')).toEqual([ids.person]);
    expect(idsOf('8888 12')).toEqual([ids.person]);
    expect(idsOf('0215555')).toEqual([ids.unicom]);
    expect(idsOf('2155550101')).toEqual([ids.unicom]);
    expect(find('55550101')[0]).toMatchObject({ matchedBy: 'phone', matchedText: '021 5555 0101' });
  });

  it('ranks an exact phone and an exact serial first', () => {
    // 13800138000 is the cmcc phone exactly and the serial number of another customer exactly; 138000 starts
    // 13800000000 (王一) and is held by the cmcc number.
    const exact = find('138-0013-8000');
    expect(exact.slice(0, 2).map((c) => [c.id, c.matchedBy])).toEqual([
      [ids.cmcc, 'phone'],
      [ids.serialTwin, 'serial'],
    ]);
    // A number starting with the digits, then one holding them further in, then a serial number starting with them.
    expect(idsOf('138000')).toEqual([ids.wang, ids.cmcc]);
    const partial = find('1380013');
    expect(partial.map((c) => [c.id, c.matchedBy])).toEqual([
      [ids.cmcc, 'phone'],
      [ids.serialTwin, 'serial'],
    ]);
    expect(find('ds7608-2023-0001')[0]).toMatchObject({ id: ids.cmcc, matchedBy: 'serial', matchedText: 'DS7608-2023-0001' });
    expect(find('SN9988')[0]).toMatchObject({ id: ids.hospital, matchedBy: 'serial' });
  });

  it('finds by model prefix', () => {
    expect(find('ds-7608n')[0]).toMatchObject({ id: ids.cmcc, matchedBy: 'model', matchedText: 'DS-7608N-K2' });
    expect(idsOf('DS-2CD')).toEqual([ids.hospital]);
    expect(idsOf('xyz')).toEqual([ids.serialTwin]);
  });

  it('fills the summary: first contact, first phone as typed, equipment count', () => {
    expect(find('中国移动通信')[0]).toMatchObject({
      id: ids.cmcc,
      code: 'KH-000001',
      kind: 'organization',
      active: true,
      primaryContact: '王伟',
      primaryPhone: '+86 138-0013-8000',
      equipmentCount: 1,
    });
    expect(find('ABC')[0]).toMatchObject({ primaryContact: null, primaryPhone: null, equipmentCount: 0 });
  });

  it('leaves out inactive customers unless asked and merged ones always', () => {
    expect(idsOf('停用')).toEqual([]);
    expect(idsOf('停用', { limit: 20, includeInactive: true })).toEqual([ids.inactive]);
    expect(idsOf('13700001111')).toEqual([]);
    expect(idsOf('13700001111', { limit: 20, includeInactive: true })).toEqual([ids.inactive]);
    expect(idsOf('合并', { limit: 20, includeInactive: true })).toEqual([]);
    expect(idsOf('KH-000009', { limit: 20, includeInactive: true })).toEqual([]);
    // The merged customer's phone now belongs to the target.
    expect(idsOf('13600002222')).toEqual([ids.target]);
    expect(idsOf('国际贸易')).toEqual([ids.target]);
  });

  it('honours the limit and answers nothing for an empty query', () => {
    expect(find('国', { limit: 2, includeInactive: false })).toHaveLength(2);
    expect(find('   ')).toEqual([]);
    expect(find('!!!')).toEqual([]);
    expect(find('"OR*(')).toEqual([]);
  });

  it('looks up a caller while the number is being typed', () => {
    expect(lookupPhonePrefix(f.db, '1391', 5).map((c) => c.id)).toEqual([ids.cmccShort]);
    expect(lookupPhonePrefix(f.db, '139 1234 5678', 5)[0]).toMatchObject({ id: ids.cmccShort, matchedBy: 'phone' });
    expect(lookupPhonePrefix(f.db, '0755-88', 5).map((c) => c.id)).toEqual([ids.person]);
    expect(lookupPhonePrefix(f.db, '13', 5)).toEqual([]);
    expect(lookupPhonePrefix(f.db, 'abc', 5)).toEqual([]);
  });

  it('keeps the index in step with renames, phone changes and deletions', () => {
    const { id } = f.add({ name: '临时客户', contacts: [{ name: '赵', phones: ['18612340000'] }] });
    expect(idsOf('临时')).toEqual([id]);
    f.db.transaction(() => {
      f.db.prepare(`UPDATE customers SET name = '改名后的客户', name_key = '改名后的客户' WHERE id = ?`).run(id);
      f.db.prepare(`UPDATE phones SET number = '186 8765 4321', normalized = '18687654321' WHERE customer_id = ?`).run(id);
      refreshCustomerSearch(f.db, id);
    })();
    expect(idsOf('临时')).toEqual([]);
    expect(idsOf('改名')).toEqual([id]);
    expect(idsOf('gaiming')).toEqual([id]);
    expect(idsOf('12340000')).toEqual([]);
    expect(idsOf('87654321')).toEqual([id]);
    f.db.transaction(() => {
      f.db.prepare('DELETE FROM phones WHERE customer_id = ?').run(id);
      f.db.prepare('DELETE FROM contacts WHERE customer_id = ?').run(id);
      f.db.prepare('DELETE FROM customers WHERE id = ?').run(id);
      refreshCustomerSearch(f.db, id);
    })();
    expect(idsOf('改名')).toEqual([]);
    expect(idsOf('87654321')).toEqual([]);
    expect(f.db.prepare('SELECT count(*) FROM phone_suffixes WHERE customer_id = ?').pluck().get(id)).toBe(0);
  });

  it('rebuilds the same index from the tables', () => {
    const before = ['国', 'zgyd', '0013', '淀', 'haidian', '6288'].map((q) => idsOf(q));
    const suffixes = f.db.prepare('SELECT suffix, phone_id, customer_id FROM phone_suffixes ORDER BY 1, 2').all();
    const counts = rebuildCustomerSearch(f.db);
    expect(counts.customers).toBe(f.db.prepare('SELECT count(*) FROM customers WHERE merged_into IS NULL').pluck().get());
    expect(f.db.prepare('SELECT suffix, phone_id, customer_id FROM phone_suffixes ORDER BY 1, 2').all()).toEqual(suffixes);
    expect(['国', 'zgyd', '0013', '淀', 'haidian', '6288'].map((q) => idsOf(q))).toEqual(before);
    expect(f.db.prepare(`SELECT name FROM sqlite_master WHERE name = 'phone_suffixes_by_phone'`).pluck().get()).toBe(
      'phone_suffixes_by_phone',
    );
  });
});
