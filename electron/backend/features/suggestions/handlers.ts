// Customer suggestions (客户建议记录单).
import type { suggestionsApi } from '../../../../shared/api/suggestions';
import type { HandlersOf } from '../../context';

export const suggestionsHandlers = {} satisfies HandlersOf<typeof suggestionsApi>;
