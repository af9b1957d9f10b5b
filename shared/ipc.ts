// The one object the preload exposes to the page, and the channels it uses.
import type { Result } from './api/envelope';
import type { PrintOutcome, PrintRequest } from './print/routes';

export const IPC_INVOKE_CHANNEL = 'aftersales:invoke';
export const IPC_EVENT_CHANNEL = 'aftersales:event';
/** Prints a print route (shared/print/routes.ts) from a hidden window: to a printer, or to a PDF the user saves. */
export const IPC_PRINT_CHANNEL = 'aftersales:print';

/** Events the main process may push to the page; nothing else passes through `on`. */
export const APP_EVENTS = ['integrity', 'changed', 'signedOut', 'menu:navigate', 'menu:language', 'menu:signOut'] as const;
export type AppEventName = (typeof APP_EVENTS)[number];

export interface DesktopApi {
  /** `idempotencyKey`: a write's key, the same when it is sent again (see renderer/src/lib/api.ts). */
  invoke(method: string, input: unknown, options?: { idempotencyKey?: string }): Promise<Result<unknown>>;
  /** Subscribes to an app event; returns the function that unsubscribes. */
  on(event: AppEventName, listener: (payload: unknown) => void): () => void;
  /** Prints a print route of this window's user (electron/main/print.ts); answers how it ended, never throws. */
  print(route: string, options: Omit<PrintRequest, 'route'>): Promise<Result<PrintOutcome>>;
}
