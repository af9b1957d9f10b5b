// Whether the call form is open: one flag for the whole console, so the shortcut, the top bar's button and any screen
// can open it, and the frame shows it over whatever screen is on.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (open === value) return;
  open = value;
  listeners.forEach((listener) => listener());
}

export const openCallForm = (): void => set(true);
export const closeCallForm = (): void => set(false);

export function useCallFormOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}

/** F2, or Ctrl+Shift+N (⌘⇧N): the shortcut that opens the call form from anywhere. */
export function isCallShortcut(event: KeyboardEvent): boolean {
  if (event.key === 'F2' && !event.ctrlKey && !event.altKey && !event.metaKey) return true;
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n';
}
