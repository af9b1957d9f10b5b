// Complaint forms in two parts (客户投诉联系书，一式两联): part 1 (第一联，存根) stays with the center, part 2 (第二联，
// 转办联) travels to the unit the complaint is transferred to. Every step of the route (shared/complaints/route.ts) is a
// method here, taken by the role of the brief; the register (用户投诉及处理记录) is what supervisors print.
import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema } from './common';
import { calendarDateSchema, phoneInputSchema } from './customers';
import { recordListInput, versioned } from './routed';
import type { BreachClass } from '../calendar/breach';
import type { RequestState } from '../requests/lifecycle';
import {
  COMPLAINT_FILLERS,
  COMPLAINT_PRINTERS,
  COMPLAINT_READERS,
  COMPLAINT_ROUTES,
  COMPLAINT_STATES,
  COMPLAINT_WATCHERS,
  STEP_ROLES,
  type ComplaintRoute,
  type ComplaintState,
  type ComplaintStep,
} from '../complaints/route';

/** A unit a form is routed to: one of the center's departments or the higher-level office (上级单位). */
export interface ComplaintUnit {
  id: number;
  name: string;
  nameEn: string;
  kind: 'department' | 'higher_level';
}

/** 第一联（存根）: what stays with the center. */
export interface ComplaintPart1 {
  complainant: string;
  contactPhone: string;
  content: string;
  receivedAt: number;
  filledByName: string | null;
  reviewedAt: number | null;
  reviewedByName: string | null;
  route: ComplaintRoute | null;
  /** The own department that handles it, or the unit it is transferred to (转办单位). */
  unit: ComplaintUnit | null;
  routedAt: number | null;
  routedByName: string | null;
  /** 审核签字: who signed and when, and a drawn signature (a PNG data URL) when one was drawn. */
  signedAt: number | null;
  signedByName: string | null;
  signature: string | null;
  /** 处理结果: the reply written inside the center, or the result written from the unit's opinion. */
  result: string;
  resultAt: number | null;
  resultByName: string | null;
  replyAgentId: number | null;
  replyAgentName: string | null;
  assignedAt: number | null;
  /** What the customer was told, by whom and when. */
  reply: string;
  repliedAt: number | null;
  repliedByName: string | null;
  filedAt: number | null;
  filedByName: string | null;
}

/** 第二联（转办联）: what travels to the transfer unit; empty (all null) for a form handled inside the center. */
export interface ComplaintPart2 {
  transferUnit: ComplaintUnit | null;
  sentAt: number | null;
  sentByName: string | null;
  dueAt: number | null;
  /** 书面处理意见: the unit's written opinion, who gave it there, when part 2 came back, who recorded it here. */
  opinion: string;
  opinionBy: string;
  cameBackAt: number | null;
  recordedByName: string | null;
}

/** The deadline of the routed work: the reply inside the center, or the unit's opinion; met or how late. */
export interface ComplaintDeadline {
  dueAt: number;
  doneAt: number | null;
  /** Late now (open) or late when done. */
  late: boolean;
  breach: BreachClass;
}

export interface ComplaintStepRecord {
  id: number;
  step: ComplaintStep | 'fill';
  at: number;
  userName: string | null;
  fromState: ComplaintState | null;
  toState: ComplaintState;
  details: Record<string, unknown>;
}

export interface Complaint {
  id: number;
  /** TS-20261201-0001. */
  number: string;
  state: ComplaintState;
  customerId: number;
  customerCode: string;
  customerName: string;
  requestId: number | null;
  requestNumber: string | null;
  /** The state of the request it was filled from: its steps move it (shared/complaints/request-progress.ts). */
  requestState: RequestState | null;
  part1: ComplaintPart1;
  part2: ComplaintPart2;
  /** Once routed: when the part that is out is due (the reply inside the center, or part 2). */
  dueAt: number | null;
  deadline: ComplaintDeadline | null;
  /** The last sending back for correction, while the form has not moved past it. */
  returned: { reason: string; at: number; byName: string | null } | null;
  steps: ComplaintStepRecord[];
  version: number;
  updatedAt: number;
}

