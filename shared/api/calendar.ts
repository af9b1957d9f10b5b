// The working calendar (工作日历) and the service-level policy (服务时限).
// Methods are added here as they are built (see shared/api/customers.ts for the pattern).
export const calendarApi = {};
export const slaApi = {};
