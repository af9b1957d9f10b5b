// Property-based: random journeys of customers' units through a work order (its technician's part issues and returns),
// replacement notices (lend a spare, from the work order or the unit; factory, test, reinstall, recover; or failed
// repair, formal replacement, close) and scrap records (of stock parts and of the units whose repair failed: appraisal,
// conclusion, approval or rejection, disposal), with the store's own receipts and issues pressing on the stock, every
// step taken through invoke by a random role (clerk, technician, department manager).
// A model written here says which calls must succeed (the workflows' states and roles, the stock at that moment) and
// what the stock must be; after every run:
// - no part's stock is negative, and each part's stock row is the sum of its movements (quantity and value);
// - every reinstalled or recovered notice has its loan-back movement (the same quantity, naming the notice), and no
//   other notice has one; every notice has exactly one loan-out movement naming it;
// - every formally replaced or closed notice has its 正式代替事项, and no closed notice leaves its spare unaccounted for:
//   every loan-out is matched by a loan-back, or its notice is formally replaced / closed, or still open;
// - a disposed scrap record of a stock part concluded scrap has its one scrap movement; a unit's, the unit scrapped;
// - no work order has returned more of a part than was issued on it.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput, MethodName } from '../../../../shared/api';
import type { Role } from '../../../../shared/api/roles';
import { REPLACEMENT_WORKFLOW, type ReplacementAction, type ReplacementState } from '../../../../shared/replacements/workflow';
import { SCRAP_WORKFLOW, type ScrapAction, type ScrapState } from '../../../../shared/scrap/workflow';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

const ROLES: Role[][] = [['inventory_clerk'], ['technician'], ['dept_manager']];

let t: TestBackend;
let side: Database.Database;
let sessions: SessionContext[];
let keeper: SessionContext;
let customerId: number;
let dispatcher: SessionContext;
let technicianId: number;
let requestId: number;
const parts: Array<{ id: number }> = [];

beforeAll(async () => {
  t = await createTestBackend();
  side = t.openSideConnection();
  sessions = await Promise.all(ROLES.map((roles) => t.signInAs(roles)));
  keeper = await t.signInAs(['agent', 'supervisor']);
  customerId = (await t.expectOk(keeper, 'customers.create', { name: '随机旅程客户', kind: 'organization', contacts: [{ name: '测试', phones: ['13600136000'] }] })).id;
  dispatcher = await t.signInAs(['seat_manager']);
  technicianId = (await t.expectOk(sessions[1]!, 'auth.me', {})).id;
  requestId = (
    await t.expectOk(keeper, 'requests.create', { callerPhone: '13600136000', customerId, kind: 'fault', channel: 'hotline', priority: 'urgent', subject: '设备故障', description: '随机旅程' })
  ).id;
  for (const code of ['BP-A', 'BP-B']) {
    const part = await t.expectOk(sessions[0]!, 'parts.create', { code, name: `备品 ${code}`, unit: '块', unitCostFen: 10_000 });
    await t.expectOk(sessions[0]!, 'stock.receive', { partId: part.id, quantity: 4, unitCostFen: 10_000 });
    parts.push(part);
  }
}, 60_000);
afterAll(() => {
  side.close();
  t.close();
});

type Step =
  | { type: 'lend'; unit: number; part: number; quantity: number; role: number; fromWorkOrder: boolean }
  | { type: 'workOrderParts'; part: number; kind: 'issue' | 'return'; quantity: number }
  | { type: 'notice'; pick: number; action: ReplacementAction; role: number; wild: boolean; choice: number }
  | { type: 'scrapPart'; part: number; quantity: number; role: number }
  | { type: 'scrap'; pick: number; action: ScrapAction; conclusion: 'scrap' | 'keep'; role: number; wild: boolean; choice: number }
  | { type: 'store'; part: number; quantity: number; receive: boolean };

