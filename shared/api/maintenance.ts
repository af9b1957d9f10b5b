// Planned maintenance and the dedicated maintainer (日常巡检 / 专职维护人员): the commitments promise each completed project
// maintenance visits and a dedicated maintainer during its warranty. A customer, or one of its sites, has a maintainer; a
// maintenance plan sets the interval of visits to a customer, a site or one unit; when a plan is due an inspection work
// order (kind 巡检) is made, dispatched to the maintainer, and is late like any deadline once its day has passed.
import { z } from 'zod';
import { method } from './define';
import { idSchema, versionSchema } from './common';
import type { Role } from './roles';
import { calendarDateSchema } from './customers';
import { DISPATCHERS } from '../work-orders/workflow';
import { WORK_ORDER_READERS, type WorkOrderSummary } from './workOrders';

/** Who plans visits and names maintainers: the dispatchers, and the supervisor. */
export const MAINTENANCE_PLANNERS: readonly Role[] = [...DISPATCHERS, 'supervisor'];

export interface MaintenancePlan {
  id: number;
  customerId: number;
  customerName: string;
  siteId: number | null;
  siteName: string | null;
  equipmentId: number | null;
  /** "model · serial" of the unit. */
  equipmentLabel: string | null;
  intervalDays: number;
  /** The center's calendar day (YYYY-MM-DD) the next visit is due. */
  nextDueDate: string;
  active: boolean;
  notes: string;
  /** The maintainer the inspection goes to: the site's, else the customer's. */
  maintainerId: number | null;
  maintainerName: string | null;
  /** The last inspection work order made from the plan. */
  lastWorkOrder: { id: number; number: string; state: string } | null;
  version: number;
}

export interface Maintainer {
  customerId: number;
  siteId: number | null;
  maintainerId: number | null;
  maintainerName: string | null;
}

/** A customer's maintenance: its dedicated maintainer, each site's, and its plans. */
export interface CustomerMaintenance {
  customerId: number;
  maintainerId: number | null;
  maintainerName: string | null;
  sites: Array<{ siteId: number; siteName: string; maintainerId: number | null; maintainerName: string | null }>;
  plans: MaintenancePlan[];
}

const interval = z.number().int().min(1).max(3660);
const notes = z.string().trim().max(1000);

export const maintenanceApi = {
  'maintenance.plans': method<MaintenancePlan[]>()({
    summary: 'The maintenance plans of a customer (all of them when no customer is given, due soonest first, at most 500).',
    input: z.strictObject({ customerId: idSchema.optional(), activeOnly: z.boolean().optional() }),
    access: WORK_ORDER_READERS,
    kind: 'read',
  }),
  'maintenance.forCustomer': method<CustomerMaintenance>()({
    summary: "A customer's dedicated maintainer (专职维护人员), each of its sites', and its maintenance plans, for the customer page.",
    input: z.strictObject({ customerId: idSchema }),
    access: WORK_ORDER_READERS,
    kind: 'read',
  }),
  'maintenance.createPlan': method<MaintenancePlan>()({
    summary: 'A plan of visits every `intervalDays` to a customer, one of its sites or one of its units, the first due on `nextDueDate`.',
    input: z.strictObject({
      customerId: idSchema,
      siteId: idSchema.optional(),
      equipmentId: idSchema.optional(),
      intervalDays: interval,
      nextDueDate: calendarDateSchema,
      notes: notes.optional(),
    }),
    access: MAINTENANCE_PLANNERS,
    kind: 'write',
  }),
  'maintenance.updatePlan': method<MaintenancePlan>()({
    summary: "Changes a plan's interval, next due date, notes, or stops it (active false). Names the version it read.",
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      intervalDays: interval.optional(),
      nextDueDate: calendarDateSchema.optional(),
      active: z.boolean().optional(),
      notes: notes.optional(),
    }),
    access: MAINTENANCE_PLANNERS,
    kind: 'write',
  }),
  'maintenance.setMaintainer': method<Maintainer>()({
    summary: "Names the dedicated maintainer (a technician) of a customer, or of one of its sites; null removes it.",
    input: z.strictObject({ customerId: idSchema, siteId: idSchema.optional(), maintainerId: idSchema.nullable() }),
    access: MAINTENANCE_PLANNERS,
    kind: 'write',
  }),
  'maintenance.createDue': method<{ created: WorkOrderSummary[] }>()({
    summary:
      'Makes the inspection work orders of every active plan due by today (one per plan, dispatched to its maintainer, else a draft) and moves each plan on by its interval. The back end also runs it when it starts and each day.',
    input: z.strictObject({}),
    access: MAINTENANCE_PLANNERS,
    kind: 'write',
  }),
};
