import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema } from './common';

/**
 * Every kind of record the back end writes to the audit log: its audit records are typed with this list, so a new kind
 * fails the type check until it is added here (and the log's filter, which offers this list, and its labels follow).
 */
export const AUDIT_ENTITIES = [
  'user',
  'department',
  'settings',
  'backup',
  'session',
  'customer',
  'site',
  'equipment',
  'product_model',
  'document',
  'import',
  'calendar_day',
  'sla_policy',
  'article',
  'question',
  'suggestion',
  'request',
  'complaint',
  'part',
  'stock_movement',
  'stocktake',
  'purchase_request',
  'work_order',
  'maintenance_plan',
  'replacement_notice',
  'scrap_record',
  'system',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditEntry {
  id: number;
  at: number;
  userId: number | null;
  username: string | null;
  method: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * What verification can find: in the chain (a row changed, inserted or removed, or forged with a recomputed hash; rows
 * cut off its end), in its head kept outside the database, and in the records (a row changed, added or removed behind
 * the console; rows removed together with their seals).
 */
export const AUDIT_PROBLEM_KINDS = [
  'chainBroken',
  'chainCut',
  'otherKey',
  'headMissing',
  'headForged',
  'resealed',
  'restoredWithoutHead',
  'recordChanged',
  'recordAdded',
  'recordRemoved',
  'recordsRemoved',
] as const;
export type AuditProblemKind = (typeof AUDIT_PROBLEM_KINDS)[number];

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The audit row concerned (chainBroken, otherKey), or the last row recorded in the head (chainCut). */
  auditId?: number;
  /** The last row the log still has (chainCut). */
  lastId?: number;
  /** The table and the row's id (its primary key) of a record problem. */
  table?: string;
  rowId?: string;
  /** When the console noticed it (headMissing, resealed, restoredWithoutHead). */
  at?: number;
}

export interface AuditVerification {
  valid: boolean;
  /** Audit rows checked. */
  checked: number;
  /** Record rows checked against their seals. */
  checkedRecords: number;
  firstBrokenId?: number;
  /** The first problems found (at most AUDIT_PROBLEMS_LISTED), and how many there were in all. */
  problems: AuditProblem[];
  problemCount: number;
}

export const AUDIT_PROBLEMS_LISTED = 50;

export const AUDIT_PAGE_SIZE_MAX = 100;

export const auditApi = {
  'audit.list': method<{ items: AuditEntry[]; nextCursor: number | null }>()({
    summary: 'The audit log, newest first, filtered by user, entity and time; pages by keyset (`before` = the last id seen).',
    input: z.strictObject({
      userId: idSchema.optional(),
      entity: z.string().min(1).max(40).optional(),
      from: timestampSchema.optional(),
      to: timestampSchema.optional(),
      before: idSchema.optional(),
      limit: z.number().int().min(1).max(AUDIT_PAGE_SIZE_MAX).optional(),
    }),
    access: ['admin', 'supervisor'],
    kind: 'read',
  }),
  'audit.verify': method<AuditVerification>()({
    summary:
      "Recomputes the audit log's keyed hash chain against its head kept outside the database, and every record against its seal; reports what was changed, added or removed behind the app, with the table and id.",
    input: z.strictObject({}),
    access: ['admin', 'supervisor'],
    kind: 'read',
  }),
};
