// PLACEHOLDER while issue 18 is built: replaced by the feature's real handlers before the issue ends.
import { scrapApi } from '../../../../shared/api/scrap';
import type { HandlersOf } from '../../context';

const notBuiltYet = () => {
  throw new Error('Not built yet');
};

export const scrapHandlers = Object.fromEntries(Object.keys(scrapApi).map((name) => [name, notBuiltYet])) as unknown as HandlersOf<typeof scrapApi>;
