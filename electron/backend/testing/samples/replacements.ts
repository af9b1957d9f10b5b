// Sample inputs of the replacement notices' and scrap records' methods (see ../sample-inputs.ts): a spare part with
// stock, a notice at every stage a sample steps from and a scrap record at every stage, each made once by an inventory
// clerk (a department manager approving) and found again by its text; a sample that moved one on is answered
// invalid_state, which the role test accepts. The notices are of a unit of their own customer, so that their steps
// (which move the unit's lifecycle and version) never touch the sample archive's equipment other samples edit.
import type Database from 'better-sqlite3';
import type { TestBackend } from '../fixture';
import { lazyCalls, ref, type Calls, type DomainSamples } from './types';

const SAMPLE_PART = 'SAMPLE-TH-BOARD';
const SAMPLE_CUSTOMER = '样例备品替换客户';
const NOTICES = {
  installed: '样例通知：主板故障（已安装备品）',
  atFactory: '样例通知：主板故障（返厂中）',
  tested: '样例通知：主板故障（测试合格）',
  reinstalled: '样例通知：主板故障（已装回）',
  failed: '样例通知：主板故障（修复失败）',
  formallyReplaced: '样例通知：主板故障（正式代替）',
} as const;
type NoticeStage = keyof typeof NOTICES;
const RECORDS = {
  draft: '样例报废：受潮（草稿）',
  appraising: '样例报废：受潮（鉴定中）',
  awaiting: '样例报废：受潮（待审批）',
  approved: '样例报废：受潮（已批准）',
} as const;
type RecordStage = keyof typeof RECORDS;

/** The sample part, received into again when the samples used up its stock. */
async function samplePart(clerk: Calls, side: Database.Database): Promise<number> {
  const find = () => side.prepare('SELECT p.id, s.on_hand FROM parts p JOIN part_stock s ON s.part_id = p.id WHERE p.code = ?').get(SAMPLE_PART) as { id: number; on_hand: number } | undefined;
  const part = find();
  if (part && part.on_hand >= 20_000) return part.id;
  const id = part?.id ?? (await clerk('parts.create', { code: SAMPLE_PART, name: '样例主控板', unit: '块', unitCostFen: 86_000 })).id;
  await clerk('stock.receive', { partId: id, quantity: 100, unitCostFen: 86_000, note: '样例入库' });
  return id;
}

/** A fresh unit of the notices' own customer (a failed repair scraps or replaces its unit, which then lends no more). */
async function freshUnit(t: TestBackend, side: Database.Database): Promise<number> {
  const keeper = lazyCalls(t);
  let customerId = side.prepare('SELECT id FROM customers WHERE name = ? AND merged_into IS NULL ORDER BY id DESC LIMIT 1').pluck().get(SAMPLE_CUSTOMER) as number | undefined;
  customerId ??= (await keeper('customers.create', { name: SAMPLE_CUSTOMER, kind: 'organization', contacts: [{ name: '周工', phones: ['13700137000'] }] })).id;
  const count = side.prepare('SELECT count(*) FROM equipment WHERE customer_id = ?').pluck().get(customerId) as number;
  return (await keeper('equipment.create', { customerId, model: 'DS-8632N-I8', serialNumber: `TH-SAMPLE-${customerId}-${count + 1}` })).id;
}

async function makeNotice(t: TestBackend, side: Database.Database, clerk: Calls, partId: number, stage: NoticeStage): Promise<void> {
  const equipmentId = await freshUnit(t, side);
  let n = await clerk('replacements.create', { equipmentId, reason: NOTICES[stage], sparePartId: partId, spareSerial: 'SP-SAMPLE' });
  if (stage === 'installed') return;
  n = await clerk('replacements.sendToFactory', { id: n.id, version: n.version, factory: '样例厂家' });
  if (stage === 'atFactory') return;
  if (stage === 'failed' || stage === 'formallyReplaced') {
    n = await clerk('replacements.failRepair', { id: n.id, version: n.version, reason: '样例：厂家无法修复' });
    if (stage === 'formallyReplaced') await clerk('replacements.formallyReplace', { id: n.id, version: n.version, text: '备品转为正式替代' });
    return;
  }
  n = await clerk('replacements.passTest', { id: n.id, version: n.version, result: '通电试验合格', tester: '王工', testedOn: '2026-12-01' });
  if (stage === 'reinstalled') await clerk('replacements.reinstall', { id: n.id, version: n.version });
}

