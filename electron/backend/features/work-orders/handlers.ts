// PLACEHOLDER while issue 18 is built: replaced by the feature's real handlers before the issue ends.
import { workOrdersApi } from '../../../../shared/api/workOrders';
import type { HandlersOf } from '../../context';

const notBuiltYet = () => {
  throw new Error('Not built yet');
};

export const workOrdersHandlers = Object.fromEntries(Object.keys(workOrdersApi).map((name) => [name, notBuiltYet])) as unknown as HandlersOf<typeof workOrdersApi>;
