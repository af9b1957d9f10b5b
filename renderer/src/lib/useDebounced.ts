// A value that settles: what was typed, once the typing pauses.
import { useEffect, useState } from 'react';

/** Short enough that a number being typed shows its customer at once, long enough not to ask on every key. */
export const SEARCH_DEBOUNCE_MS = 150;

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