async function makeRecord(t: TestBackend, clerk: Calls, partId: number, stage: RecordStage): Promise<void> {
  let r = await clerk('scrap.create', { itemKind: 'stock_part', partId, quantity: 1, reason: 'repair_ineffective', reasonText: RECORDS[stage] });
  if (stage === 'draft') return;
  r = await clerk('scrap.startAppraisal', { id: r.id, version: r.version, appraisers: [{ name: '张工', title: '工程师' }, { name: '李工', title: '技术员' }] });
  if (stage === 'appraising') return;
  r = await clerk('scrap.conclude', { id: r.id, version: r.version, conclusion: 'scrap', opinion: '无修复价值', proposedMethod: 'destroy' });
  if (stage === 'approved') await lazyCalls(t, ['dept_manager'])('scrap.approve', { id: r.id, version: r.version });
}

async function prepare(t: TestBackend, side: Database.Database): Promise<Record<string, number>> {
  const clerk = lazyCalls(t, ['inventory_clerk']);
  const partId = await samplePart(clerk, side);
  const refs: Record<string, number> = { 'replacements.partId': partId, 'scrap.partId': partId };
  const newest = (table: string, column: string, text: string) =>
    side.prepare(`SELECT id, version FROM ${table} WHERE ${column} = ? ORDER BY id DESC LIMIT 1`).get(text) as { id: number; version: number } | undefined;
  for (const [stage, reason] of Object.entries(NOTICES) as Array<[NoticeStage, string]>) {
    if (!newest('replacement_notices', 'reason', reason)) await makeNotice(t, side, clerk, partId, stage);
    const row = newest('replacement_notices', 'reason', reason)!;
    refs[`replacements.${stage}Id`] = row.id;
    refs[`replacements.${stage}Version`] = row.version;
  }
  for (const [stage, text] of Object.entries(RECORDS) as Array<[RecordStage, string]>) {
    if (!newest('scrap_records', 'reason_text', text)) await makeRecord(t, clerk, partId, stage);
    const row = newest('scrap_records', 'reason_text', text)!;
    refs[`scrap.${stage}Id`] = row.id;
    refs[`scrap.${stage}Version`] = row.version;
  }
  return refs;
}

const notice = (stage: NoticeStage) => (c: Parameters<typeof ref>[0]) => ({ id: ref(c, `replacements.${stage}Id`), version: ref(c, `replacements.${stage}Version`) });
const record = (stage: RecordStage) => (c: Parameters<typeof ref>[0]) => ({ id: ref(c, `scrap.${stage}Id`), version: ref(c, `scrap.${stage}Version`) });

export const replacementsSamples: DomainSamples<'replacements'> = {
  inputs: {
    'replacements.create': (c) => ({ equipmentId: c.equipmentId, reason: `样例：主板故障 ${c.seq}`, sparePartId: ref(c, 'replacements.partId'), spareSerial: `SP-${c.seq}` }),
    'replacements.sendToFactory': (c) => ({ ...notice('installed')(c), factory: '样例厂家' }),
    'replacements.passTest': (c) => ({ ...notice('atFactory')(c), result: '通电试验合格', tester: '王工', testedOn: '2026-12-01' }),
    'replacements.reinstall': notice('tested'),
    'replacements.recover': notice('reinstalled'),
    'replacements.failRepair': (c) => ({ ...notice('atFactory')(c), reason: '样例：厂家无法修复' }),
    'replacements.formallyReplace': (c) => ({ ...notice('failed')(c), text: '备品转为正式替代' }),
    'replacements.close': notice('formallyReplaced'),
    'replacements.get': (c) => ({ id: ref(c, 'replacements.installedId') }),
    'replacements.list': () => ({ openOnly: true, limit: 20 }),
  },
  prepare,
};

export const scrapSamples: DomainSamples<'scrap'> = {
  inputs: {
    'scrap.create': (c) => ({ itemKind: 'stock_part', partId: ref<number>(c, 'scrap.partId'), quantity: 1, reason: 'repair_ineffective', reasonText: `样例 ${c.seq}` }),
    'scrap.update': (c) => ({ ...record('draft')(c), reasonText: '样例：受潮损坏' }),
    'scrap.startAppraisal': (c) => ({ ...record('draft')(c), appraisers: [{ name: '张工', title: '工程师' }, { name: '李工', title: '技术员' }] }),
    'scrap.conclude': (c) => ({ ...record('appraising')(c), conclusion: 'scrap', opinion: '无修复价值', proposedMethod: 'destroy' }),
    'scrap.approve': record('awaiting'),
    'scrap.reject': (c) => ({ ...record('awaiting')(c), reason: '样例：尚可修复' }),
    'scrap.dispose': record('approved'),
    'scrap.get': (c) => ({ id: ref(c, 'scrap.draftId') }),
    'scrap.list': () => ({ limit: 20 }),
  },
};
