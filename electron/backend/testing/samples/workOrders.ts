// Sample inputs of the work orders' and maintenance plans' methods (see ../sample-inputs.ts): a fault report of the
// sample customer, a part with stock, and one work order at each stage of its life (draft, dispatched, on site,
// completed), made once by a seat manager and the technician the role tests sign in as (so his steps are on his own
// work order), found again by their description later; a sample that moved one on is answered invalid_state, which the
// role test accepts. A maintenance plan to edit, and one due today so that maintenance.createDue has work to do.
import type Database from 'better-sqlite3';
import type { TestBackend } from '../fixture';
import { todayIn } from '../../../../shared/customers/dates';
import { lazyCalls, ref, type DomainSamples } from './types';

const SAMPLE_PART = 'SAMPLE-WO-FUSE';
const REQUEST_SUBJECT = '样例：派工用故障报修';
const STAGES = {
  draft: '样例派工（草稿）',
  dispatched: '样例派工（已派工）',
  onSite: '样例派工（已到场）',
  completed: '样例派工（已完工）',
} as const;
const PLAN_NOTES = '样例巡检计划';
const DUE_PLAN_NOTES = '样例到期巡检计划';

const technicianIds = new WeakMap<TestBackend, number>();

async function prepare(t: TestBackend, side: Database.Database): Promise<Record<string, number>> {
  const dispatcher = lazyCalls(t, ['seat_manager']);
  const clerk = lazyCalls(t, ['inventory_clerk']);
  const agent = lazyCalls(t, ['agent']);
  const planner = lazyCalls(t, ['supervisor']);
  // The technician the role and audit tests sign in as: the work orders' steps are his own.
  const tech = lazyCalls(t, ['technician']);
  let technicianId = technicianIds.get(t);
  if (technicianId === undefined) {
    technicianId = (await tech('auth.me', {})).id;
    technicianIds.set(t, technicianId);
  }

  const customerId = side.prepare("SELECT id FROM customers WHERE name = '上海华通科技有限公司' AND merged_into IS NULL ORDER BY id DESC LIMIT 1").pluck().get() as number;
  let part = side.prepare('SELECT p.id, s.on_hand FROM parts p JOIN part_stock s ON s.part_id = p.id WHERE p.code = ?').get(SAMPLE_PART) as
    | { id: number; on_hand: number }
    | undefined;
  part ??= { id: (await clerk('parts.create', { code: SAMPLE_PART, name: '样例保险丝', unit: '只', unitCostFen: 120 })).id, on_hand: 0 };
  if (part.on_hand < 20_000) await clerk('stock.receive', { partId: part.id, quantity: 500, note: '样例入库' });

  const openRequest = "SELECT id FROM requests WHERE subject = ? AND state NOT IN ('closed', 'cancelled') ORDER BY id DESC LIMIT 1";
  let requestId = side.prepare(openRequest).pluck().get(REQUEST_SUBJECT) as number | undefined;
  requestId ??= (
    await agent('requests.create', {
      callerPhone: '021-6288-5000',
      customerId,
      kind: 'fault',
      channel: 'hotline',
      priority: 'important',
      subject: REQUEST_SUBJECT,
      description: '一号机房录像机频繁重启。',
      fault: { nature: '硬件', category: '录像设备', location: '一号机房' },
    })
  ).id;

  const refs: Record<string, number> = { 'workOrders.requestId': requestId, 'workOrders.technicianId': technicianId, 'workOrders.partId': part.id };
  const find = (description: string) =>
    side.prepare('SELECT id, version FROM work_orders WHERE description = ? ORDER BY id DESC LIMIT 1').get(description) as { id: number; version: number } | undefined;
  for (const [stage, description] of Object.entries(STAGES) as Array<[keyof typeof STAGES, string]>) {
    if (!find(description)) {
      let order = await dispatcher('workOrders.create', { requestId, technicianIds: [technicianId], description, plannedParts: [{ partId: part.id, quantity: 2 }] });
      if (stage !== 'draft') order = await dispatcher('workOrders.dispatch', { id: order.id, version: order.version });
      if (stage === 'onSite' || stage === 'completed') order = await tech('workOrders.arrive', { id: order.id, version: order.version });
      if (stage === 'completed') {
        const conduct = { tidyDress: true, companyBadge: true, shoeCovers: true, siteCleaned: true };
        await tech('workOrders.complete', { id: order.id, version: order.version, measures: '更换保险丝', outcome: 'factory_repair', conduct });
      }
    }
    const row = find(description)!;
    refs[`workOrders.${stage}Id`] = row.id;
    refs[`workOrders.${stage}Version`] = row.version;
  }

  const findPlan = (notes: string, due: string) =>
    side.prepare('SELECT id, version FROM maintenance_plans WHERE notes = ? AND active = 1 AND next_due_date <= ? ORDER BY id DESC LIMIT 1').get(notes, due) as
      | { id: number; version: number }
      | undefined;
  if (!findPlan(PLAN_NOTES, '9999-12-31')) await planner('maintenance.createPlan', { customerId, intervalDays: 180, nextDueDate: '2027-06-01', notes: PLAN_NOTES });
  const plan = findPlan(PLAN_NOTES, '9999-12-31')!;
  const timeZone = side.prepare('SELECT time_zone FROM center_settings WHERE id = 1').pluck().get() as string;
  const today = todayIn(timeZone, t.clock.now());
  if (!findPlan(DUE_PLAN_NOTES, today)) await planner('maintenance.createPlan', { customerId, intervalDays: 30, nextDueDate: today, notes: DUE_PLAN_NOTES });
  refs['maintenance.planId'] = plan.id;
  refs['maintenance.planVersion'] = plan.version;
  return refs;
}

