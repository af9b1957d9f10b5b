// An imported row is the customer on file only when the evidence says so; a name alone is a possible duplicate that the
// user decides on, and the preview's counts say what will happen.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

const base64 = (text: string) => Buffer.from(text).toString('base64');
const HEADER = '客户编码,客户名称,客户类型,地区,联系人,联系电话,型号,序列号';
const MAPPING = {
  'customer.code': 0,
  'customer.name': 1,
  'customer.kind': 2,
  'customer.region': 3,
  'contact.name': 4,
  'contact.phones': 5,
  'equipment.model': 6,
  'equipment.serialNumber': 7,
};
const file = (...rows: string[]) => ({ fileName: '客户.csv', contentBase64: base64([HEADER, ...rows].join('\n')), mapping: MAPPING });

async function archiveWithShanghaiWangWei() {
  const t = await createTestBackend();
  opened.push(t);
  const info = await t.signInAs(['info_manager']);
  const shanghai = await t.expectOk(info, 'customers.create', {
    name: '王伟',
    kind: 'individual',
    region: '上海',
    contacts: [{ name: '王伟', phones: ['13700000000'] }],
  });
  return { t, info, shanghai };
}

async function phonesOf(t: TestBackend, info: Awaited<ReturnType<TestBackend['signIn']>>, id: number): Promise<string[]> {
  const page = await t.expectOk(info, 'customers.get', { id });
  return page.customer.contacts.flatMap((c) => c.phones.map((p) => p.normalized)).sort();
}

describe('importing people who share a name with a customer on file', () => {
  it('two individuals named 王伟 are possible duplicates of the Shanghai 王伟, not merged into him', async () => {
    const { t, info, shanghai } = await archiveWithShanghaiWangWei();
    const input = file(',王伟,个人,北京,王伟,13800000001,HY-1,B-1', ',王伟,个人,广州,王伟,13900000002,HY-1,G-1');
    const preview = await t.expectOk(info, 'import.preview', input);
    expect(preview).toMatchObject({ validRowCount: 2, customersToCreate: 0, customersToAddTo: 0, possibleDuplicateCount: 2 });
    expect(preview.possibleDuplicates).toEqual([
      expect.objectContaining({ key: 'r2', name: '王伟', region: '北京', phones: ['13800000001'], equipment: 1, candidates: [expect.objectContaining({ id: shanghai.id, region: '上海', phones: ['13700000000'] })] }),
      expect.objectContaining({ key: 'r3', region: '广州', phones: ['13900000002'] }),
    ]);
    // Nothing is merged silently: a commit without decisions is refused, and nothing changes.
    const refused = await t.call(info, 'import.commit', input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', reason: 'import.duplicatesUndecided' } });
    expect((await t.expectOk(info, 'customers.list', { sort: 'name' })).items).toHaveLength(1);
    // Decided: two new customers, with their own regions; the Shanghai 王伟 keeps his one number.
    const result = await t.expectOk(info, 'import.commit', { ...input, decisions: { r2: 'new', r3: 'new' } });
    expect(result.created).toEqual({ customers: 2, contacts: 2, equipment: 2 });
    const list = await t.expectOk(info, 'customers.list', { sort: 'name' });
    expect(list.items.map((c) => c.region).sort()).toEqual(['上海', '北京', '广州']);
    expect(await phonesOf(t, info, shanghai.id)).toEqual(['13700000000']);
  });

  it('the same name and a phone number in common is the same person: the rows are added to him', async () => {
    const { t, info, shanghai } = await archiveWithShanghaiWangWei();
    const input = file(',王伟,个人,上海,王伟,13700000000; 13600000003,HY-1,S-1');
    const preview = await t.expectOk(info, 'import.preview', input);
    expect(preview).toMatchObject({ customersToCreate: 0, customersToAddTo: 1, possibleDuplicateCount: 0 });
    await t.expectOk(info, 'import.commit', input);
    expect(await phonesOf(t, info, shanghai.id)).toEqual(['13600000003', '13700000000']);
  });

  it('the user may add a possible duplicate to the customer on file, or leave its rows out', async () => {
    const { t, info, shanghai } = await archiveWithShanghaiWangWei();
    const input = file(',王伟,个人,北京,王伟,13800000001,HY-1,B-1', ',王伟,个人,广州,王伟,13900000002,HY-1,G-1');
    // Only a customer the preview offered can take the rows.
    const other = await t.expectOk(info, 'customers.create', { name: '李娜', kind: 'individual', contacts: [] });
    const wrong = await t.call(info, 'import.commit', { ...input, decisions: { r2: { addTo: other.id }, r3: 'skip' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation', reason: 'import.notACandidate' } });
    const result = await t.expectOk(info, 'import.commit', { ...input, decisions: { r2: { addTo: shanghai.id }, r3: 'skip' } });
    expect(result.created).toEqual({ customers: 0, contacts: 0, equipment: 1 });
    expect(await phonesOf(t, info, shanghai.id)).toEqual(['13700000000', '13800000001']);
    const page = await t.expectOk(info, 'customers.get', { id: shanghai.id });
    expect(page.equipment.map((e) => e.serialNumber)).toEqual(['B-1']);
  });

  it('within a file, people of one name are one person only when their rows share a number', async () => {
    const t = await createTestBackend();
    opened.push(t);
    const info = await t.signInAs(['info_manager']);
    const input = file(
      ',张伟,个人,北京,张伟,13800000001,HY-1,Z-1',
      ',张伟,个人,北京,张伟,13800000001,HY-1,Z-2',
      ',张伟,个人,深圳,张伟,13900000009,HY-1,Z-3',
    );
    const preview = await t.expectOk(info, 'import.preview', input);
    expect(preview).toMatchObject({ customersToCreate: 2, possibleDuplicateCount: 0, equipmentToCreate: 3 });
    const result = await t.expectOk(info, 'import.commit', input);
    expect(result.created).toEqual({ customers: 2, contacts: 2, equipment: 3 });
  });
});

describe('importing organisations', () => {
  it('an organisation is its name; where the file gives its code, the name and the code', async () => {
    const t = await createTestBackend();
    opened.push(t);
    const info = await t.signInAs(['info_manager']);
    const huatong = await t.expectOk(info, 'customers.create', { name: '上海华通科技有限公司', kind: 'organization', contacts: [] });
    const byName = await t.expectOk(info, 'import.preview', file(',上海华通科技有限公司,单位,上海,王经理,021-62885000,HY-1,H-1'));
    expect(byName).toMatchObject({ customersToCreate: 0, customersToAddTo: 1, possibleDuplicateCount: 0 });
    const byCode = await t.expectOk(info, 'import.preview', file(`${huatong.code},上海华通科技有限公司,单位,上海,王经理,021-62885000,HY-1,H-1`));
    expect(byCode).toMatchObject({ customersToAddTo: 1, possibleDuplicateCount: 0 });
    // Another code under the same name: maybe another company of that name, maybe a typo; the user decides.
    const otherCode = await t.expectOk(info, 'import.preview', file('KH-999999,上海华通科技有限公司,单位,上海,王经理,021-62885000,HY-1,H-1'));
    expect(otherCode).toMatchObject({ customersToAddTo: 0, possibleDuplicateCount: 1, possibleDuplicates: [{ candidates: [{ id: huatong.id }] }] });
  });
});
