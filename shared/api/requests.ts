// Service requests from the hotline (来电登记 / 服务单), their service log (服务日志) and the deadline board.
import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema, versionSchema } from './common';
import type { Role } from './roles';
import { phoneInputSchema } from './customers';
import { REQUEST_ACTIONS, REQUEST_STATES, type RequestAction, type RequestState } from '../requests/lifecycle';

export const REQUEST_KINDS = ['consultation', 'fault', 'complaint', 'suggestion'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_CHANNELS = ['hotline', 'night_hotline', 'fax', 'email', 'web', 'onsite', 'letter'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const PRIORITIES = ['urgent', 'important', 'general'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** Which commitment a deadline is: respond (响应), on site (到场), solved (解决). */
export const DEADLINE_KINDS = ['respond', 'onSite', 'solve'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
/**
 * The brief's steps inside the center: the nature and responsible department decided (分析) within 1 working day of
 * the call, and a solution with its deadline (方案) within 2. Tracked and judged like the commitments, not on the board.
 */
export const MILESTONE_KINDS = ['analyse', 'plan'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MILESTONE_WORKING_DAYS: Record<MilestoneKind, number> = { analyse: 1, plan: 2 };
export type BreachClass = 'minor' | 'major';

/** Who reads requests: everyone who works on them. */
export const REQUEST_READERS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'dept_manager', 'technician', 'supervisor'];
/** Who logs calls and keeps requests up to date: the hotline and its managers. */
export const REQUEST_TAKERS: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];
/** Who watches the deadline board. */
export const BOARD_WATCHERS: readonly Role[] = ['seat_manager', 'supervisor'];

const text = (max: number) => z.string().trim().max(max);
const faultSchema = z.strictObject({
  /** When it happened (发生时间). */
  occurredAt: timestampSchema.nullable().optional(),
  /** Nature (性质). */
  nature: text(200).optional(),
  /** Category (类别). */
  category: text(100).optional(),
  /** Location (位置). */
  location: text(200).optional(),
  /** Impact (影响程度). */
  impact: text(200).optional(),
  /** What the user already did (用户已处理措施). */
  userActions: text(2000).optional(),
});

export interface FaultReport {
  occurredAt: number | null;
  nature: string;
  category: string;
  location: string;
  impact: string;
  userActions: string;
}

export interface RequestDeadlines {
  respondBy: number;
  /** Only a fault report needs someone on site. */
  onSiteBy: number | null;
  solveBy: number;
  /** The milestones (MILESTONE_WORKING_DAYS after the call); null for a consultation closed on the spot. */
  analyseBy: number | null;
  planBy: number | null;
}

export interface ServiceRequest {
  id: number;
  /** FW-20261201-0001. */
  number: string;
  receivedAt: number;
  channel: RequestChannel;
  kind: RequestKind;
  priority: Priority;
  state: RequestState;
  /** While on hold: the state it goes back to. */
  heldState: RequestState | null;
  subject: string;
  description: string;
  callerName: string;
  callerPhone: string;
  customerId: number | null;
  customerCode: string | null;
  customerName: string | null;
  equipmentId: number | null;
  /** Model and serial number of the equipment. */
  equipmentLabel: string | null;
  fault: FaultReport | null;
  /** A complex request owes the customer a progress message every day until solved. */
  complex: boolean;
  ownerId: number | null;
  ownerName: string | null;
  departmentId: number | null;
  departmentName: string | null;
  /** Decided in analysis. */
  nature: string;
  solution: string;
  plannedBy: number | null;
  deadlines: RequestDeadlines;
  firstResponseAt: number | null;
  /** When the analysis was taken up (nature and department decided) and the plan made. */
  analysedAt: number | null;
  plannedAt: number | null;
  arrivedAt: number | null;
  solvedAt: number | null;
  closedAt: number | null;
  lastProgressAt: number | null;
  /** The knowledge-base article a consultation was answered from. */
  answeredByArticleId: number | null;
  satisfied: boolean | null;
  createdById: number | null;
  createdByName: string | null;
  version: number;
  updatedAt: number;
}

export interface ServiceLogEntry {
  id: number;
  at: number;
  userName: string | null;
  /** `created`, `state.<action>`, `note`, `progress`, `updated`, `arrived`, `question.opened`… */
  kind: string;
  details: Record<string, unknown>;
}

export interface RequestPage {
  request: ServiceRequest;
  /** Oldest first: the request's whole service log. */
  log: ServiceLogEntry[];
  /**
   * Each commitment's breach class as of now (轻微违约 minor, 重大违约 major; null when met in time, not due yet, or
   * no longer owed, like the visit to a fault fixed remotely or anything of a cancelled request).
   */
  breaches: Record<DeadlineKind | MilestoneKind, BreachClass | null>;
}

/** A row of a list, a search result or the board. */
export interface RequestSummary {
  id: number;
  number: string;
  receivedAt: number;
  kind: RequestKind;
  priority: Priority;
  state: RequestState;
  subject: string;
  callerPhone: string;
  customerName: string | null;
  ownerName: string | null;
  departmentName: string | null;
  /** The next commitment still open, if any: what the deadline board watches. */
  nextDue: { kind: DeadlineKind; at: number } | null;
}

export interface BoardRow extends RequestSummary {
  nextDue: { kind: DeadlineKind; at: number };
  /** How late (clock time, ms); 0 when not late yet. */
  lateBy: number;
  /** How late in working time (ms), for working-day commitments. */
  lateByWorking: number;
  breach: BreachClass | null;
}

export interface BoardCount {
  late: number;
  dueWithinHour: number;
  dueToday: number;
}

export interface DeadlineBoard {
  at: number;
  counts: BoardCount;
  late: BoardRow[];
  dueWithinHour: BoardRow[];
  dueToday: BoardRow[];
  byPriority: ({ priority: Priority } & BoardCount)[];
  byOwner: ({ ownerId: number | null; ownerName: string | null } & BoardCount)[];
  /** Complex requests whose customer has had no progress message today. */
  progressOwed: RequestSummary[];
}

const callSchema = {
  callerPhone: phoneInputSchema,
  callerName: text(60).optional(),
  customerId: idSchema.nullable().optional(),
  equipmentId: idSchema.nullable().optional(),
  kind: z.enum(REQUEST_KINDS),
  channel: z.enum(REQUEST_CHANNELS),
  priority: z.enum(PRIORITIES),
  subject: z.string().trim().min(1).max(200),
  description: text(8000).default(''),
  fault: faultSchema.optional(),
  complex: z.boolean().optional(),
};

const LIST_LIMIT_MAX = 200;

export const requestsApi = {
  'requests.create': method<ServiceRequest>()({
    summary:
      'Logs a call as a service request (number FW-YYYYMMDD-NNNN, deadlines from the service-level policy). `receivedAt` is when the call came in (default now). A consultation answered on the spot from the knowledge base closes at once with `answeredOnSpot` and the article.',
    input: z.strictObject({
      ...callSchema,
      receivedAt: timestampSchema.optional(),
      answeredOnSpot: z.boolean().optional(),
      articleId: idSchema.optional(),
    }),
    access: REQUEST_TAKERS,
    kind: 'write',
  }),
  'requests.get': method<RequestPage>()({
    summary: "A request's page: the request with its deadlines and times, and its whole service log.",
    input: z.strictObject({ id: idSchema }),
    access: REQUEST_READERS,
    kind: 'read',
  }),
  'requests.list': method<{ items: RequestSummary[]; nextCursor: string | null }>()({
    summary:
      'Requests, newest first, paged by keyset; filtered by state (open, closed or one state), kind, priority, owner, responsible department, customer.',
    input: z.strictObject({
      state: z.union([z.enum(['open', 'finished']), z.enum(REQUEST_STATES)]).optional(),
      kind: z.enum(REQUEST_KINDS).optional(),
      priority: z.enum(PRIORITIES).optional(),
      ownerId: idSchema.optional(),
      departmentId: idSchema.optional(),
      customerId: idSchema.optional(),
      after: z.string().max(100).optional(),
      limit: z.number().int().min(1).max(LIST_LIMIT_MAX).default(50),
    }),
    access: REQUEST_READERS,
    kind: 'read',
  }),
  'requests.search': method<{ items: RequestSummary[] }>()({
    summary: 'Finds requests by number, caller phone digits, or any Chinese or English words of subject and description; best first.',
    input: z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }),
    access: REQUEST_READERS,
    kind: 'read',
  }),
  'requests.update': method<ServiceRequest>()({
    summary: 'Edits a request (priority, subject, description, fault fields, caller, customer and equipment, owner, department, complex); a new priority recomputes the deadlines.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      priority: z.enum(PRIORITIES).optional(),
      subject: z.string().trim().min(1).max(200).optional(),
      description: text(8000).optional(),
      callerName: text(60).optional(),
      callerPhone: phoneInputSchema.optional(),
      customerId: idSchema.nullable().optional(),
      equipmentId: idSchema.nullable().optional(),
      fault: faultSchema.optional(),
      complex: z.boolean().optional(),
      ownerId: idSchema.nullable().optional(),
      departmentId: idSchema.nullable().optional(),
    }),
    access: REQUEST_TAKERS,
    kind: 'write',
  }),
  'requests.transition': method<ServiceRequest>()({
    summary:
      'Moves a request along its life (analyse, plan, start, resolve, confirm, reopen, hold, resume, cancel) where the state machine of shared/requests/lifecycle.ts and the roles allow it.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      action: z.enum(REQUEST_ACTIONS),
      nature: text(200).optional(),
      departmentId: idSchema.optional(),
      ownerId: idSchema.optional(),
      solution: text(4000).optional(),
      plannedBy: timestampSchema.optional(),
      reason: text(1000).optional(),
    }),
    access: [...REQUEST_TAKERS, 'info_manager', 'dept_manager', 'technician'],
    kind: 'write',
  }),
  'requests.recordArrival': method<ServiceRequest>()({
    summary: 'Records that someone arrived on site (到场), now or at the given time.',
    input: z.strictObject({ id: idSchema, version: versionSchema, at: timestampSchema.optional() }),
    access: [...REQUEST_TAKERS, 'dept_manager', 'technician'],
    kind: 'write',
  }),
  'requests.addNote': method<ServiceLogEntry>()({
    summary: 'Adds an internal note to the service log.',
    input: z.strictObject({ id: idSchema, text: z.string().trim().min(1).max(4000) }),
    access: REQUEST_READERS,
    kind: 'write',
  }),
  'requests.addProgress': method<ServiceLogEntry>()({
    summary: "Records a progress message given to the customer (the first one is the request's response).",
    input: z.strictObject({ id: idSchema, message: z.string().trim().min(1).max(4000), channel: z.enum(REQUEST_CHANNELS).optional() }),
    access: REQUEST_TAKERS,
    kind: 'write',
  }),
  'requests.confirm': method<ServiceRequest>()({
    summary: "Records the customer's confirmation of the result: satisfied closes the request, not satisfied reopens it.",
    input: z.strictObject({ id: idSchema, version: versionSchema, satisfied: z.boolean(), comment: text(2000).optional() }),
    access: REQUEST_TAKERS,
    kind: 'write',
  }),
  'requests.board': method<DeadlineBoard>()({
    summary: 'The deadline board: what is late (and by how much), due within the hour and due today, by priority and owner; complex requests owed a progress message.',
    input: z.strictObject({ limit: z.number().int().min(1).max(500).default(200) }),
    access: BOARD_WATCHERS,
    kind: 'read',
  }),
  'requests.reminders': method<{ progressOwed: RequestSummary[] }>()({
    summary: "The signed-in user's complex requests whose customer is owed today's progress message.",
    input: z.strictObject({}),
    access: REQUEST_READERS,
    kind: 'read',
  }),
};

export type { RequestAction, RequestState };
