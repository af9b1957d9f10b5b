// The search box's data: customers.search asked as the agent types (searchQuery.ts), the last answer kept meanwhile.
import { useQuery } from '@tanstack/react-query';
import { customerSearchInput, customerSearchQuery, shownAnswer } from './searchQuery';

export function useCustomerSearch(query: string, options: { limit?: number; includeInactive?: boolean } = {}) {
  const input = customerSearchInput(query, options);
  const result = useQuery(customerSearchQuery(input));
  const active = input.query !== '';
  const shown = shownAnswer(input, result.data);
  return {
    /** The query the shown results answer (the previous one while the answer for what is typed now comes). */
    answered: shown?.answered ?? '',
    items: shown?.items ?? [],
    searching: active && (result.isFetching || shown?.answered !== input.query),
    error: result.isError ? result.error : null,
  };
}
