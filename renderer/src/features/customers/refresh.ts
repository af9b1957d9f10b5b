// After a change to the archive, every screen that shows customers reads again.
import type { QueryClient } from '@tanstack/react-query';

const ARCHIVE_QUERIES = ['customers.get', 'customers.timeline', 'customers.list', 'customers.search', 'customers.regions', 'equipment.models', 'documents.list'];

export async function refreshArchive(queryClient: QueryClient): Promise<void> {
  await Promise.all(ARCHIVE_QUERIES.map((method) => queryClient.invalidateQueries({ queryKey: [method] })));
}
