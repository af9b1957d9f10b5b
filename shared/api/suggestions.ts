// Customer suggestions (客户建议记录单).
// Methods are added here as they are built (see shared/api/customers.ts for the pattern).
export const suggestionsApi = {};
