// Whether the host answers (the LAN issue): a call that cannot reach it is sent again, the same call with the same
// idempotency key, until the host is back; meanwhile every screen says so (HostUnreachableBanner), and a form keeps
// what was typed since its save has not answered yet.
import { useSyncExternalStore } from 'react';

let unreachable = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (unreachable === value) return;
  unreachable = value;
  for (const listener of [...listeners]) listener();
}

export const hostReach = {
  failed: () => set(true),
  answered: () => set(false),
};

/** True while the host cannot be reached. */
export function useHostUnreachable(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unreachable,
  );
}

/** The wait before the n-th try again (from 0): half a second, doubling, at most five seconds. */
export const retryDelay = (attempt: number) => Math.min(5000, 500 * 2 ** attempt);
