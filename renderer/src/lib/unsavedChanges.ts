// Which forms hold changes not yet saved, so that nothing typed is lost by a click elsewhere: closing a dialog (Esc,
// Cancel, a click beside it), the browser's Back, a link, closing the window. Forms mark themselves here
// (`useApiForm` does it for every form); `components/UnsavedChangesGuard` asks the user before any of these.
import { useSyncExternalStore } from 'react';

type Answer = (discard: boolean) => void;

const dirtyForms = new Set<string>();
let question: Answer | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Puts the question to the user (one at a time: a newer one answers an older one "keep"). */
function ask(): Promise<boolean> {
  question?.(false);
  return new Promise((resolve) => {
    question = (discard) => {
      question = null;
      changed();
      resolve(discard);
    };
    changed();
  });
}

export const unsavedChanges = {
  mark(formId: string, dirty: boolean): void {
    if (dirty === dirtyForms.has(formId)) return;
    if (dirty) dirtyForms.add(formId);
    else dirtyForms.delete(formId);
    changed();
  },
  any(): boolean {
    return dirtyForms.size > 0;
  },
  /** Forgets every form's changes without asking: the session ended, the screens go. */
  forgetAll(): void {
    dirtyForms.clear();
    changed();
  },
  /** Before leaving every form (a link, Back, signing out): true when nothing is unsaved or the user chose to discard it. */
  confirmDiscard(): Promise<boolean> {
    if (dirtyForms.size === 0) return Promise.resolve(true);
    return ask().then((discard) => {
      if (discard) unsavedChanges.forgetAll();
      return discard;
    });
  },
  /** Before closing one form (a dialog): asks only when that form holds changes. */
  confirmDiscardOf(formId: string): Promise<boolean> {
    if (!dirtyForms.has(formId)) return Promise.resolve(true);
    return ask().then((discard) => {
      if (discard) unsavedChanges.mark(formId, false);
      return discard;
    });
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The open question, answered by the guard's dialog. */
  pending(): Answer | null {
    return question;
  },
};

export function usePendingDiscardQuestion(): Answer | null {
  return useSyncExternalStore(unsavedChanges.subscribe, unsavedChanges.pending);
}
