// The search box's data: what was typed, debounced, answered by customers.search while the agent keeps typing.
import { keepPreviousData } from '@tanstack/react-query';
import { useApiQuery } from '../../lib/queries';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../../lib/useDebounced';

export function useCustomerSearch(query: string, options: { limit?: number; includeInactive?: boolean } = {}) {
  const settled = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const result = useApiQuery(
    'customers.search',
    { query: settled, limit: options.limit ?? 10, ...(options.includeInactive && { includeInactive: true }) },
    { enabled: settled !== '', placeholderData: keepPreviousData, staleTime: 5_000 },
  );
  const active = query.trim() !== '';
  return {
    /** The query the shown results answer. */
    answered: settled,
    items: active && settled !== '' ? (result.data?.items ?? []) : [],
    searching: active && (settled !== query.trim() || result.isFetching),
    error: result.isError ? result.error : null,
  };
}