export interface ComplaintSummary {
  id: number;
  number: string;
  state: ComplaintState;
  customerId: number;
  customerName: string;
  complainant: string;
  content: string;
  receivedAt: number;
  route: ComplaintRoute | null;
  unit: ComplaintUnit | null;
  dueAt: number | null;
  overdue: boolean;
  replyAgentId: number | null;
}

/** A form whose routed work is due today or late: on the deadline board with the unit that holds it. */
export interface ComplaintDue extends ComplaintSummary {
  /** Part 2 is out with the unit (sent and not back yet). */
  part2Out: boolean;
  lateBy: number;
  lateByWorking: number;
  breach: BreachClass;
}

/** One row of the register (用户投诉及处理记录). */
export interface ComplaintRegisterRow {
  id: number;
  number: string;
  state: ComplaintState;
  receivedAt: number;
  customerName: string;
  complainant: string;
  contactPhone: string;
  content: string;
  route: ComplaintRoute | null;
  unit: ComplaintUnit | null;
  routedAt: number | null;
  sentAt: number | null;
  dueAt: number | null;
  handledAt: number | null;
  /** met, late (with its breach class), open (not due yet), or null when never routed. */
  deadlineMet: 'met' | 'late' | 'open' | null;
  breach: BreachClass;
  result: string;
  repliedAt: number | null;
  filedAt: number | null;
}

export interface ComplaintRegister {
  from: string;
  to: string;
  centerName: string;
  rows: ComplaintRegisterRow[];
  totals: {
    count: number;
    internal: number;
    transferDepartment: number;
    transferHigherLevel: number;
    notRouted: number;
    met: number;
    late: number;
    open: number;
    filed: number;
  };
  /** More rows matched than `limit`: the register shows the first ones only. */
  truncated: boolean;
}

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
/** A drawn signature: a PNG data URL of at most ~150 KB. */
export const signatureSchema = z
  .string()
  .max(200_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, { message: 'validation.signature' });

const step = <S extends ComplaintStep>(s: S) => STEP_ROLES[s];

