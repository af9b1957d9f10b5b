// Sample inputs of the store's methods (parts and the ledger): a part with stock to issue from, made once by an
// inventory clerk and received into again when a sample used it up.
import type Database from 'better-sqlite3';
import { callsAs, ref, type DomainSamples } from './types';

const SAMPLE_PART = 'SAMPLE-RELAY-01';

async function prepare(t: Parameters<NonNullable<DomainSamples<'parts'>['prepare']>>[0], side: Database.Database) {
  const find = () => side.prepare('SELECT p.id, p.version, s.on_hand FROM parts p JOIN part_stock s ON s.part_id = p.id WHERE p.code = ?').get(SAMPLE_PART) as
    | { id: number; version: number; on_hand: number }
    | undefined;
  let part = find();
  if (!part || part.on_hand < 10_000) {
    const ok = await callsAs(t, ['inventory_clerk']);
    const id = part?.id ?? (await ok('parts.create', { code: SAMPLE_PART, name: '样例继电器', unit: '个', bin: 'A-01-01', reorderPoint: 5, unitCostFen: 1250 })).id;
    await ok('stock.receive', { partId: id, quantity: 100, unitCostFen: 1250, note: '样例入库' });
    part = find()!;
  }
  const movement = side.prepare("SELECT id FROM stock_movements WHERE part_id = ? AND kind = 'receipt' AND reverses_id IS NULL ORDER BY id DESC LIMIT 1").get(part.id) as { id: number };
  return { 'parts.partId': part.id, 'parts.partVersion': part.version, 'stock.movementId': movement.id };
}

export const partsSamples: DomainSamples<'parts'> = {
  inputs: {
    'parts.create': (c) => ({ code: `SAMPLE-${c.seq}`, name: '样例熔断器', unit: '个', spec: 'RT18-32', bin: 'A-02-03', reorderPoint: 2, unitCostFen: 300 }),
    'parts.update': (c) => ({ id: ref(c, 'parts.partId'), version: ref(c, 'parts.partVersion'), bin: 'A-01-02' }),
    'parts.get': (c) => ({ id: ref(c, 'parts.partId') }),
    'parts.search': () => ({ query: '继电' }),
    'parts.byCode': () => ({ code: SAMPLE_PART }),
    'parts.list': () => ({ limit: 20 }),
    'parts.lowStock': () => ({}),
    'parts.bins': () => ({}),
    'parts.summaries': (c) => ({ ids: [ref<number>(c, 'parts.partId')] }),
  },
  prepare,
};

export const stockSamples: DomainSamples<'stock'> = {
  inputs: {
    'stock.receive': (c) => ({ partId: ref<number>(c, 'parts.partId'), quantity: 3, unitCostFen: 1300 }),
    'stock.issue': (c) => ({ partId: ref(c, 'parts.partId'), quantity: 1, note: '样例领用' }),
    'stock.returnToStock': (c) => ({ partId: ref(c, 'parts.partId'), quantity: 1 }),
    'stock.adjust': (c) => ({ partId: ref(c, 'parts.partId'), quantity: -1, reason: '样例盘亏' }),
    'stock.reverse': (c) => ({ movementId: ref(c, 'stock.movementId'), reason: '样例冲销' }),
    'stock.balance': (c) => ({ partId: ref(c, 'parts.partId') }),
    'stock.history': (c) => ({ partId: ref<number>(c, 'parts.partId'), limit: 10 }),
    'stock.valuation': () => ({ withParts: true }),
  },
};
