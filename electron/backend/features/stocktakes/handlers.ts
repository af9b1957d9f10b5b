import type { stocktakesApi } from '../../../../shared/api/stocktakes';
import type { HandlersOf } from '../../context';

export const stocktakesHandlers = {} satisfies HandlersOf<typeof stocktakesApi>;
