import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import type { SessionContext } from '../auth/sessions';
import { documentPath } from '../documents/repository';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function archive() {
  const t = await createTestBackend();
  opened.push(t);
  const agent = await t.signInAs(['agent']);
  const supervisor = await t.signInAs(['supervisor']);
  return { t, agent, supervisor };
}

async function createHuatong(t: TestBackend, agent: SessionContext) {
  return t.expectOk(agent, 'customers.create', {
    name: '上海华通科技有限公司',
    kind: 'organization',
    region: '上海',
    address: '上海市徐汇区漕溪北路 88 号',
    contacts: [
      { name: '王经理', title: '设备科长', phones: ['021-6288 5000', '+86 138-0013-8000'] },
      { name: '李工', phones: ['13900139000'] },
    ],
    sites: [{ name: '一号机房', address: '徐汇区' }],
  });
}

describe('creating and reading a customer', () => {
  it('allocates KH- codes in order and keeps contacts, phones (as typed and normalised) and sites', async () => {
    const { t, agent } = await archive();
    const first = await createHuatong(t, agent);
    const second = await t.expectOk(agent, 'customers.create', {
      name: '张三',
      kind: 'individual',
      contacts: [{ name: '张三', phones: ['0571-8888-1234'] }],
    });
    expect(first.code).toBe('KH-000001');
    expect(second.code).toBe('KH-000002');
    const page = await t.expectOk(agent, 'customers.get', { id: first.id });
    expect(page.customer.contacts.map((c) => c.name)).toEqual(['王经理', '李工']);
    expect(page.customer.contacts[0]!.phones.map((p) => [p.number, p.normalized])).toEqual([
      ['021-6288 5000', '2162885000'],
      ['+86 138-0013-8000', '13800138000'],
    ]);
    expect(page.sites).toHaveLength(1);
    expect(page.sites[0]!.missingDocumentKinds).toEqual(['as_built_drawings', 'operation_manual', 'equipment_list', 'acceptance_report']);
    expect(page.timeline.map((e) => e.kind)).toEqual(['customer.created']);
  });

  it('a stale save gets conflict and changes nothing', async () => {
    const { t, agent } = await archive();
    const customer = await createHuatong(t, agent);
    await t.expectOk(agent, 'customers.update', { id: customer.id, version: customer.version, notes: '先保存的人' });
    const stale = await t.call(agent, 'customers.update', { id: customer.id, version: customer.version, notes: '后保存的人' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const page = await t.expectOk(agent, 'customers.get', { id: customer.id });
    expect(page.customer.notes).toBe('先保存的人');
    expect(page.customer.version).toBe(customer.version + 1);
  });

  it('editing the contact list keeps the contacts named by id and replaces their phones', async () => {
    const { t, agent } = await archive();
    const customer = await createHuatong(t, agent);
    const [wang] = customer.contacts;
    const updated = await t.expectOk(agent, 'customers.update', {
      id: customer.id,
      version: customer.version,
      contacts: [{ id: wang!.id, name: '王经理', phones: ['021-6288-5001'] }, { name: '新联系人', phones: [] }],
    });
    expect(updated.contacts.map((c) => c.name)).toEqual(['王经理', '新联系人']);
    expect(updated.contacts[0]!.id).toBe(wang!.id);
    expect(updated.contacts[0]!.phones.map((p) => p.normalized)).toEqual(['2162885001']);
  });

  it('agents create and edit, technicians only read, nobody signed out reads anything', async () => {
    const { t, agent } = await archive();
    const customer = await createHuatong(t, agent);
    const technician = await t.signInAs(['technician']);
    expect(await t.call(technician, 'customers.get', { id: customer.id })).toMatchObject({ ok: true });
    expect(await t.call(technician, 'customers.update', { id: customer.id, version: customer.version, notes: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await t.call(t.backend.newSession(), 'customers.get', { id: customer.id })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
  });
});

describe('duplicates', () => {
  it('finds an existing customer by a phone typed differently, and by a similar organisation name', async () => {
    const { t, agent } = await archive();
    const customer = await createHuatong(t, agent);
    const byPhone = await t.expectOk(agent, 'customers.findDuplicates', { phones: ['13800138000'] });
    expect(byPhone.items.map((c) => [c.id, c.reasons])).toEqual([[customer.id, ['phone']]]);
    const byName = await t.expectOk(agent, 'customers.findDuplicates', { name: '上海华通科技' });
    expect(byName.items.map((c) => [c.id, c.reasons])).toEqual([[customer.id, ['name']]]);
    const both = await t.expectOk(agent, 'customers.findDuplicates', { name: '上海 华通科技 股份有限公司', phones: ['0216-288-5000'] });
    expect(both.items[0]!.reasons).toEqual(['name', 'phone']);
    const itself = await t.expectOk(agent, 'customers.findDuplicates', { name: '上海华通科技', excludeId: customer.id });
    expect(itself.items).toEqual([]);
    const stranger = await t.expectOk(agent, 'customers.findDuplicates', { name: '北京', phones: ['010-1234-5678'] });
    expect(stranger.items).toEqual([]);
  });
});

describe('equipment and warranties', () => {
  it('computes the warranty status from the center’s today and records a renewal on the timeline', async () => {
    const { t, agent } = await archive();
    const customer = await createHuatong(t, agent);
    // The test clock stands at 2026-11-20 in Shanghai.
    const expiring = await t.expectOk(agent, 'equipment.create', {
      customerId: customer.id,
      model: 'DS-7608N-K2',
      serialNumber: 'SN-1001',
      warrantyStart: '2024-12-01',
      warrantyEnd: '2026-12-10',
    });
    const expired = await t.expectOk(agent, 'equipment.create', { customerId: customer.id, model: 'ds 7608n k2', serialNumber: 'SN-1002', warrantyEnd: '2026-11-19' });
    const covered = await t.expectOk(agent, 'equipment.create', { customerId: customer.id, model: 'HY-UPS-3000', serialNumber: 'SN-1001', warrantyEnd: '2027-06-30' });
    expect([expiring.warrantyStatus, expired.warrantyStatus, covered.warrantyStatus]).toEqual(['expiring', 'expired', 'in_warranty']);
    expect(expired.modelId).toBe(expiring.modelId);

    const renewed = await t.expectOk(agent, 'equipment.renewWarranty', {
      id: expiring.id,
      version: expiring.version,
      contractNumber: 'XB-2026-018',
      newEnd: '2029-12-10',
      feeFen: 1_280_000,
    });
    expect(renewed.warrantyEnd).toBe('2029-12-10');
    expect(renewed.warrantyStatus).toBe('in_warranty');
    expect(renewed.renewals).toMatchObject([{ contractNumber: 'XB-2026-018', previousEnd: '2026-12-10', feeFen: 1_280_000 }]);
    const timeline = await t.expectOk(agent, 'customers.timeline', { equipmentId: expiring.id });
    expect(timeline.items.map((e) => e.kind)).toEqual(['warranty.renewed', 'equipment.added']);
  });

  it('refuses a second unit of one model with the same serial number, and a renewal that ends earlier', async () => {
    const { t, agent } = await archive();
    const customer = await createHuatong(t, agent);
    const unit = await t.expectOk(agent, 'equipment.create', { customerId: customer.id, model: 'DS-7608N-K2', serialNumber: 'SN-7', warrantyEnd: '2027-01-01' });
    const again = await t.call(agent, 'equipment.create', { customerId: customer.id, model: 'DS-7608N-K2', serialNumber: 'sn 7' });
    expect(again).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'serialNumber', key: 'validation.serialTaken' }] } } });
    const earlier = await t.call(agent, 'equipment.renewWarranty', { id: unit.id, version: unit.version, contractNumber: 'X', newEnd: '2026-12-31', feeFen: 0 });
    expect(earlier).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'newEnd' }] } } });
  });

  it('lists the customers to notify when a model is discontinued', async () => {
    const { t, agent, supervisor } = await archive();
    const customer = await createHuatong(t, agent);
    const unit = await t.expectOk(agent, 'equipment.create', { customerId: customer.id, model: 'DS-7608N-K2', serialNumber: 'SN-9' });
    const models = await t.expectOk(agent, 'equipment.models', {});
    const model = models.items.find((m) => m.id === unit.modelId)!;
    const flagged = await t.expectOk(supervisor, 'equipment.setModelStatus', { id: model.id, version: model.version, status: 'discontinued', successorModel: 'DS-7616N-K2' });
    expect(flagged.status).toBe('discontinued');
    const notify = await t.expectOk(agent, 'equipment.modelCustomers', { modelId: model.id });
    expect(notify.items.map((c) => [c.name, c.serialNumbers])).toEqual([['上海华通科技有限公司', ['SN-9']]]);
  });
});

