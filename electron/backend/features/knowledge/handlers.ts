// The knowledge base (知识库).
import type { knowledgeApi } from '../../../../shared/api/knowledge';
import type { HandlersOf } from '../../context';

export const knowledgeHandlers = {} satisfies HandlersOf<typeof knowledgeApi>;
