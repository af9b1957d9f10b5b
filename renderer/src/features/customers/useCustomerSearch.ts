// The search box's data: what was typed, debounced, answered by customers.search while the agent keeps typing.
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../lib/queries';

/** Short enough that a number being typed shows its customer at once, long enough not to ask on every key. */
export const SEARCH_DEBOUNCE_MS = 150;

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

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