export const complaintsApi = {
  'complaints.create': method<Complaint>()({
    summary:
      'Fills a complaint form (number TS-YYYYMMDD-NNNN) for a complaint not settled on the spot; linked to the customer and, from a call, to its request (written to its service log). It waits for the seat manager\'s review.',
    input: z.strictObject({
      customerId: idSchema,
      complainant: required(60),
      contactPhone: phoneInputSchema,
      content: required(4000),
      requestId: idSchema.nullable().optional(),
      /** When the complaint came in (default now), at most 30 days ago. */
      receivedAt: timestampSchema.optional(),
    }),
    access: COMPLAINT_FILLERS,
    kind: 'write',
  }),
  'complaints.get': method<Complaint>()({
    summary: 'A complaint form: its state, part 1 and part 2, the deadline of the part that is out, and every step taken.',
    input: z.strictObject({ id: idSchema }),
    access: COMPLAINT_READERS,
    kind: 'read',
  }),
  'complaints.list': method<{ items: ComplaintSummary[]; nextCursor: string | null }>()({
    summary:
      'Complaint forms, newest first, page by page (keyset); by state, unit, customer or request; `mine` those assigned to the signed-in agent to reply; `overdue` only those whose routed work is late (oldest due first).',
    input: recordListInput(COMPLAINT_STATES, { requestId: idSchema.optional(), mine: z.boolean().optional() }),
    access: COMPLAINT_READERS,
    kind: 'read',
  }),
  'complaints.due': method<{ at: number; late: ComplaintDue[]; dueToday: ComplaintDue[] }>()({
    summary: 'For the deadline board: routed forms whose work is late, or due today (or within the hour), with the unit that holds part 2.',
    input: z.strictObject({ limit: z.number().int().min(1).max(500).default(200) }),
    access: COMPLAINT_WATCHERS,
    kind: 'read',
  }),
  'complaints.review': method<Complaint>()({
    summary: "The seat manager's review: the form goes on to the information manager. Names the version it read.",
    input: z.strictObject({ ...versioned, note: text(500).optional() }),
    access: step('review'),
    kind: 'write',
  }),
  'complaints.resubmit': method<Complaint>()({
    summary: 'The agent corrects a form sent back (any of complainant, contact phone, content) and hands it in again for review.',
    input: z.strictObject({
      ...versioned,
      complainant: required(60).optional(),
      contactPhone: phoneInputSchema.optional(),
      content: required(4000).optional(),
    }),
    access: step('resubmit'),
    kind: 'write',
  }),
  'complaints.route': method<Complaint>()({
    summary:
      "The information manager routes a reviewed form: `internal` (one of the center's own departments, optional; reply due in 1 working day), `transfer_department` (another department, 3 working days) or `transfer_higher_level` (the higher-level office, 5).",
    input: z.strictObject({ ...versioned, route: z.enum(COMPLAINT_ROUTES), departmentId: idSchema.optional() }),
    access: step('route'),
    kind: 'write',
  }),
  'complaints.recordResult': method<Complaint>()({
    summary:
      'The information manager writes the handling result (处理结果) on part 1: the reply inside the center (before the manager signs), or the result from the unit\'s opinion (then it is ready for the reply to the customer).',
    input: z.strictObject({ ...versioned, result: required(4000) }),
    access: step('recordResult'),
    kind: 'write',
  }),
  'complaints.sign': method<Complaint>()({
    summary: "The department manager's 审核签字: who and when, and optionally a drawn signature (PNG data URL).",
    input: z.strictObject({ ...versioned, signature: signatureSchema.optional() }),
    access: step('sign'),
    kind: 'write',
  }),
  'complaints.send': method<Complaint>()({
    summary: 'Part 2 goes out to the transfer unit (part 1 stays as the stub); the unit\'s opinion is due by the form\'s deadline.',
    input: z.strictObject(versioned),
    access: step('send'),
    kind: 'write',
  }),
  'complaints.recordOpinion': method<Complaint>()({
    summary: "Part 2 came back: the unit's written opinion (书面处理意见), who gave it, and when it came back (default now).",
    input: z.strictObject({ ...versioned, opinion: required(4000), opinionBy: required(60), cameBackAt: timestampSchema.optional() }),
    access: step('recordOpinion'),
    kind: 'write',
  }),
  'complaints.assignReply': method<Complaint>()({
    summary: 'The seat manager has an agent reply to the customer.',
    input: z.strictObject({ ...versioned, agentId: idSchema }),
    access: step('assignReply'),
    kind: 'write',
  }),
  'complaints.recordReply': method<Complaint>()({
    summary: 'The assigned agent records what the customer was told and when (default now).',
    input: z.strictObject({ ...versioned, reply: required(4000), repliedAt: timestampSchema.optional() }),
    access: step('recordReply'),
    kind: 'write',
  }),
  'complaints.file': method<Complaint>()({
    summary: 'The information manager files (归档) a form whose customer has the reply.',
    input: z.strictObject(versioned),
    access: step('file'),
    kind: 'write',
  }),
  'complaints.closeRequest': method<Complaint>()({
    summary:
      'After filing: closes (已关闭) the service request the form was filled from, recording its solved time if none was; the line goes to its service log. Only for a filed form whose request is still open.',
    input: z.strictObject({ id: idSchema }),
    access: step('file'),
    kind: 'write',
  }),
  'complaints.returnForCorrection': method<Complaint>()({
    summary:
      'Sends a form back for correction, with a reason, at a review: the seat manager to the agent, the information manager before routing, the department manager before signing.',
    input: z.strictObject({ ...versioned, reason: required(1000) }),
    access: step('returnForCorrection'),
    kind: 'write',
  }),
  'complaints.register': method<ComplaintRegister>()({
    summary:
      'The complaint register (用户投诉及处理记录) for the forms received between two dates (inclusive, center time), by unit and state: dates, routing, result, whether the deadline was met, totals.',
    input: z.strictObject({
      from: calendarDateSchema,
      to: calendarDateSchema,
      departmentId: idSchema.optional(),
      state: z.enum(COMPLAINT_STATES).optional(),
      limit: z.number().int().min(1).max(20_000).default(10_000),
    }),
    access: COMPLAINT_PRINTERS,
    kind: 'read',
  }),
};
