// PLACEHOLDER while issue 18 is built: replaced by the feature's real handlers before the issue ends.
import { maintenanceApi } from '../../../../shared/api/maintenance';
import type { HandlersOf } from '../../context';

const notBuiltYet = () => {
  throw new Error('Not built yet');
};

export const maintenanceHandlers = Object.fromEntries(Object.keys(maintenanceApi).map((name) => [name, notBuiltYet])) as unknown as HandlersOf<typeof maintenanceApi>;
