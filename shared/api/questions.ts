// Difficult question records (疑难问题记录表).
// Methods are added here as they are built (see shared/api/customers.ts for the pattern).
export const questionsApi = {};
