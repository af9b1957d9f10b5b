// Service requests from the hotline (服务单), their service log and the deadline board.
import type { requestsApi } from '../../../../shared/api/requests';
import type { HandlersOf } from '../../context';

export const requestsHandlers = {} satisfies HandlersOf<typeof requestsApi>;
