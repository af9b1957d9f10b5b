// The renderer's one way to the back end: the preload's window.api in Electron, else POST /api/<method>.
import { api, changedBy, isMethodName, type ApiInput, type ApiOutput, type MethodName } from '../../../shared/api';
import type { ApiError, Result } from '../../../shared/api/envelope';
import type { AppEventName, DesktopApi } from '../../../shared/ipc';
import { hostReach, retryDelay } from './hostReach';

declare global {
  interface Window {
    api?: DesktopApi;
  }
}

/**
 * The preload's window.api: this window's, or, inside a print preview's iframe of our own page, its parent's (Electron
 * runs the preload in main frames only, so the iframe borrows the window's; its calls leave from the main frame).
 */
export function desktopApi(): DesktopApi | undefined {
  if (window.api) return window.api;
  try {
    return window.parent !== window ? window.parent.api : undefined;
  } catch {
    // A parent of another origin: not ours to borrow from.
    return undefined;
  }
}

async function overHttp(method: string, input: unknown, signal: AbortSignal | undefined, idempotencyKey: string | null): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(idempotencyKey && { 'Idempotency-Key': idempotencyKey }) },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
      signal,
    });
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    // Given up by its caller (a newer keystroke's search): not a network failure to show.
    if (signal?.aborted) throw error;
    return { ok: false, error: { code: 'internal', message: 'The server cannot be reached', reason: 'network' } };
  }
}

const unreached = (result: Result<unknown>) => !result.ok && result.error.reason === 'network';

/**
 * Sends the call until the host answers, over HTTP or the desktop app's IPC: a write keeps its idempotency key across
 * tries, so a write whose answer was lost is not made twice (electron/backend/lib/write-receipts.ts). Every screen says
 * the host is unreachable meanwhile. A read its screen gave up (left, or asked again) stops trying at once.
 */
async function untilAnswered(method: string, input: unknown, signal: AbortSignal | undefined): Promise<Result<unknown>> {
  const idempotencyKey = isMethodName(method) && api[method].kind === 'write' ? crypto.randomUUID() : null;
  // The desktop app on a host's archive forwards the call there (electron/main/host-link) and may find it away too.
  const desktop = desktopApi();
  const send = desktop
    ? () => desktop.invoke(method, input, idempotencyKey ? { idempotencyKey } : undefined)
    : () => overHttp(method, input, signal, idempotencyKey);
  for (let attempt = 0; ; attempt++) {
    const result = await send();
    if (!unreached(result)) {
      hostReach.answered();
      return result;
    }
    hostReach.failed();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, retryDelay(attempt));
      signal?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    });
    if (signal?.aborted) throw signal.reason ?? new DOMException('The call was given up', 'AbortError');
  }
}

export const isDesktop = () => typeof window !== 'undefined' && desktopApi() !== undefined;

type AfterWrite = (method: MethodName) => Promise<void>;
let afterWrite: AfterWrite | null = null;

/**
 * What runs after a write succeeded, before its caller sees the answer: the query layer refreshes the reads the
 * contract says the write changed (shared/api/changes.ts), so no screen keeps its own list of what to read again.
 */
export function setAfterWrite(listener: AfterWrite | null): void {
  afterWrite = listener;
}

/** What a caller may add to a call: a signal to give it up (over HTTP the request is aborted; over IPC the answer is dropped). */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Calls a method and answers with the envelope, never throwing (but for an abort its caller asked for). */
export async function invoke<M extends MethodName>(method: M, input: ApiInput<M>, options: CallOptions = {}): Promise<Result<ApiOutput<M>>> {
  const result = await untilAnswered(method, input, options.signal);
  if (result.ok && afterWrite && changedBy(method).length > 0) await afterWrite(method);
  return result as Result<ApiOutput<M>>;
}

/** The error thrown by `call`, carrying the envelope's error for the UI to translate. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

/** Calls a method and throws ApiCallError on failure: for TanStack Query and form submit handlers. */
export async function call<M extends MethodName>(method: M, input: ApiInput<M>, options: CallOptions = {}): Promise<ApiOutput<M>> {
  const result = await invoke(method, input, options);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

/** Subscribes to an app event from the Electron main process; a no-op in the browser. */
export function onAppEvent(event: AppEventName, listener: (payload: unknown) => void): () => void {
  return window.api ? window.api.on(event, listener) : () => {};
}
