import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../shared/api/import';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { nameOrder } from '../../lib/name-order';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function desk() {
  const t = await createTestBackend();
  opened.push(t);
  return { t, info: await t.signInAs(['info_manager']), agent: await t.signInAs(['agent']) };
}

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

const CSV = [
  '客户名称,客户类型,地区,联系人,联系电话,型号,序列号,验收日期,保修截止',
  '苏州恒通电子有限公司,单位,苏州,钱工,0512-6666 1234; 139 1234 5678,DS-7608N-K2,SN-A1,2025/3/1,2027-02-28',
  '苏州恒通电子有限公司,单位,苏州,钱工,,DS-7608N-K2,SN-A2,2025-03-01,2027-02-28',
  ',单位,苏州,无名,13800000000,,,,',
  '王小明,个人,杭州,,0571 8888 0000,HY-UPS-3000,UPS-9,2025-13-01,',
  '李大海,外星人,杭州,,abc,,,,',
  '苏州恒通电子有限公司,单位,苏州,孙工,13700001111,DS-7608N-K2,SN-A1,,',
].join('\n');

describe('importing customers from a spreadsheet', () => {
  it('guesses the columns from Chinese headers, and lists every bad row with its reasons', async () => {
    const { t, info } = await desk();
    const preview = await t.expectOk(info, 'import.preview', { fileName: '客户.csv', contentBase64: base64(CSV) });
    expect(preview.mapping).toMatchObject({ 'customer.name': 0, 'customer.kind': 1, 'customer.region': 2, 'contact.phones': 4, 'equipment.serialNumber': 6, 'equipment.warrantyEnd': 8 });
    expect(preview.rowCount).toBe(6);
    expect(preview.validRowCount).toBe(2);
    expect(preview.invalidRows.map((r) => [r.row, r.issues.map((i) => `${i.path}:${i.key}`)])).toEqual([
      [4, ['customer.name:validation.required']],
      [5, ['equipment.acceptanceDate:validation.date']],
      [6, ['customer.kind:validation.invalidChoice', 'contact.phones:validation.phoneChars']],
      [7, ['equipment.serialNumber:validation.serialTaken']],
    ]);
    expect(preview.customersToCreate).toBe(1);
    expect(preview.equipmentToCreate).toBe(2);
  });

  it('reads a CSV that Excel saved in GB18030', async () => {
    const { t, info } = await desk();
    const gbk = Buffer.from([
      // "客户名称,联系电话\n上海申通,13800001111\n" in GB18030
      0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc1, 0xaa, 0xcf, 0xb5, 0xb5, 0xe7, 0xbb, 0xb0, 0x0a,
      0xc9, 0xcf, 0xba, 0xa3, 0xc9, 0xea, 0xcd, 0xa8, 0x2c, 0x31, 0x33, 0x38, 0x30, 0x30, 0x30, 0x30, 0x31, 0x31, 0x31, 0x31, 0x0a,
    ]);
    const preview = await t.expectOk(info, 'import.preview', { fileName: 'gbk.csv', contentBase64: gbk.toString('base64') });
    expect(preview.columns).toEqual(['客户名称', '联系电话']);
    expect(preview.sample[0]!.values).toEqual({ 'customer.name': '上海申通', 'contact.phones': '13800001111' });
  });

  it('imports the valid rows in one go: grouped into customers, searchable, on the timeline and in the audit log', async () => {
    const { t, info, agent } = await desk();
    const preview = await t.expectOk(info, 'import.preview', { fileName: '客户.csv', contentBase64: base64(CSV) });
    const done = await t.expectOk(info, 'import.commit', { fileName: '客户.csv', contentBase64: base64(CSV), mapping: preview.mapping });
    expect(done).toMatchObject({ state: 'done', processedRows: 2, totalRows: 2, created: { customers: 1, contacts: 1, equipment: 2 } });
    const found = await t.expectOk(agent, 'customers.search', { query: '6666 12' });
    expect(found.items.map((c) => c.name)).toEqual(['苏州恒通电子有限公司']);
    const page = await t.expectOk(agent, 'customers.get', { id: found.items[0]!.id });
    expect(page.customer.contacts.map((c) => [c.name, c.phones.map((p) => p.normalized)])).toEqual([['钱工', ['51266661234', '13912345678']]]);
    expect(page.equipment.map((e) => [e.serialNumber, e.acceptanceDate, e.warrantyEnd])).toEqual([
      ['SN-A1', '2025-03-01', '2027-02-28'],
      ['SN-A2', '2025-03-01', '2027-02-28'],
    ]);
    expect(page.timeline.map((e) => e.kind)).toEqual(['equipment.added', 'equipment.added', 'customer.created']);
    const side = t.openSideConnection();
    expect(side.prepare('SELECT name_order FROM customers WHERE id = ?').pluck().get(page.customer.id)).toBe(
      nameOrder('苏州恒通电子有限公司', 'organization'),
    );
    side.close();
    const audit = await t.expectOk(t.admin, 'audit.list', { entity: 'import' });
    expect(audit.items[0]).toMatchObject({ method: 'import.commit', after: { fileName: '客户.csv', rows: 2 } });
    expect(await t.expectOk(t.admin, 'audit.verify', {})).toMatchObject({ valid: true });
  });

  it('rows for a customer the archive has are added to it: new numbers to its contact, a new contact last, its site reused', async () => {
    const { t, info, agent } = await desk();
    const before = await t.expectOk(agent, 'customers.create', {
      name: '苏州恒通电子有限公司',
      kind: 'organization',
      contacts: [
        { name: '钱工', phones: ['0512-6666 1234'] },
        { name: '孙工', phones: ['13700001111'] },
      ],
      sites: [{ name: '一号机房' }],
    });
    const csv = [
      '客户名称,客户类型,联系人,联系电话,安装地点,型号,序列号',
      // Spelt with a space: the same folded name, so the same customer.
      '苏州恒通电子 有限公司,单位,钱工,0512 6666 1234; 139 1234 5678,一号机房,DS-7608N-K2,SN-B1',
      '苏州恒通电子有限公司,单位,周工,139 1234 5678;158 0000 2222,二号机房,DS-7608N-K2,SN-B2',
      '苏州恒通电子有限公司,单位,钱工,13912345678,一号机房,DS-7608N-K2,SN-B3',
    ].join('\n');
    const mapping = { 'customer.name': 0, 'customer.kind': 1, 'contact.name': 2, 'contact.phones': 3, 'site.name': 4, 'equipment.model': 5, 'equipment.serialNumber': 6 };
    const done = await t.expectOk(info, 'import.commit', { fileName: '追加.csv', contentBase64: base64(csv), mapping });
    expect(done).toMatchObject({ state: 'done', created: { customers: 0, contacts: 1, equipment: 3 } });
    const page = await t.expectOk(agent, 'customers.get', { id: before.id });
    expect(page.customer.contacts.map((c) => [c.name, c.phones.map((p) => p.normalized)])).toEqual([
      ['钱工', ['51266661234', '13912345678']],
      ['孙工', ['13700001111']],
      ['周工', ['13912345678', '15800002222']],
    ]);
    const siteNames = new Map(page.sites.map((site) => [site.id, site.name]));
    expect(page.sites.map((site) => site.name)).toEqual(['一号机房', '二号机房']);
    expect(page.equipment.map((e) => [e.serialNumber, siteNames.get(e.siteId!)])).toEqual([
      ['SN-B1', '一号机房'],
      ['SN-B2', '二号机房'],
      ['SN-B3', '一号机房'],
    ]);
    // Its search index was refreshed: the numbers the file added find it.
    expect((await t.expectOk(agent, 'customers.search', { query: '1580000' })).items.map((c) => c.id)).toEqual([before.id]);

    // The same units again: their serial numbers are the archive's now (the model spelt another way is the same model).
    const again = [
      '客户名称,客户类型,型号,序列号',
      '苏州恒通电子有限公司,单位,ds-7608n-k2,SN-B2',
      '苏州恒通电子有限公司,单位,DS-7608N-K2,SN-B4',
      '苏州恒通电子有限公司,单位,HY-UPS-3000,SN-B1',
    ].join('\n');
    const preview = await t.expectOk(info, 'import.preview', { fileName: '再次.csv', contentBase64: base64(again) });
    expect(preview.invalidRows).toEqual([{ row: 2, issues: [{ path: 'equipment.serialNumber', key: 'validation.serialTaken' }] }]);
    expect(preview.validRowCount).toBe(2);
  });

  it('an exported xlsx imports again into another archive as the same customers', async () => {
    const { t, info, agent } = await desk();
    const preview = await t.expectOk(info, 'import.preview', { fileName: '客户.csv', contentBase64: base64(CSV) });
    await t.expectOk(info, 'import.commit', { fileName: '客户.csv', contentBase64: base64(CSV), mapping: preview.mapping });
    await t.expectOk(agent, 'customers.create', { name: 'Acme Trading Ltd', kind: 'organization', region: 'Hong Kong', contacts: [{ name: 'Ann Lee', phones: ['+852 2345 6789'] }] });
    const file = await t.expectOk(info, 'export.customers', { format: 'xlsx' });
    expect(file.fileName).toMatch(/^客户档案-\d{8}\.xlsx$/);
    expect(file.rowCount).toBe(3);

    const other = await desk();
    const again = await other.t.expectOk(other.info, 'import.preview', { fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(again.invalidRows).toEqual([]);
    const result = await other.t.expectOk(other.info, 'import.commit', { fileName: file.fileName, contentBase64: file.contentBase64, mapping: again.mapping });
    expect(result.created).toEqual({ customers: 2, contacts: 2, equipment: 2 });
    const list = await other.t.expectOk(other.agent, 'customers.list', { sort: 'name' });
    expect(list.items.map((c) => c.name).sort()).toEqual(['Acme Trading Ltd', '苏州恒通电子有限公司'].sort());
  });

  it('a large file goes on in the background with progress; other saves wait for it; a failure leaves nothing behind', async () => {
    const { t, info, agent } = await desk();
    const rows = Array.from({ length: 3000 }, (_, i) => `客户${i},单位,1${String(3800000000 + i)},M-${i % 7},S-${i}`);
    const csv = ['客户名称,客户类型,联系电话,型号,序列号', ...rows].join('\n');
    const mapping = { 'customer.name': 0, 'customer.kind': 1, 'contact.phones': 2, 'equipment.model': 3, 'equipment.serialNumber': 4 };
    const started = await t.expectOk(info, 'import.commit', { fileName: 'big.csv', contentBase64: base64(csv), mapping });
    expect(started.state).toBe('running');
    const saving = t.call(agent, 'customers.create', { name: '导入期间新建', kind: 'individual', contacts: [] });
    let progress: ImportProgress = started;
    const seen: number[] = [];
    while (progress.state === 'running') {
      progress = await t.expectOk(info, 'import.progress', { jobId: started.jobId });
      seen.push(progress.processedRows);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(progress).toMatchObject({ state: 'done', processedRows: 3000, created: { customers: 3000, equipment: 3000 } });
    expect(seen.some((n) => n > 0 && n < 3000)).toBe(true);
    expect(await saving).toMatchObject({ ok: true, value: { code: 'KH-003001' } });
    // The names were indexed from documents built in a worker thread: found by characters, pinyin and phone digits.
    for (const query of ['客户2999', 'kehu2999', '800002999']) {
      expect((await t.expectOk(agent, 'customers.search', { query })).items.map((c) => c.name), query).toEqual(['客户2999']);
    }
    // …and sorted by their pinyin, numbers by value (by code point it would be 客户0, 客户1, 客户10).
    const byName = await t.expectOk(agent, 'customers.list', { sort: 'name', limit: 4 });
    expect(byName.items.map((c) => c.name)).toEqual(['导入期间新建', '客户0', '客户1', '客户2']);

    // A trigger stands in for a failure two thirds of the way through a second file.
    const side = t.openSideConnection();
    side.exec(`CREATE TRIGGER fail_import BEFORE INSERT ON customers WHEN NEW.name = '坏客户2000'
               BEGIN SELECT RAISE(ABORT, 'disk full, say'); END`);
    side.close();
    const badRows = Array.from({ length: 3000 }, (_, i) => `坏客户${i},单位,1${String(3900000000 + i)},M-1,B-${i}`);
    const failing = await t.expectOk(info, 'import.commit', { fileName: 'bad.csv', contentBase64: base64(['客户名称,客户类型,联系电话,型号,序列号', ...badRows].join('\n')), mapping });
    while (progress.jobId !== failing.jobId || progress.state === 'running') {
      progress = await t.expectOk(info, 'import.progress', { jobId: failing.jobId });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(progress).toMatchObject({ state: 'failed', error: expect.stringContaining('disk full') });
    expect((await t.expectOk(agent, 'customers.search', { query: '坏客户1' })).items).toEqual([]);
    expect(await t.expectOk(t.admin, 'audit.verify', {})).toMatchObject({ valid: true });
  });

  it('a list sorted by name, read while a large import runs, keeps the archive in order and the new customers after it', async () => {
    const { t, info, agent } = await desk();
    await t.expectOk(agent, 'customers.create', { name: '张三', kind: 'individual', contacts: [] });
    // Created 新客户1999 first: by id the new customers run backwards, by name forwards.
    const rows = Array.from({ length: 2000 }, (_, i) => `新客户${1999 - i},单位`);
    const mapping = { 'customer.name': 0, 'customer.kind': 1 };
    const started = await t.expectOk(info, 'import.commit', { fileName: 'order.csv', contentBase64: base64(['客户名称,客户类型', ...rows].join('\n')), mapping });
    let progress: ImportProgress = started;
    let readsWhileRunning = 0;
    while (progress.state === 'running') {
      const names = (await t.expectOk(agent, 'customers.list', { sort: 'name', limit: 50 })).items.map((c) => c.name);
      progress = await t.expectOk(info, 'import.progress', { jobId: started.jobId });
      if (progress.state !== 'running') break;
      readsWhileRunning += 1;
      // Before 张三: only new customers whose names were read, in order; the others come after him.
      const named = names.indexOf('张三') === -1 ? names : names.slice(0, names.indexOf('张三'));
      const numbers = named.map((name) => Number(name.replace('新客户', '')));
      expect(numbers, names.slice(0, 5).join(' ')).toEqual([...numbers].sort((a, b) => a - b));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(progress.state).toBe('done');
    expect(readsWhileRunning).toBeGreaterThan(0);
    const names = (await t.expectOk(agent, 'customers.list', { sort: 'name', limit: 3 })).items.map((c) => c.name);
    expect(names).toEqual(['新客户0', '新客户1', '新客户2']);
  });
});
