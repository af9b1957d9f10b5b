import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema } from './common';

/** The kinds of record the audit log speaks of so far; later domains add theirs. */
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

export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstBrokenId?: number;
}

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
    summary: "Recomputes the audit log's hash chain; reports the first row that was changed, removed or inserted behind the app.",
    input: z.strictObject({}),
    access: ['admin', 'supervisor'],
    kind: 'read',
  }),
};
