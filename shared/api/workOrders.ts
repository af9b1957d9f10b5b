// Work orders (故障处理派工单, DOMAIN.md "Work orders"): made from a fault report by a seat or information manager (or
// from a maintenance plan, kind 巡检 inspection), dispatched to one or more technicians, who record their arrival, the
// parts used and returned (领用 / 退库 movements of the store's ledger, tied to the work order), the measures taken
// with the outcome and the field-conduct checklist, and the customer's sign-off (用户签认). The life is the pure table
// of shared/work-orders/workflow.ts; arrival and completion write the request's on-site and solved times.
import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema, versionSchema } from './common';
import { ROLES, type Role } from './roles';
import { quantitySchema } from './parts';
import { signatureSchema } from './complaints';
import { WORK_ORDER_STATES, WORK_ORDER_WORKFLOW, type WorkOrderState } from '../work-orders/workflow';

export const WORK_ORDER_KINDS = ['repair', 'inspection'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];

/** The outcome of the visit: solved, the unit needs the factory, or it is to be scrapped. */
export const WORK_ORDER_OUTCOMES = ['solved', 'factory_repair', 'scrap'] as const;
export type WorkOrderOutcome = (typeof WORK_ORDER_OUTCOMES)[number];

/** The field-conduct checklist of the commitments (服务规范): 着装整洁, 佩戴工作牌, 穿戴鞋套, 清理现场. */
export const CONDUCT_ITEMS = ['tidyDress', 'companyBadge', 'shoeCovers', 'siteCleaned'] as const;
export type ConductItem = (typeof CONDUCT_ITEMS)[number];
export type ConductChecklist = Record<ConductItem, boolean>;

/** Everyone reads work orders: the agent answering the customer, the clerk issuing the parts, the supervisor. */
export const WORK_ORDER_READERS: readonly Role[] = ROLES;

export interface WorkOrderPerson {
  id: number;
  name: string;
}

/** A part to bring (应携带的备品备件), with its stock now and, for a discontinued one, its substitutes. */
export interface PlannedPart {
  partId: number;
  code: string;
  name: string;
  spec: string;
  unit: string;
  decimals: number;
  quantity: number;
  onHand: number;
  discontinued: boolean;
  substitutes: Array<{ partId: number; code: string; name: string; onHand: number }>;
}

/** A part used (领用, an issue) or returned (退库, a return) on the work order: one movement of the ledger. */
export interface WorkOrderPartMovement {
  movementId: number;
  partId: number;
  code: string;
  name: string;
  unit: string;
  kind: 'issue' | 'return';
  /** Units of the part, positive: how many were issued or returned. */
  quantity: number;
  valueFen: number;
  at: number;
  byName: string | null;
  /** Set on a movement reversed at the store; the reversal itself is not listed. */
  reversedById: number | null;
}

/** What was used on the work order in the end: issued − returned, per part (reversals left out). */
export interface WorkOrderPartUse {
  partId: number;
  code: string;
  name: string;
  unit: string;
  used: number;
  valueFen: number;
}

export interface WorkOrderSummary {
  id: number;
  number: string;
  kind: WorkOrderKind;
  state: WorkOrderState;
  requestId: number | null;
  requestNumber: string | null;
  customerId: number | null;
  customerName: string | null;
  siteName: string | null;
  equipmentId: number | null;
  /** "model · serial" of the unit, for a list row. */
  equipmentLabel: string | null;
  /** The description's first line, for a list row. */
  subject: string;
  technicians: WorkOrderPerson[];
  /** 预计到达时间: what the customer was told. */
  expectedAt: number | null;
  /** When someone must be on site: the request's on-site deadline, or an inspection's due time. */
  dueAt: number | null;
  /** The day it belongs to on the lists: expected arrival, else due, else when it was made. */
  dayAt: number;
  arrivedAt: number | null;
  completedAt: number | null;
  /** Nobody on site yet and the on-site deadline has passed. */
  late: boolean;
}

export interface WorkOrder extends WorkOrderSummary {
  planId: number | null;
  cause: string;
  nature: string;
  category: string;
  location: string;
  description: string;
  /** 应携带的仪器工具. */
  tools: string;
  plannedParts: PlannedPart[];
  /** Every issue and return on the work order, oldest first. */
  partMovements: WorkOrderPartMovement[];
  partsUsed: WorkOrderPartUse[];
  /** 具体处理措施. */
  measures: string;
  outcome: WorkOrderOutcome | null;
  conduct: ConductChecklist;
  signedName: string;
  signedAt: number | null;
  /** A drawn signature (PNG data URL) when one was drawn. */
  signature: string | null;
  cancelReason: string;
  dispatchedByName: string | null;
  dispatchedAt: number | null;
  createdByName: string | null;
  createdAt: number;
  updatedAt: number;
  version: number;
  /** Replacement notices and scrap records opened from this work order. */
  notices: Array<{ id: number; number: string; state: string }>;
  scrapRecords: Array<{ id: number; number: string; state: string }>;
}

export interface WorkOrderBoard {
  /** Late first (on-site deadline passed, nobody there), then by day. At most 200. */
  items: WorkOrderSummary[];
  /** How many open work orders are in each state, under the same filters but the state. */
  counts: Record<WorkOrderState, number>;
}

export interface MyWorkOrders {
  /** Open work orders of earlier days: late ones. */
  earlier: WorkOrderSummary[];
  today: WorkOrderSummary[];
  upcoming: WorkOrderSummary[];
  /** The last ones finished (signed off or cancelled), newest first. */
  finished: WorkOrderSummary[];
}

