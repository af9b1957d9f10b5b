// PLACEHOLDER while issue 18 is built: replaced by the feature's real handlers before the issue ends.
import { replacementsApi } from '../../../../shared/api/replacements';
import type { HandlersOf } from '../../context';

const notBuiltYet = () => {
  throw new Error('Not built yet');
};

export const replacementsHandlers = Object.fromEntries(Object.keys(replacementsApi).map((name) => [name, notBuiltYet])) as unknown as HandlersOf<typeof replacementsApi>;
