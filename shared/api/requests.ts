// Service requests from the hotline (服务单), their service log and the deadline board.
// Methods are added here as they are built (see shared/api/customers.ts for the pattern).
export const requestsApi = {};
