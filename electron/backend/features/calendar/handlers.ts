// The working calendar (工作日历) and the service-level policy (服务时限).
import type { calendarApi, slaApi } from '../../../../shared/api/calendar';
import type { HandlersOf } from '../../context';

export const calendarHandlers = {} satisfies HandlersOf<typeof calendarApi>;
export const slaHandlers = {} satisfies HandlersOf<typeof slaApi>;
