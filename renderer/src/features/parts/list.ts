// The store's list narrowed by its filters where the back end's search does not take them.
import type { PartStatus, PartSummary } from '../../../../shared/api/parts';

/** The value of a filter left on "any". */
export const ANY_FILTER = '';

export interface ListFilters {
  bin: string;
  status: PartStatus | typeof ANY_FILTER;
  low: boolean;
}

/** Search results (at most 100, best first, order kept) narrowed by the list's filters. */
export function narrowed(items: readonly PartSummary[], filters: ListFilters): PartSummary[] {
  return items.filter(
    (part) =>
      (filters.bin === ANY_FILTER || part.bin === filters.bin) &&
      (filters.status === ANY_FILTER || part.status === filters.status) &&
      (!filters.low || part.low),
  );
}

/** Whether any filter is set (an empty list then says nothing matched, not that the store is empty). */
export const anyFilter = (filters: ListFilters, query: string): boolean =>
  query !== '' || filters.bin !== ANY_FILTER || filters.status !== ANY_FILTER || filters.low;

/** Where a purchase request starts with these parts as its lines (its page reads `?parts=`). */
export const purchaseRequestPath = (partIds: readonly number[]): string => `/purchases/new?parts=${partIds.join(',')}`;
