import type { purchasesApi } from '../../../../shared/api/purchases';
import type { HandlersOf } from '../../context';

export const purchasesHandlers = {} satisfies HandlersOf<typeof purchasesApi>;
