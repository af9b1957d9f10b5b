// The open-notices list's input, apart from its screen so it can be tested.
import type { ApiInput } from '../../../../shared/api';
import type { ReplacementState } from '../../../../shared/replacements/workflow';

export const OPEN = 'open';
/** What the list shows: the open notices, one state, or every notice ('' as the filter's "any"). */
export type Shown = typeof OPEN | ReplacementState | '';

/** The open notices come oldest first with their age (the back end's order); a state or all, newest first. */
export function listInput(shown: Shown, limit: number): ApiInput<'replacements.list'> {
  if (shown === OPEN) return { openOnly: true, limit };
  return { limit, ...(shown !== '' && { state: shown }) };
}
