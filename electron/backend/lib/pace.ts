// Long work on the main thread (an import's checks against the archive, its rows, its index) done in slices of a few
// milliseconds, so every other call waits at most one slice: the console answers a search during an import as it does
// at rest.

/** How long one slice of long work may hold the event loop. */
export const SLICE_MS = 8;

/** The next turn of the event loop: timers and network requests that came meanwhile go first. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A pause to call between small steps of long work: it resolves at once while the current slice is under `sliceMs`,
 * else after a turn of the event loop, and a new slice begins.
 */
export function pacer(sliceMs = SLICE_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}
