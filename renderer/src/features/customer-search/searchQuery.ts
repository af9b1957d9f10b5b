// The customer search's query, asked on every keystroke: no wait in front of a 5 ms answer. A newer keystroke
// supersedes the older request (its signal aborts it once nothing watches its key), and what is shown meanwhile stays
// the last answer, never an empty list and never an answer older than the one on screen.
import type { QueryFunctionContext } from '@tanstack/react-query';
import type { ApiInput, ApiOutput } from '../../../../shared/api';
import { call } from '../../lib/api';

/** customers.search's answer with the query it answers, so a screen highlights and judges "no match" by what it shows. */
export type CustomerSearchAnswer = ApiOutput<'customers.search'> & { answered: string };

type SearchInput = ApiInput<'customers.search'>;
type SearchKey = readonly ['customers.search', SearchInput];

export function customerSearchInput(typed: string, options: { limit?: number; includeInactive?: boolean } = {}): SearchInput {
  return { query: typed.trim(), limit: options.limit ?? 10, ...(options.includeInactive && { includeInactive: true }) };
}

/**
 * What is shown while the answer for `query` comes: the answer on screen while the same search is being typed on or
 * corrected (one query starts the other), none for a different search (the box cleared or written over), whose old
 * results would answer something no longer asked.
 */
export function keepShownAnswer(query: string, previous: CustomerSearchAnswer | undefined): CustomerSearchAnswer | undefined {
  if (!previous || query === '') return undefined;
  const [a, b] = [previous.answered.toLowerCase(), query.toLowerCase()];
  return a.startsWith(b) || b.startsWith(a) ? previous : undefined;
}

/** The answer a screen shows for what is typed: none once the box is empty (the query is then disabled, its data a placeholder). */
export function shownAnswer(input: SearchInput, data: CustomerSearchAnswer | undefined): CustomerSearchAnswer | undefined {
  return input.query !== '' ? data : undefined;
}

/** The options of useQuery (or a QueryObserver) for what is typed now. Keyed [method, input] like useApiQuery. */
export function customerSearchQuery(input: SearchInput) {
  return {
    queryKey: ['customers.search', input] as SearchKey,
    queryFn: async ({ signal }: QueryFunctionContext<SearchKey>): Promise<CustomerSearchAnswer> => ({
      ...(await call('customers.search', input, { signal })),
      answered: input.query,
    }),
    enabled: input.query !== '',
    placeholderData: (previous: CustomerSearchAnswer | undefined) => keepShownAnswer(input.query, previous),
    // Backspace and retype answer from the cache; a write to customers refreshes by the method's name (changes.ts).
    staleTime: 5_000,
  };
}