describe('handover documents', () => {
  it('stores the file under its SHA-256, gives the same bytes back, and the site no longer misses that kind', async () => {
    const { t, agent } = await archive();
    const customer = await createHuatong(t, agent);
    const page = await t.expectOk(agent, 'customers.get', { id: customer.id });
    const bytes = Buffer.from('%PDF-1.4 竣工图纸 第一册');
    const document = await t.expectOk(agent, 'documents.add', {
      customerId: customer.id,
      siteId: page.sites[0]!.id,
      kind: 'as_built_drawings',
      fileName: '竣工图纸.pdf',
      contentBase64: bytes.toString('base64'),
    });
    expect(document.mimeType).toBe('application/pdf');
    expect(readFileSync(documentPath(t.dataDir, document.sha256))).toEqual(bytes);
    const content = await t.expectOk(agent, 'documents.content', { id: document.id });
    expect(Buffer.from(content.contentBase64, 'base64')).toEqual(bytes);
    const after = await t.expectOk(agent, 'customers.get', { id: customer.id });
    expect(after.sites[0]!.missingDocumentKinds).toEqual(['operation_manual', 'equipment_list', 'acceptance_report']);
    expect(after.timeline[0]!.kind).toBe('document.added');
  });
});

describe('merging two customers', () => {
  it('moves contacts, sites, equipment, documents and history to the target in one step, written to the audit log', async () => {
    const { t, agent, supervisor } = await archive();
    const target = await createHuatong(t, agent);
    const source = await t.expectOk(agent, 'customers.create', {
      name: '华通科技（上海）',
      kind: 'organization',
      contacts: [{ name: '赵工', phones: ['13700137000'] }],
      sites: [{ name: '二号机房' }],
    });
    await t.expectOk(agent, 'equipment.create', { customerId: source.id, model: 'HY-UPS-3000', serialNumber: 'UPS-1' });
    expect(await t.call(agent, 'customers.merge', { sourceId: source.id, sourceVersion: source.version, targetId: target.id, targetVersion: target.version })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const merged = await t.expectOk(supervisor, 'customers.merge', {
      sourceId: source.id,
      sourceVersion: source.version,
      targetId: target.id,
      targetVersion: target.version,
    });
    expect(merged.contacts.map((c) => c.name)).toEqual(['王经理', '李工', '赵工']);
    const page = await t.expectOk(agent, 'customers.get', { id: target.id });
    expect(page.sites.map((s) => s.name)).toEqual(['一号机房', '二号机房']);
    expect(page.equipment.map((e) => e.serialNumber)).toEqual(['UPS-1']);
    expect(page.timeline.map((e) => e.kind)).toEqual(['customer.merged', 'equipment.added', 'customer.created', 'customer.created']);
    const gone = await t.expectOk(agent, 'customers.get', { id: source.id });
    expect(gone.customer).toMatchObject({ active: false, mergedInto: target.id });
    expect(gone.equipment).toEqual([]);
    expect(await t.call(agent, 'customers.update', { id: source.id, version: gone.customer.version, notes: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', reason: 'customers.merged' },
    });
    const audit = await t.expectOk(t.admin, 'audit.list', { entity: 'customer', limit: 1 });
    expect(audit.items[0]).toMatchObject({ method: 'customers.merge', entityId: String(target.id) });
  });

  it('a merge naming a stale version changes nothing', async () => {
    const { t, agent, supervisor } = await archive();
    const target = await createHuatong(t, agent);
    const source = await t.expectOk(agent, 'customers.create', { name: '华通', kind: 'organization', contacts: [{ name: '赵工', phones: [] }] });
    await t.expectOk(agent, 'customers.update', { id: source.id, version: source.version, notes: '刚改过' });
    const stale = await t.call(supervisor, 'customers.merge', { sourceId: source.id, sourceVersion: source.version, targetId: target.id, targetVersion: target.version });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const page = await t.expectOk(agent, 'customers.get', { id: target.id });
    expect(page.customer.contacts).toHaveLength(2);
  });
});

describe('the customer list', () => {
  it('pages by keyset in pinyin order of the names and filters by region and warranty status', async () => {
    const { t, agent } = await archive();
    const names = ['甲公司', '乙公司', '丙公司', '丁公司', '戊公司'];
    for (const [i, name] of names.entries()) {
      const c = await t.expectOk(agent, 'customers.create', { name, kind: 'organization', region: i % 2 ? '北京' : '上海', contacts: [] });
      if (i === 0) await t.expectOk(agent, 'equipment.create', { customerId: c.id, model: 'M-1', serialNumber: `S${i}`, warrantyEnd: '2026-12-01' });
    }
    const first = await t.expectOk(agent, 'customers.list', { sort: 'name', limit: 2 });
    const second = await t.expectOk(agent, 'customers.list', { sort: 'name', limit: 2, after: first.nextCursor! });
    const third = await t.expectOk(agent, 'customers.list', { sort: 'name', limit: 2, after: second.nextCursor! });
    const all = [...first.items, ...second.items, ...third.items].map((c) => c.name);
    // bing, ding, jia, wu, yi; by code point it would be 丁 丙 乙 戊 甲.
    expect(all).toEqual(['丙公司', '丁公司', '甲公司', '戊公司', '乙公司']);
    expect(third.nextCursor).toBeNull();
    const shanghai = await t.expectOk(agent, 'customers.list', { region: '上海', sort: 'name' });
    expect(shanghai.items.map((c) => c.name)).toEqual(['丙公司', '甲公司', '戊公司']);
    const expiring = await t.expectOk(agent, 'customers.list', { warrantyStatus: 'expiring' });
    expect(expiring.items.map((c) => c.name)).toEqual(['甲公司']);
    expect((await t.expectOk(agent, 'customers.regions', {})).items).toEqual(['上海', '北京'].sort());
  });

  it('keeps a renamed customer, and one whose kind changed, in their new place by name', async () => {
    const { t, agent } = await archive();
    for (const name of ['北京燃气', '上海电力']) await t.expectOk(agent, 'customers.create', { name, kind: 'organization', contacts: [] });
    const renamed = await t.expectOk(agent, 'customers.create', { name: '中国移动', kind: 'organization', contacts: [] });
    const person = await t.expectOk(agent, 'customers.create', { name: '曾小明', kind: 'organization', contacts: [] });
    const names = async () => (await t.expectOk(agent, 'customers.list', { sort: 'name' })).items.map((c) => c.name);
    // 曾 reads ceng in a company's name (before shang), zeng as a surname (after it).
    expect(await names()).toEqual(['北京燃气', '曾小明', '上海电力', '中国移动']);
    await t.expectOk(agent, 'customers.update', { id: renamed.id, version: renamed.version, name: '安徽电力' });
    await t.expectOk(agent, 'customers.update', { id: person.id, version: person.version, kind: 'individual' });
    expect(await names()).toEqual(['安徽电力', '北京燃气', '上海电力', '曾小明']);
  });

  it('pages on past a customer with a long name at the end of a page', async () => {
    const { t, agent } = await archive();
    const long = '中国石油天然气股份有限公司江苏苏州销售分公司第十二加油站'.repeat(4);
    for (const suffix of ['甲', '乙', '丙']) await t.expectOk(agent, 'customers.create', { name: long + suffix, kind: 'organization', contacts: [] });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await t.expectOk(agent, 'customers.list', { sort: 'name', limit: 1, ...(after ? { after } : {}) });
      seen.push(...page.items.map((c) => c.name.slice(-1)));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(['丙', '甲', '乙']);
  });
});