const versioned = (stage: string) => (c: Parameters<typeof ref>[0]) => ({ id: ref(c, `workOrders.${stage}Id`), version: ref(c, `workOrders.${stage}Version`) });

export const workOrdersSamples: DomainSamples<'workOrders'> = {
  inputs: {
    'workOrders.create': (c) => ({ requestId: ref(c, 'workOrders.requestId'), technicianIds: [ref(c, 'workOrders.technicianId')], description: `样例派工 ${c.seq}` }),
    'workOrders.update': (c) => ({ ...versioned('draft')(c), tools: '万用表、绝缘电阻表' }),
    'workOrders.dispatch': versioned('draft'),
    'workOrders.arrive': versioned('dispatched'),
    'workOrders.recordParts': (c) => ({ ...versioned('onSite')(c), lines: [{ partId: ref(c, 'workOrders.partId'), kind: 'issue', quantity: 1 }] }),
    'workOrders.complete': (c) => ({
      ...versioned('onSite')(c),
      measures: '更换密封圈，试运行正常',
      outcome: 'solved',
      conduct: { tidyDress: true, companyBadge: true, shoeCovers: true, siteCleaned: true },
    }),
    'workOrders.signOff': (c) => ({ ...versioned('completed')(c), signedName: '周立' }),
    'workOrders.cancel': (c) => ({ ...versioned('draft')(c), reason: '样例：用户已自行排除' }),
    'workOrders.get': (c) => ({ id: ref(c, 'workOrders.dispatchedId') }),
    'workOrders.forRequest': (c) => ({ requestId: ref(c, 'workOrders.requestId') }),
    'workOrders.mine': () => ({}),
    'workOrders.board': () => ({}),
  },
  prepare,
};

export const maintenanceSamples: DomainSamples<'maintenance'> = {
  inputs: {
    'maintenance.plans': () => ({}),
    'maintenance.forCustomer': (c) => ({ customerId: c.customerId }),
    'maintenance.createPlan': (c) => ({ customerId: c.customerId, intervalDays: 90, nextDueDate: '2027-01-15' }),
    'maintenance.updatePlan': (c) => ({ id: ref(c, 'maintenance.planId'), version: ref(c, 'maintenance.planVersion'), intervalDays: 60 }),
    'maintenance.setMaintainer': (c) => ({ customerId: c.customerId, maintainerId: ref<number>(c, 'workOrders.technicianId') }),
    'maintenance.createDue': () => ({}),
  },
};
