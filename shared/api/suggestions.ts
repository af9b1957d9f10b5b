// Customer suggestions (客户建议记录单): recorded, forwarded to a department that answers within 5 working days (a
// setting of the working calendar), answered, closed once the customer has been told.
import { z } from 'zod';
import { method } from './define';
import { idSchema } from './common';
import { answerSpec, createRecordSpec, getRecordSpec, listRecordsSpec, versioned, type RoutedDetail, type RoutedSummary } from './routed';
import { REQUEST_CHANNELS, type RequestChannel } from './requests';
import { SUGGESTION_ACTION_ROLES, SUGGESTION_STATES, type SuggestionState } from '../suggestions/workflow';

export interface SuggestionSummary extends RoutedSummary {
  state: SuggestionState;
  channel: RequestChannel;
  content: string;
  recordedAt: number;
}

/** A suggestion: its list row, what every routed record's page shows, and who recorded and forwarded it. */
export interface Suggestion extends SuggestionSummary, RoutedDetail {
  recordedByName: string | null;
  /** Forwarded to its department (again when sent on to another): the answer is due 5 working days later, by default. */
  forwardedAt: number | null;
  forwardedByName: string | null;
  /** What the customer was told when it was closed. */
  closingNote: string;
}

export const suggestionsApi = {
  'suggestions.create': method<Suggestion>()(
    createRecordSpec(
      "Records a customer's suggestion (number JY-YYYYMMDD-NNNN) as it came in (`receivedAt`, default now); with `departmentId` it is forwarded at once. From a request (`requestId`) it is written to the request's service log.",
      { content: z.string().trim().min(1).max(4000), channel: z.enum(REQUEST_CHANNELS), departmentId: idSchema.optional() },
    ),
  ),
  'suggestions.get': method<Suggestion>()(getRecordSpec('A suggestion with its department, answer and who did what when.')),
  'suggestions.list': method<{ items: SuggestionSummary[]; nextCursor: string | null }>()(
    listRecordsSpec(
      'Suggestions, newest first, page by page (keyset); by state, department or customer; `overdue` only those whose answer is late (oldest due first).',
      SUGGESTION_STATES,
    ),
  ),
  'suggestions.forward': method<Suggestion>()({
    summary: 'Forwards a suggestion to a department (or to another one); its answer is due 5 working days later. Names the version it read.',
    input: z.strictObject({ ...versioned, departmentId: idSchema }),
    access: SUGGESTION_ACTION_ROLES.forward,
    kind: 'write',
  }),
  'suggestions.answer': method<Suggestion>()(answerSpec(SUGGESTION_ACTION_ROLES.answer)),
  'suggestions.close': method<Suggestion>()({
    summary: 'Closes an answered suggestion once the customer has been told (`note`: what they were told). Names the version it read.',
    input: z.strictObject({ ...versioned, note: z.string().trim().max(2000).optional() }),
    access: SUGGESTION_ACTION_ROLES.close,
    kind: 'write',
  }),
};