const role = fc.nat(ROLES.length - 1);
/** Mostly a step the record allows, by someone who may take it; now and then any step by anyone (to be refused). */
const wild = fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const ALL_ROLES = ROLES.flat();
const firstAllowed = (roles: readonly Role[]) => ROLES.findIndex((held) => held.some((r) => roles.includes(r)));
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('lend' as const), unit: fc.nat(3), part: fc.nat(1), quantity: fc.integer({ min: 1, max: 3 }), role, fromWorkOrder: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('workOrderParts' as const), part: fc.nat(1), kind: fc.constantFrom('issue' as const, 'return' as const), quantity: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 8, arbitrary: fc.record({ type: fc.constant('notice' as const), pick: fc.nat(), action: fc.constantFrom(...REPLACEMENT_WORKFLOW.actions), role, wild, choice: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('scrapPart' as const), part: fc.nat(1), quantity: fc.integer({ min: 1, max: 3 }), role }) },
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant('scrap' as const), pick: fc.nat(), action: fc.constantFrom(...SCRAP_WORKFLOW.actions), conclusion: fc.constantFrom('scrap' as const, 'keep' as const), role, wild, choice: fc.nat() }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('store' as const), part: fc.nat(1), quantity: fc.integer({ min: 1, max: 4 }), receive: fc.boolean() }) },
);

interface ModelNotice {
  id: number;
  version: number;
  state: ReplacementState;
  part: number;
  quantity: number;
  unit: number;
}
interface ModelRecord {
  id: number;
  version: number;
  state: ScrapState;
  part: number | null;
  unit: number | null;
  quantity: number;
  conclusion: 'scrap' | 'keep' | null;
}

const stockOf = (partId: number) => (side.prepare('SELECT on_hand FROM part_stock WHERE part_id = ?').pluck().get(partId) as number) / 1000;

