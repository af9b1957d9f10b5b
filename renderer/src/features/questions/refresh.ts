// After a change to a difficult question or a suggestion, every screen that shows them reads again.
import type { QueryClient } from '@tanstack/react-query';

const RECORD_QUERIES = ['questions.get', 'questions.list', 'suggestions.get', 'suggestions.list', 'knowledge.get', 'customers.timeline', 'requests.get'];

export async function refreshRecords(queryClient: QueryClient): Promise<void> {
  await Promise.all(RECORD_QUERIES.map((method) => queryClient.invalidateQueries({ queryKey: [method] })));
}
