// Customer suggestions (客户建议记录单), a kind of routed record (records/routed.ts): the row, the record as the screens
// show it, and the list.
import type { Db } from '../../db/connection';
import type { RequestChannel } from '../../../../shared/api/requests';
import type { Suggestion, SuggestionSummary } from '../../../../shared/api/suggestions';
import { SUGGESTION_WORKFLOW, type SuggestionAction, type SuggestionState } from '../../../../shared/suggestions/workflow';
import type { ListCursor } from '../../lib/keyset';
import { findRouted, listRouted, routedList, routedPageFields, userName } from '../../records/routed';
import type { RoutedKind, RoutedListFilter, RoutedRow } from '../../records/routed';

/** A suggestion is recorded first and has a department, and a due time, once it is forwarded. */
export interface SuggestionRow extends RoutedRow<SuggestionState> {
  channel: RequestChannel;
  content: string;
  recorded_by: number | null;
  recorded_at: number;
  forwarded_by: number | null;
  forwarded_at: number | null;
  closing_note: string;
}

export const SUGGESTIONS: RoutedKind<SuggestionState, SuggestionAction, SuggestionRow, Suggestion> = {
  entity: 'suggestion',
  domain: 'suggestions',
  noun: 'Suggestion',
  staleNoun: 'The suggestion',
  table: 'suggestions',
  workflow: SUGGESTION_WORKFLOW,
  loggedAs: { forward: 'suggestion.forwarded', answer: 'suggestion.answered', close: 'suggestion.closed' },
  // Forwarding is the hotline's business (the request's service log); the archive keeps the answer and the closing.
  archived: (action) => action !== 'forward',
  page: (db, row, now) => ({
    ...routedPageFields(db, row, SUGGESTION_WORKFLOW, now),
    channel: row.channel,
    content: row.content,
    recordedAt: row.recorded_at,
    recordedByName: userName(db, row.recorded_by),
    forwardedAt: row.forwarded_at,
    forwardedByName: userName(db, row.forwarded_by),
    closingNote: row.closing_note,
  }),
};

export function findSuggestion(db: Db, id: number, now: number): Suggestion | null {
  return findRouted(db, SUGGESTIONS, id, now);
}

const SUGGESTION_LIST = routedList<SuggestionSummary>(SUGGESTIONS, 's', { channel: 's.channel', content: 's.content', recordedAt: 's.recorded_at' });

/** One page of the list (read `limit` rows), as listQuestions reads its own. */
export function listSuggestions(db: Db, filter: RoutedListFilter<SuggestionState>, cursor: ListCursor | null, limit: number, now: number): SuggestionSummary[] {
  return listRouted(db, SUGGESTION_LIST, filter, cursor, limit, now);
}