async function journey(steps: Step[]): Promise<void> {
  const units: Array<{ id: number; lifecycle: string }> = [];
  for (let i = 0; i < 4; i++) {
    const unit = await t.expectOk(keeper, 'equipment.create', { customerId, model: 'JOURNEY-1', serialNumber: `J-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` });
    units.push({ id: unit.id, lifecycle: 'in_service' });
  }
  // Some stock to lend from at the start of each journey (the store's issues in the steps press on it).
  for (const part of parts) if (stockOf(part.id) < 6) await t.expectOk(sessions[0]!, 'stock.receive', { partId: part.id, quantity: 6 });
  const stock = parts.map((part) => stockOf(part.id));
  // A work order on site, its technician the one who records parts.
  const drafted = await t.expectOk(dispatcher, 'workOrders.create', { requestId, technicianIds: [technicianId] });
  const dispatched = await t.expectOk(dispatcher, 'workOrders.dispatch', { id: drafted.id, version: drafted.version });
  let workOrder: { id: number; version: number } = await t.expectOk(sessions[1]!, 'workOrders.arrive', { id: dispatched.id, version: dispatched.version });
  const issuedOnWorkOrder = parts.map(() => 0);
  const notices: ModelNotice[] = [];
  const records: ModelRecord[] = [];
  const call = async <M extends MethodName>(roleIndex: number, method: M, input: ApiInput<M>, expected: boolean) => {
    const result = await t.call(sessions[roleIndex]!, method, input);
    if (result.ok !== expected) throw new Error(`${method} as ${ROLES[roleIndex]!.join()} ${JSON.stringify(input)}: expected ${expected ? 'success' : 'a refusal'}, got ${JSON.stringify(result)}`);
    return result.ok ? (result.value as { id: number; version: number }) : null;
  };
  const may = (roles: readonly Role[], roleIndex: number) => ROLES[roleIndex]!.some((r) => roles.includes(r));

  for (const s of steps) {
    if (s.type === 'store') {
      const ok = s.receive || stock[s.part]! >= s.quantity;
      const result = await t.call(sessions[0]!, s.receive ? 'stock.receive' : 'stock.issue', { partId: parts[s.part]!.id, quantity: s.quantity });
      expect(result.ok).toBe(ok);
      if (ok) stock[s.part]! += s.receive ? s.quantity : -s.quantity;
    } else if (s.type === 'workOrderParts') {
      const ok = s.kind === 'issue' ? stock[s.part]! >= s.quantity : issuedOnWorkOrder[s.part]! >= s.quantity;
      const after = await call(1, 'workOrders.recordParts', { id: workOrder.id, version: workOrder.version, lines: [{ partId: parts[s.part]!.id, kind: s.kind, quantity: s.quantity }] }, ok);
      if (after) {
        workOrder = after;
        const signed = s.kind === 'issue' ? s.quantity : -s.quantity;
        issuedOnWorkOrder[s.part]! += signed;
        stock[s.part]! -= signed;
      }
    } else if (s.type === 'lend') {
      const unit = units[s.unit]!;
      const ok = may(['inventory_clerk'], s.role) && stock[s.part]! >= s.quantity && unit.lifecycle !== 'scrapped' && unit.lifecycle !== 'replaced';
      const n = await call(
        s.role,
        'replacements.create',
        { equipmentId: unit.id, reason: '随机故障', sparePartId: parts[s.part]!.id, quantity: s.quantity, ...(s.fromWorkOrder && { workOrderId: workOrder.id }) },
        ok,
      );
      if (n) {
        stock[s.part]! -= s.quantity;
        notices.push({ id: n.id, version: n.version, state: 'spare_installed', part: s.part, quantity: s.quantity, unit: s.unit });
      }
    } else if (s.type === 'notice') {
      if (notices.length === 0) continue;
      const n = notices[s.pick % notices.length]!;
      const offered = REPLACEMENT_WORKFLOW.available(n.state, ALL_ROLES);
      if (!s.wild && offered.length > 0) {
        s.action = offered[s.choice % offered.length]!;
        s.role = firstAllowed(REPLACEMENT_WORKFLOW.roles[s.action]);
      }
      const to = REPLACEMENT_WORKFLOW.next(n.state, s.action);
      const ok = to !== null && may(REPLACEMENT_WORKFLOW.roles[s.action], s.role) && !(s.action === 'failRepair' && units[n.unit]!.lifecycle === 'scrapped');
      const base = { id: n.id, version: n.version };
      const inputs: Record<ReplacementAction, ApiInput<`replacements.${ReplacementAction}`>> = {
        sendToFactory: base,
        passTest: { ...base, result: '合格', tester: '王工', testedOn: '2026-11-20' },
        reinstall: base,
        recover: base,
        failRepair: { ...base, reason: '无法修复' },
        formallyReplace: { ...base, text: '备品正式代替' },
        close: base,
      };
      const after = await call(s.role, `replacements.${s.action}`, inputs[s.action] as never, ok);
      if (after) {
        n.version = after.version;
        n.state = to!;
        const unit = units[n.unit]!;
        if (s.action === 'sendToFactory') unit.lifecycle = 'at_factory';
        if (s.action === 'reinstall') {
          unit.lifecycle = 'in_service';
          stock[n.part]! += n.quantity;
        }
        if (s.action === 'formallyReplace' && unit.lifecycle !== 'scrapped') unit.lifecycle = 'replaced';
        if (s.action === 'failRepair') {
          const opened = (await t.expectOk(sessions[0]!, 'replacements.get', { id: n.id })).scrapRecord!;
          const record = await t.expectOk(sessions[0]!, 'scrap.get', { id: opened.id });
          records.push({ id: record.id, version: record.version, state: 'draft', part: null, unit: n.unit, quantity: 0, conclusion: null });
        }
      }
    } else if (s.type === 'scrapPart') {
      const ok = may(['inventory_clerk'], s.role);
      const r = await call(s.role, 'scrap.create', { itemKind: 'stock_part', partId: parts[s.part]!.id, quantity: s.quantity, reason: 'other' }, ok);
      if (r) records.push({ id: r.id, version: r.version, state: 'draft', part: s.part, unit: null, quantity: s.quantity, conclusion: null });
    } else {
      if (records.length === 0) continue;
      const r = records[s.pick % records.length]!;
      const offered = SCRAP_WORKFLOW.available(r.state, ALL_ROLES);
      if (!s.wild && offered.length > 0) {
        s.action = offered[s.choice % offered.length]!;
        s.role = firstAllowed(SCRAP_WORKFLOW.roles[s.action]);
      }
      const to = SCRAP_WORKFLOW.next(r.state, s.action);
      const conclusion = s.action === 'conclude' ? s.conclusion : r.conclusion;
      const enough = !(s.action === 'dispose' && r.part !== null && conclusion === 'scrap' && stock[r.part]! < r.quantity);
      const ok = to !== null && may(SCRAP_WORKFLOW.roles[s.action], s.role) && enough;
      const base = { id: r.id, version: r.version };
      const inputs: Record<ScrapAction, ApiInput<`scrap.${ScrapAction}`>> = {
        update: { ...base, reasonText: '补充说明' },
        startAppraisal: { ...base, appraisers: [{ name: '张工' }, { name: '李工' }] },
        conclude: { ...base, conclusion: s.conclusion, proposedMethod: 'destroy' },
        approve: base,
        reject: { ...base, reason: '不同意' },
        dispose: base,
      };
      const after = await call(s.role, `scrap.${s.action}`, inputs[s.action] as never, ok);
      if (after) {
        r.version = after.version;
        r.state = to!;
        r.conclusion = conclusion;
        if (s.action === 'dispose' && conclusion === 'scrap') {
          if (r.part !== null) stock[r.part]! -= r.quantity;
          else units[r.unit!]!.lifecycle = 'scrapped';
        }
      }
    }
  }

  // The model's stock and lifecycles are the database's.
  expect(parts.map((part) => stockOf(part.id))).toEqual(stock);
  for (const unit of units) expect(side.prepare('SELECT lifecycle FROM equipment WHERE id = ?').pluck().get(unit.id)).toBe(unit.lifecycle);
}

