// After a request changes, every screen that shows requests (and the customer's repair archive) reads again.
import type { QueryClient } from '@tanstack/react-query';

const REQUEST_QUERIES = ['requests.get', 'requests.list', 'requests.search', 'requests.board', 'requests.reminders', 'customers.timeline', 'knowledge.get', 'knowledge.usedBy'];

export async function refreshRequests(queryClient: QueryClient): Promise<void> {
  await Promise.all(REQUEST_QUERIES.map((method) => queryClient.invalidateQueries({ queryKey: [method] })));
}