const text = (max: number) => z.string().trim().max(max);
const versioned = { id: idSchema, version: versionSchema };
const plannedParts = z.array(z.strictObject({ partId: idSchema, quantity: quantitySchema() })).max(50);
const technicianIds = z.array(idSchema).min(1).max(10);

/** The fields of the fault and the visit's preparation, as created or updated before anyone is on site. */
const details = {
  cause: text(500).optional(),
  nature: text(200).optional(),
  category: text(100).optional(),
  location: text(200).optional(),
  description: text(4000).optional(),
  tools: text(1000).optional(),
  plannedParts: plannedParts.optional(),
  expectedAt: timestampSchema.nullable().optional(),
};

const conductSchema = z.strictObject(Object.fromEntries(CONDUCT_ITEMS.map((item) => [item, z.boolean()])) as Record<ConductItem, z.ZodBoolean>);

export const workOrdersApi = {
  'workOrders.create': method<WorkOrder>()({
    summary:
      'Drafts a work order (number PG-YYYYMMDD-NNNN) from a fault report: its customer, site, equipment and fault (nature, category, location) carried over unless given, the technicians (one or more), the parts and tools to bring and the time the customer was told.',
    input: z.strictObject({ requestId: idSchema, technicianIds, ...details }),
    access: WORK_ORDER_WORKFLOW.roles.update,
    kind: 'write',
  }),
  'workOrders.update': method<WorkOrder>()({
    summary: 'Changes a draft or dispatched work order before anyone is on site (the technicians given replace them all). Names the version it read.',
    input: z.strictObject({ ...versioned, technicianIds: technicianIds.optional(), ...details }),
    access: WORK_ORDER_WORKFLOW.roles.update,
    kind: 'write',
  }),
  'workOrders.dispatch': method<WorkOrder>()({
    summary: 'Dispatches a draft (派工): it shows on its technicians’ lists. Names the version it read.',
    input: z.strictObject(versioned),
    access: WORK_ORDER_WORKFLOW.roles.dispatch,
    kind: 'write',
  }),
  'workOrders.arrive': method<WorkOrder>()({
    summary: 'A technician of the work order records the arrival on site (default now); the request’s on-site time follows when it has none.',
    input: z.strictObject({ ...versioned, at: timestampSchema.optional() }),
    access: WORK_ORDER_WORKFLOW.roles.arrive,
    kind: 'write',
  }),
  'workOrders.recordParts': method<WorkOrder>()({
    summary:
      'A technician of the work order records parts used (issue, 领用) or returned (return, 退库): each line a movement of the store’s ledger tied to the work order. More than is in stock, or a return of more than was issued, is refused naming the line.',
    input: z.strictObject({
      ...versioned,
      lines: z
        .array(z.strictObject({ partId: idSchema, kind: z.enum(['issue', 'return']), quantity: quantitySchema() }))
        .min(1)
        .max(50),
    }),
    access: WORK_ORDER_WORKFLOW.roles.recordParts,
    kind: 'write',
  }),
  'workOrders.complete': method<WorkOrder>()({
    summary:
      'A technician records the measures taken (具体处理措施: content and completion time, default now), the outcome and the field-conduct checklist; a solved outcome writes the request’s solved time.',
    input: z.strictObject({
      ...versioned,
      measures: z.string().trim().min(1).max(4000),
      outcome: z.enum(WORK_ORDER_OUTCOMES),
      completedAt: timestampSchema.optional(),
      conduct: conductSchema,
    }),
    access: WORK_ORDER_WORKFLOW.roles.complete,
    kind: 'write',
  }),
  'workOrders.signOff': method<WorkOrder>()({
    summary: '用户签认: the customer’s name and time (default now), and optionally a drawn signature (PNG data URL).',
    input: z.strictObject({ ...versioned, signedName: z.string().trim().min(1).max(100), signedAt: timestampSchema.optional(), signature: signatureSchema.optional() }),
    access: WORK_ORDER_WORKFLOW.roles.signOff,
    kind: 'write',
  }),
  'workOrders.cancel': method<WorkOrder>()({
    summary: 'Cancels a draft or dispatched work order, with the reason. Names the version it read.',
    input: z.strictObject({ ...versioned, reason: z.string().trim().min(1).max(500) }),
    access: WORK_ORDER_WORKFLOW.roles.cancel,
    kind: 'write',
  }),
  'workOrders.get': method<WorkOrder>()({
    summary: 'A work order with its state, fault, technicians, parts to bring, parts used and returned (its ledger movements), outcome and sign-off.',
    input: z.strictObject({ id: idSchema }),
    access: WORK_ORDER_READERS,
    kind: 'read',
  }),
  'workOrders.forRequest': method<WorkOrderSummary[]>()({
    summary: 'The work orders of a request, oldest first, for its page.',
    input: z.strictObject({ requestId: idSchema }),
    access: WORK_ORDER_READERS,
    kind: 'read',
  }),
  'workOrders.mine': method<MyWorkOrders>()({
    summary: "The signed-in technician's own work orders: open ones of earlier days (late), today's, upcoming ones, and the last finished.",
    input: z.strictObject({}),
    access: WORK_ORDER_READERS,
    kind: 'read',
  }),
  'workOrders.board': method<WorkOrderBoard>()({
    summary:
      "The dispatcher's board: open work orders by state, technician and day (the center's calendar day, YYYY-MM-DD), late ones against the on-site deadline first, and the count in each state.",
    input: z.strictObject({
      state: z.enum(WORK_ORDER_STATES).optional(),
      technicianId: idSchema.optional(),
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' }).optional(),
      kind: z.enum(WORK_ORDER_KINDS).optional(),
    }),
    access: WORK_ORDER_READERS,
    kind: 'read',
  }),
};