function checkInvariants(): void {
  const negative = side.prepare('SELECT count(*) FROM part_stock WHERE on_hand < 0 OR value_fen < 0').pluck().get();
  expect(negative).toBe(0);
  const unbalanced = side
    .prepare(
      `SELECT s.part_id FROM part_stock s LEFT JOIN (SELECT part_id, sum(quantity) AS q, sum(value_fen) AS v FROM stock_movements GROUP BY part_id) m ON m.part_id = s.part_id
       WHERE s.on_hand <> coalesce(m.q, 0) OR s.value_fen <> coalesce(m.v, 0)`,
    )
    .all();
  expect(unbalanced).toEqual([]);
  const notices = side
    .prepare(
      `SELECT n.id, n.state, n.spare_quantity, n.formal_replacement, n.loan_back_movement_id,
         (SELECT count(*) FROM stock_movements m WHERE m.source_kind = 'replacement_notice' AND m.source_id = n.id AND m.kind = 'loan_out' AND m.quantity = -n.spare_quantity) AS outs,
         (SELECT count(*) FROM stock_movements m WHERE m.source_kind = 'replacement_notice' AND m.source_id = n.id AND m.kind = 'loan_back' AND m.quantity = n.spare_quantity) AS backs
       FROM replacement_notices n`,
    )
    .all() as Array<{ id: number; state: ReplacementState; formal_replacement: string; loan_back_movement_id: number | null; outs: number; backs: number }>;
  for (const n of notices) {
    expect(n.outs).toBe(1);
    const back = n.state === 'reinstalled' || n.state === 'recovered';
    expect(n.backs).toBe(back ? 1 : 0);
    expect(n.loan_back_movement_id !== null).toBe(back);
    if (n.state === 'formally_replaced' || n.state === 'closed') expect(n.formal_replacement).not.toBe('');
    // Every loan-out accounted for: back in stock, formally replaced (or closed), or the notice still open.
    const open = !REPLACEMENT_WORKFLOW.final.includes(n.state);
    expect(back || n.state === 'formally_replaced' || n.state === 'closed' || open).toBe(true);
  }
  const records = side
    .prepare(
      `SELECT r.state, r.item_kind, r.conclusion, r.quantity, e.lifecycle,
         (SELECT count(*) FROM stock_movements m WHERE m.source_kind = 'scrap_record' AND m.source_id = r.id AND m.kind = 'scrap' AND m.quantity = -r.quantity) AS scraps
       FROM scrap_records r LEFT JOIN equipment e ON e.id = r.equipment_id`,
    )
    .all() as Array<{ state: ScrapState; item_kind: string; conclusion: string | null; lifecycle: string | null; scraps: number }>;
  for (const r of records) {
    const scrapped = r.state === 'disposed' && r.conclusion === 'scrap';
    if (r.item_kind === 'stock_part') expect(r.scraps).toBe(scrapped ? 1 : 0);
    else if (scrapped) expect(r.lifecycle).toBe('scrapped');
  }
  const overReturned = side
    .prepare(
      `SELECT source_id, part_id FROM stock_movements WHERE source_kind = 'work_order' AND kind IN ('issue', 'return')
       GROUP BY source_id, part_id HAVING sum(quantity) > 0`,
    )
    .all();
  expect(overReturned).toEqual([]);
}

describe('random journeys of units through replacement notices and scrap records', () => {
  it('never leave stock negative, and every spare is back in stock, formally replaced, or its notice still open', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 25, maxLength: 60 }), async (steps) => {
        await journey(steps);
        checkInvariants();
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
