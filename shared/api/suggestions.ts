// Customer suggestions (客户建议记录单): recorded, forwarded to a department that answers within 5 working days (a
// setting of the working calendar), answered, closed once the customer has been told.
import { z } from 'zod';
import { method } from './define';
import { idSchema } from './common';
import { answerInput, receivedAtField, recordListInput, takenFromFields, versioned } from './routed';
import { REQUEST_CHANNELS, type RequestChannel } from './requests';
import { SUGGESTION_ACTION_ROLES, SUGGESTION_STATES, type SuggestionState } from '../suggestions/workflow';
import { ROUTED_HOTLINE, ROUTED_READERS } from '../routed/workflow';

export interface Suggestion {
  id: number;
  /** JY-20261201-0001. */
  number: string;
  state: SuggestionState;
  channel: RequestChannel;
  callerName: string;
  callerPhone: string;
  customerId: number | null;
  customerCode: string | null;
  customerName: string | null;
  requestId: number | null;
  requestNumber: string | null;
  content: string;
  recordedAt: number;
  recordedByName: string | null;
  departmentId: number | null;
  departmentName: string | null;
  departmentNameEn: string | null;
  forwardedAt: number | null;
  forwardedByName: string | null;
  /** The department's answer is due by then (5 working days after forwarding, by default). */
  dueAt: number | null;
  overdue: boolean;
  answer: string;
  answeredAt: number | null;
  answeredByName: string | null;
  /** What the customer was told when it was closed. */
  closingNote: string;
  closedAt: number | null;
  closedByName: string | null;
  version: number;
  updatedAt: number;
}

export interface SuggestionSummary {
  id: number;
  number: string;
  state: SuggestionState;
  channel: RequestChannel;
  content: string;
  callerName: string;
  customerName: string | null;
  departmentId: number | null;
  departmentName: string | null;
  departmentNameEn: string | null;
  recordedAt: number;
  dueAt: number | null;
  overdue: boolean;
}

const text = (max: number) => z.string().trim().max(max);

export const suggestionsApi = {
  'suggestions.create': method<Suggestion>()({
    summary:
      "Records a customer's suggestion (number JY-YYYYMMDD-NNNN) as it came in (`receivedAt`, default now); with `departmentId` it is forwarded at once. From a request (`requestId`) it is written to the request's service log.",
    input: z.strictObject({
      content: z.string().trim().min(1).max(4000),
      channel: z.enum(REQUEST_CHANNELS),
      ...takenFromFields,
      departmentId: idSchema.optional(),
      receivedAt: receivedAtField,
    }),
    access: ROUTED_HOTLINE,
    kind: 'write',
  }),
  'suggestions.get': method<Suggestion>()({
    summary: 'A suggestion with its department, answer and who did what when.',
    input: z.strictObject({ id: idSchema }),
    access: ROUTED_READERS,
    kind: 'read',
  }),
  'suggestions.list': method<{ items: SuggestionSummary[]; nextCursor: string | null }>()({
    summary:
      'Suggestions, newest first, page by page (keyset); by state, department or customer; `overdue` only those whose answer is late (oldest due first).',
    input: recordListInput(SUGGESTION_STATES),
    access: ROUTED_READERS,
    kind: 'read',
  }),
  'suggestions.forward': method<Suggestion>()({
    summary: 'Forwards a suggestion to a department (or to another one); its answer is due 5 working days later. Names the version it read.',
    input: z.strictObject({ ...versioned, departmentId: idSchema }),
    access: SUGGESTION_ACTION_ROLES.forward,
    kind: 'write',
  }),
  'suggestions.answer': method<Suggestion>()({
    summary: "Records the department's answer. Names the version it read.",
    input: answerInput,
    access: SUGGESTION_ACTION_ROLES.answer,
    kind: 'write',
  }),
  'suggestions.close': method<Suggestion>()({
    summary: 'Closes an answered suggestion once the customer has been told (`note`: what they were told). Names the version it read.',
    input: z.strictObject({ ...versioned, note: text(2000).optional() }),
    access: SUGGESTION_ACTION_ROLES.close,
    kind: 'write',
  }),
};
