// After a change to the knowledge base (or to a question's link to it), every screen that shows it reads again.
import type { QueryClient } from '@tanstack/react-query';

const KNOWLEDGE_QUERIES = ['knowledge.search', 'knowledge.list', 'knowledge.get', 'knowledge.history', 'knowledge.tags', 'knowledge.usedBy', 'questions.get', 'questions.list'];

export async function refreshKnowledge(queryClient: QueryClient): Promise<void> {
  await Promise.all(KNOWLEDGE_QUERIES.map((method) => queryClient.invalidateQueries({ queryKey: [method] })));
}
