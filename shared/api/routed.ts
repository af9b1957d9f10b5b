// What the contracts of routed records share (difficult questions, suggestions, complaint forms; later callbacks and
// replacement notices): where a record was taken down from (the caller, the customer, the request), the department's
// answer as a step, the record list's filters with its keyset page, and what every list row shows. Each domain's
// records and summaries stay written out whole in its own file, as docs/API.md prints them.
import { z } from 'zod';
import { idSchema, timestampSchema, versionSchema } from './common';
import { phoneInputSchema } from './customers';

/** A step names the record and the version it read. */
export const versioned = { id: idSchema, version: versionSchema };

/** Who called, and the customer and request the record came from: each optional, the caller's phone blank or valid. */
export const takenFromFields = {
  callerName: z.string().trim().max(60).optional(),
  callerPhone: z.union([z.literal(''), phoneInputSchema]).optional(),
  customerId: idSchema.nullable().optional(),
  requestId: idSchema.nullable().optional(),
};

/** When the record came in, for one written up afterwards (a fax, a letter); default now, at most 30 days ago. */
export const receivedAtField = timestampSchema.optional();

/** The department's answer, recorded as a step. */
export const answerInput = z.strictObject({ ...versioned, answer: z.string().trim().min(1).max(8000) });

/**
 * The input of a record list: by state, department and customer (and the kind's own filters, `extra`); `overdue` only
 * the records whose routed work is late, oldest due first; a page of `limit` after the cursor `after`.
 */
export function recordListInput<const States extends readonly [string, ...string[]], Extra extends z.ZodRawShape = Record<never, never>>(
  states: States,
  extra?: Extra,
) {
  return z.strictObject({
    state: z.enum(states).optional(),
    departmentId: idSchema.optional(),
    customerId: idSchema.optional(),
    ...(extra as Extra),
    overdue: z.boolean().optional(),
    after: z.string().max(100).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  });
}

/**
 * What a list row of every routed record shows (difficult questions, suggestions; each kind's summary adds its own,
 * and narrows a type where its records always have a value: a question always has its department and due time).
 */
export interface RoutedSummary {
  id: number;
  number: string;
  state: string;
  callerName: string;
  customerName: string | null;
  departmentId: number | null;
  departmentName: string | null;
  departmentNameEn: string | null;
  dueAt: number | null;
  overdue: boolean;
}
