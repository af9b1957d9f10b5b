// Product models (产品型号): the models screen's counts, the upgraded/discontinued flag and the customers to notify.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { observeStatements } from '../../db/connection';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { SearchFixture } from '../customers/search-fixture';
import { listModelsWithCounts } from './repository';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

/** Two customers: 华通 has two DS-7608N-K2 and one iDS-7216HQHI, 仁济 one DS-7608N-K2; a third model has none left. */
async function twoCustomersWithEquipment() {
  const t = await createTestBackend();
  opened.push(t);
  const agent = await t.signInAs(['agent']);
  const supervisor = await t.signInAs(['supervisor']);
  const huatong = await t.expectOk(agent, 'customers.create', {
    name: '上海华通科技有限公司',
    kind: 'organization',
    contacts: [{ name: '王经理', phones: ['021-6288 5000'] }],
  });
  const renji = await t.expectOk(agent, 'customers.create', {
    name: '上海仁济医院',
    kind: 'organization',
    contacts: [{ name: '刘洋', phones: ['138 0013 8000'] }],
  });
  const a1 = await t.expectOk(agent, 'equipment.create', { customerId: huatong.id, model: 'DS-7608N-K2', serialNumber: 'HT-1' });
  await t.expectOk(agent, 'equipment.create', { customerId: huatong.id, model: 'DS-7608N-K2', serialNumber: 'HT-2' });
  const b = await t.expectOk(agent, 'equipment.create', { customerId: huatong.id, model: 'iDS-7216HQHI', serialNumber: 'HT-3' });
  await t.expectOk(agent, 'equipment.create', { customerId: renji.id, model: 'DS-7608N-K2', serialNumber: 'RJ-1' });
  // A unit first recorded under a mistyped model, then corrected: the mistyped model stays, with nothing of it.
  const typo = await t.expectOk(agent, 'equipment.create', { customerId: renji.id, model: 'DS-76O8', serialNumber: 'RJ-2' });
  await t.expectOk(agent, 'equipment.update', { id: typo.id, version: typo.version, model: 'iDS-7216HQHI' });
  return { t, agent, supervisor, huatong, renji, modelA: a1.modelId, modelB: b.modelId, typoModel: typo.modelId };
}

describe('the product models list', () => {
  it('counts the equipment and the customers of each model only when asked to', async () => {
    const { t, agent, modelA, modelB, typoModel } = await twoCustomersWithEquipment();
    const counted = await t.expectOk(agent, 'equipment.models', { withCounts: true });
    const byId = new Map(counted.items.map((m) => [m.id, m]));
    expect(byId.get(modelA)).toMatchObject({ model: 'DS-7608N-K2', equipmentCount: 3, customerCount: 2 });
    expect(byId.get(modelB)).toMatchObject({ model: 'iDS-7216HQHI', equipmentCount: 2, customerCount: 2 });
    expect(byId.get(typoModel)).toMatchObject({ model: 'DS-76O8', equipmentCount: 0, customerCount: 0 });

    const plain = await t.expectOk(agent, 'equipment.models', {});
    expect(plain.items.map((m) => m.id).sort()).toEqual([...byId.keys()].sort());
    for (const model of plain.items) {
      expect(model).not.toHaveProperty('equipmentCount');
      expect(model).not.toHaveProperty('customerCount');
    }
  });

  it('filters by status, with or without counts', async () => {
    const { t, agent, supervisor, modelA } = await twoCustomersWithEquipment();
    const model = (await t.expectOk(agent, 'equipment.models', {})).items.find((m) => m.id === modelA)!;
    await t.expectOk(supervisor, 'equipment.setModelStatus', { id: model.id, version: model.version, status: 'discontinued' });
    const discontinued = await t.expectOk(agent, 'equipment.models', { status: 'discontinued', withCounts: true });
    expect(discontinued.items.map((m) => [m.model, m.equipmentCount])).toEqual([['DS-7608N-K2', 3]]);
    const current = await t.expectOk(agent, 'equipment.models', { status: 'current' });
    expect(current.items.map((m) => m.model)).toEqual(['DS-76O8', 'iDS-7216HQHI']);
  });
});

