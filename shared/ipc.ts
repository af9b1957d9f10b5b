// The one object the preload exposes to the page, and the channels it uses.
import type { Result } from './api/envelope';

export const IPC_INVOKE_CHANNEL = 'aftersales:invoke';
export const IPC_EVENT_CHANNEL = 'aftersales:event';

/** Events the main process may push to the page; nothing else passes through `on`. */
export const APP_EVENTS = ['integrity', 'menu:navigate', 'menu:language', 'menu:signOut'] as const;
export type AppEventName = (typeof APP_EVENTS)[number];

export interface DesktopApi {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to an app event; returns the function that unsubscribes. */
  on(event: AppEventName, listener: (payload: unknown) => void): () => void;
}
