// Sample inputs of the purchase requests' methods (see ../sample-inputs.ts): a draft, one submitted and one approved,
// each made once by an inventory clerk (and approved by a department manager), found again by its reason later; a
// sample that moved one on is answered invalid_state, which the role test accepts.
import type Database from 'better-sqlite3';
import type { TestBackend } from '../fixture';
import { lazyCalls, ref, type DomainSamples } from './types';

const SAMPLE_PART = 'SAMPLE-PR-FUSE';
const REQUESTS = {
  draft: '样例采购：补充熔断器库存（草稿）',
  submitted: '样例采购：补充熔断器库存（待审批）',
  approved: '样例采购：补充熔断器库存（已批准）',
} as const;

async function prepare(t: TestBackend, side: Database.Database): Promise<Record<string, number>> {
  const clerk = lazyCalls(t, ['inventory_clerk']);
  let partId = side.prepare('SELECT id FROM parts WHERE code = ?').pluck().get(SAMPLE_PART) as number | undefined;
  partId ??= (await clerk('parts.create', { code: SAMPLE_PART, name: '样例熔断器', unit: '只', unitCostFen: 450 })).id;
  const refs: Record<string, number> = { 'purchases.partId': partId };
  for (const [stage, reason] of Object.entries(REQUESTS) as Array<[keyof typeof REQUESTS, string]>) {
    const find = () => side.prepare('SELECT id, version FROM purchase_requests WHERE reason = ? ORDER BY id DESC LIMIT 1').get(reason) as { id: number; version: number } | undefined;
    if (!find()) {
      let request = await clerk('purchases.create', { reason, lines: [{ partId, quantity: 10, estimatedUnitCostFen: 450 }] });
      if (stage !== 'draft') request = await clerk('purchases.submit', { id: request.id, version: request.version });
      if (stage === 'approved') await lazyCalls(t, ['dept_manager'])('purchases.approve', { id: request.id, version: request.version });
    }
    const row = find()!;
    refs[`purchases.${stage}Id`] = row.id;
    refs[`purchases.${stage}Version`] = row.version;
  }
  return refs;
}

const step = (stage: keyof typeof REQUESTS) => (c: Parameters<typeof ref>[0]) => ({ id: ref(c, `purchases.${stage}Id`), version: ref(c, `purchases.${stage}Version`) });

export const purchasesSamples: DomainSamples<'purchases'> = {
  inputs: {
    'purchases.create': (c) => ({ reason: `样例采购 ${c.seq}：检修备品`, lines: [{ partId: ref(c, 'purchases.partId'), quantity: 5 }] }),
    'purchases.update': (c) => ({ ...step('draft')(c), reason: '样例采购：补充熔断器库存（草稿）', lines: [{ partId: ref(c, 'purchases.partId'), quantity: 12 }] }),
    'purchases.submit': step('draft'),
    'purchases.approve': step('submitted'),
    'purchases.reject': (c) => ({ ...step('submitted')(c), reason: '样例：库存尚可，暂缓采购' }),
    'purchases.receive': (c) => ({ ...step('approved')(c), lines: [{ partId: ref(c, 'purchases.partId'), quantity: 4, unitCostFen: 460 }], note: '样例到货' }),
    'purchases.closeShort': (c) => ({ ...step('approved')(c), reason: '样例：厂家停产，余量不再到货' }),
    'purchases.get': (c) => ({ id: ref(c, 'purchases.approvedId') }),
    'purchases.list': () => ({ limit: 20 }),
    'purchases.waiting': () => ({}),
  },
  prepare,
};
