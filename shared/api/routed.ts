// What the contracts of routed records share (difficult questions, suggestions, complaint forms; later callbacks and
// replacement notices): where a record was taken down from (the caller, the customer, the request), the methods every
// kind has alike (taking a record down, reading one, the list with its filters and keyset page, the department's answer
// as a step), what every list row shows and what every record's page shows beyond it. Each kind's summary and record
// extend these with their own fields (docs/API.md lists the inherited ones with them).
import { z } from 'zod';
import { idSchema, timestampSchema, versionSchema } from './common';
import { phoneInputSchema } from './customers';
import type { Role } from './roles';
import { ROUTED_HOTLINE, ROUTED_READERS } from '../routed/workflow';

/** A step names the record and the version it read. */
export const versioned = { id: idSchema, version: versionSchema };

/** Who called, and the customer and request the record came from: each optional, the caller's phone blank or valid. */
const takenFromFields = {
  callerName: z.string().trim().max(60).optional(),
  callerPhone: z.union([z.literal(''), phoneInputSchema]).optional(),
  customerId: idSchema.nullable().optional(),
  requestId: idSchema.nullable().optional(),
};

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
 * The methods every kind of routed record has alike, as specs for `method<Output>()` (the output stays written at each
 * method, where docs/API.md reads it). `<kind>.create`: the hotline takes a record down with the kind's own fields
 * (`own`), where it was taken down from, and `receivedAt`, when it came in, for one written up afterwards (a fax, a
 * letter; default now, at most 30 days ago). `<kind>.get` one record and `<kind>.list` its records (`recordListInput`,
 * with the kind's own filters `extra`), both for whoever reads routed records. `<kind>.answer` the department's answer,
 * recorded as a step by the roles the kind's table gives it.
 */
export const createRecordSpec = <Own extends z.ZodRawShape>(summary: string, own: Own) => ({
  summary,
  input: z.strictObject({ ...own, ...takenFromFields, receivedAt: timestampSchema.optional() }),
  access: ROUTED_HOTLINE,
  kind: 'write' as const,
});

export const getRecordSpec = (summary: string) => ({ summary, input: z.strictObject({ id: idSchema }), access: ROUTED_READERS, kind: 'read' as const });

export function listRecordsSpec<const States extends readonly [string, ...string[]], Extra extends z.ZodRawShape = Record<never, never>>(
  summary: string,
  states: States,
  extra?: Extra,
) {
  return { summary, input: recordListInput(states, extra), access: ROUTED_READERS, kind: 'read' as const };
}

export const answerSpec = (access: readonly Role[]) => ({
  summary: "Records the department's answer. Names the version it read.",
  input: z.strictObject({ ...versioned, answer: z.string().trim().min(1).max(8000) }),
  access,
  kind: 'write' as const,
});

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
  /** The department's answer is due by then (each kind says when); null while the record has not been routed yet. */
  dueAt: number | null;
  /** The department's answer is missing and due is past. */
  overdue: boolean;
}

/**
 * What the page of every routed record shows beyond its list row (a kind's record extends its summary and this): where
 * it was taken down from, the department's answer, when and by whom it was closed, and the version a step names.
 */
export interface RoutedDetail {
  callerPhone: string;
  customerId: number | null;
  customerCode: string | null;
  requestId: number | null;
  requestNumber: string | null;
  answer: string;
  answeredAt: number | null;
  answeredByName: string | null;
  closedAt: number | null;
  closedByName: string | null;
  version: number;
  updatedAt: number;
}
