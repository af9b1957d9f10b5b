// The knowledge base (知识库).
// Methods are added here as they are built (see shared/api/customers.ts for the pattern).
export const knowledgeApi = {};
