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

/**
 * The desktop app's own methods, on the same channel as the back end's but answered by its main process, never sent
 * to a host: which archive this desk works on (its own, or the center's host, the LAN issue) and whether it serves
 * as the center's host itself. The browser has none of them.
 */
export interface DeskMethods {
  'desk.connection': { input: Record<string, never>; output: DeskConnection };
  /** Connects to a host without trusting it yet: the certificate's fingerprint, for the user to compare. */
  'desk.probeHost': { input: { address: string }; output: HostProbeView };
  /** Pins the host whose fingerprint the user confirmed and restarts the app on it. */
  'desk.connectToHost': { input: { address: string; fingerprint: string }; output: { origin: string } };
  /** Forgets the host and restarts the app on this computer's own archive. */
  'desk.workLocally': { input: Record<string, never>; output: { restarting: true } };
  /** Serves this desk's archive to the center's desks, or stops (an administrator, on the app's own archive). */
  'desk.setHosting': { input: { serving: boolean; port?: number }; output: HostingState };
}
export type DeskMethodName = keyof DeskMethods;
export const DESK_METHODS: readonly DeskMethodName[] = ['desk.connection', 'desk.probeHost', 'desk.connectToHost', 'desk.workLocally', 'desk.setHosting'];
export const isDeskMethod = (method: unknown): method is DeskMethodName => DESK_METHODS.includes(method as DeskMethodName);

export interface HostProbeView {
  origin: string;
  fingerprint: string;
  /** When the certificate expires, as the certificate says it (`Jan  1 00:00:00 2029 GMT`). */
  validTo: string;
}

/** This desk serving as the center's host. */
export interface HostingState {
  serving: boolean;
  port: number;
  /** The addresses desks open (https://…), one per network address. */
  origins: string[];
  fingerprint: string | null;
  /** The address ranges desks may call from. */
  allowed: string[];
  /** Why serving failed (the port taken, say), as the system said it. */
  problem: string | null;
}

export interface DeskConnection {
  /** `local`: this computer's archive; `host`: the center's host at `host.origin`. */
  mode: 'local' | 'host';
  host: { origin: string; fingerprint: string } | null;
  /** On the app's own archive: whether it serves the center (null on a desk of another host). */
  hosting: HostingState | null;
}
