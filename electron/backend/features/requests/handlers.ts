// Service requests from the hotline (服务单), their service log and the deadline board.
import type { requestsApi } from '../../../../shared/api/requests';
import type { HandlersOf } from '../../context';
import { boardHandlers } from './board';
import { callHandlers } from './calls';
import { workHandlers } from './work';

export const requestsHandlers = { ...callHandlers, ...workHandlers, ...boardHandlers } satisfies HandlersOf<typeof requestsApi>;