describe('flagging a model as upgraded or discontinued', () => {
  it('keeps the successor and notes, lets only supervisors, information managers and administrators do it', async () => {
    const { t, agent, supervisor, huatong, modelA } = await twoCustomersWithEquipment();
    const model = (await t.expectOk(agent, 'equipment.models', {})).items.find((m) => m.id === modelA)!;
    const refused = await t.call(agent, 'equipment.setModelStatus', { id: model.id, version: model.version, status: 'discontinued' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const infoManager = await t.signInAs(['info_manager']);
    const flagged = await t.expectOk(infoManager, 'equipment.setModelStatus', {
      id: model.id,
      version: model.version,
      status: 'upgraded',
      successorModel: 'DS-7616N-K2',
      notes: '厂家 2026 年起以 DS-7616N-K2 替代',
    });
    expect(flagged).toMatchObject({ status: 'upgraded', successorModel: 'DS-7616N-K2', notes: '厂家 2026 年起以 DS-7616N-K2 替代', version: model.version + 1 });
    const later = await t.expectOk(supervisor, 'equipment.setModelStatus', { id: model.id, version: flagged.version, status: 'discontinued' });
    // What a later save leaves out stays as it was.
    expect(later).toMatchObject({ status: 'discontinued', successorModel: 'DS-7616N-K2' });
    // The customer page shows the flag on every unit of the model.
    const page = await t.expectOk(agent, 'customers.get', { id: huatong.id });
    expect(page.equipment.filter((e) => e.modelId === modelA).map((e) => e.modelStatus)).toEqual(['discontinued', 'discontinued']);
  });

  it('a save against a stale version gets conflict and changes nothing', async () => {
    const { t, agent, supervisor, modelA } = await twoCustomersWithEquipment();
    const model = (await t.expectOk(agent, 'equipment.models', {})).items.find((m) => m.id === modelA)!;
    await t.expectOk(supervisor, 'equipment.setModelStatus', { id: model.id, version: model.version, status: 'upgraded', notes: '先保存的人' });
    const stale = await t.call(supervisor, 'equipment.setModelStatus', { id: model.id, version: model.version, status: 'discontinued', notes: '后保存的人' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = (await t.expectOk(agent, 'equipment.models', {})).items.find((m) => m.id === modelA)!;
    expect(now).toMatchObject({ status: 'upgraded', notes: '先保存的人', version: model.version + 1 });
  });
});

describe('the customers to notify of a model', () => {
  it('lists each customer once with its serial numbers and phone, and follows a merge', async () => {
    const { t, agent, supervisor, huatong, renji, modelA } = await twoCustomersWithEquipment();
    const before = await t.expectOk(agent, 'equipment.modelCustomers', { modelId: modelA });
    expect(before.items.map((c) => [c.name, c.primaryPhone, c.serialNumbers])).toEqual([
      ['上海华通科技有限公司', '021-6288 5000', ['HT-1', 'HT-2']],
      ['上海仁济医院', '138 0013 8000', ['RJ-1']],
    ]);
    const source = await t.expectOk(agent, 'customers.get', { id: renji.id });
    const target = await t.expectOk(agent, 'customers.get', { id: huatong.id });
    await t.expectOk(supervisor, 'customers.merge', {
      sourceId: renji.id,
      sourceVersion: source.customer.version,
      targetId: huatong.id,
      targetVersion: target.customer.version,
    });
    const after = await t.expectOk(agent, 'equipment.modelCustomers', { modelId: modelA });
    expect(after.items.map((c) => [c.name, c.serialNumbers])).toEqual([['上海华通科技有限公司', ['HT-1', 'HT-2', 'RJ-1']]]);
    const counted = (await t.expectOk(agent, 'equipment.models', { withCounts: true })).items.find((m) => m.id === modelA);
    expect(counted).toMatchObject({ equipmentCount: 3, customerCount: 1 });
  });

  it('answers not_found for a model that does not exist', async () => {
    const { t, agent } = await twoCustomersWithEquipment();
    expect(await t.call(agent, 'equipment.modelCustomers', { modelId: 9999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('query plan of the counts', () => {
  let f: SearchFixture;
  beforeAll(() => {
    f = new SearchFixture();
    f.db.transaction(() => {
      for (let i = 0; i < 1500; i++) {
        f.add({ name: `华通科技${i}有限公司`, equipment: [{ model: `M-${i % 40}`, serial: `S-${i}` }, { model: `M-${(i + 7) % 40}`, serial: `T-${i}` }] });
      }
    })();
    f.db.exec('ANALYZE');
  });
  afterAll(() => f.close());

  it('counts through the (model, customer) index and never reads the equipment rows', () => {
    const statements = new Map<string, unknown[]>();
    const stop = observeStatements((text, params) => statements.set(text, params));
    let models: ReturnType<typeof listModelsWithCounts>;
    try {
      models = listModelsWithCounts(f.db, undefined);
    } finally {
      stop();
    }
    expect(models).toHaveLength(40);
    expect(models.reduce((sum, m) => sum + (m.equipmentCount ?? 0), 0)).toBe(3000);
    expect(statements.size).toBe(1);
    const [text, params] = [...statements][0]!;
    const plan = (f.db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(params as never[])) as { detail: string }[]).map((r) => r.detail);
    expect(plan.filter((detail) => / e\b/.test(detail))).toEqual([
      'SEARCH e USING COVERING INDEX equipment_by_model (model_id=?)',
      'SEARCH e USING COVERING INDEX equipment_by_model (model_id=?)',
    ]);
    expect(plan.join('\n')).not.toMatch(/SCAN (e|equipment)\b/);
  });
});
