// The preload: exactly one object, window.api, with invoke, on and print. Nothing else of Electron reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../../shared/api/envelope';
import { APP_EVENTS, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_PRINT_CHANNEL, type AppEventName, type DesktopApi } from '../../shared/ipc';
import type { PrintOutcome } from '../../shared/print/routes';

const isAppEvent = (name: unknown): name is AppEventName => (APP_EVENTS as readonly unknown[]).includes(name);

const listeners = new Map<AppEventName, Set<(payload: unknown) => void>>(APP_EVENTS.map((name) => [name, new Set()]));

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, message: unknown) => {
  if (typeof message !== 'object' || message === null) return;
  const { event, payload } = message as { event?: unknown; payload?: unknown };
  if (!isAppEvent(event)) return;
  for (const listener of [...(listeners.get(event) ?? [])]) {
    try {
      listener(payload);
    } catch (error) {
      console.error(`A listener of ${event} failed`, error);
    }
  }
});

const api: DesktopApi = {
  // The page gets the envelope even when IPC itself fails (e.g. an input that cannot be cloned): never a throw.
  invoke: (method, input, options) =>
    (ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input, typeof options?.idempotencyKey === 'string' ? options.idempotencyKey : undefined) as Promise<Result<unknown>>).catch(
      (): Result<unknown> => ({
        ok: false,
        error: { code: 'internal', message: 'The request could not be sent to the application', reason: 'ipc' },
      }),
    ),
  on: (event, listener) => {
    if (!isAppEvent(event)) throw new TypeError(`Unknown app event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
    const subscription = (payload: unknown) => listener(payload);
    listeners.get(event)?.add(subscription);
    return () => {
      listeners.get(event)?.delete(subscription);
    };
  },
  // Only plain data crosses: the main process checks the route and the sender itself.
  print: (route, options) => {
    const request = { route, pdf: options?.pdf === true, ...(typeof options?.fileName === 'string' && { fileName: options.fileName }) };
    return (ipcRenderer.invoke(IPC_PRINT_CHANNEL, request) as Promise<Result<PrintOutcome>>).catch(
      (): Result<PrintOutcome> => ({
        ok: false,
        error: { code: 'internal', message: 'The print request could not be sent to the application', reason: 'ipc' },
      }),
    );
  },
};

contextBridge.exposeInMainWorld('api', api);
