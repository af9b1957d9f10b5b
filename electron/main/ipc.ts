// The one IPC channel into the back end the desk works on (its own, or the center's host): checks who is asking, keeps
// each window's session token here, and pushes the host's events to the windows.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { SessionContext } from '../backend/features/auth/sessions';
import { fail, type Result } from '../../shared/api/envelope';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, isDeskMethod, type AppEventName, type DeskMethodName } from '../../shared/ipc';
import type { DeskHost } from './host-link/desk-host';
import { factsFromReply, isAppUrl, isTrustedSender, type ReplyFacts } from './trust';

export interface DeskWindow {
  readonly window: BrowserWindow;
  /** The sign-in session of this window; its token never leaves the main process. */
  readonly session: SessionContext;
  /** A hidden print window acting for a desk (it may not print in turn, and gets no app events). */
  readonly printer?: boolean;
}

export interface BackendBridge {
  attach(window: BrowserWindow): DeskWindow;
  /**
   * A hidden print window (electron/main/print.ts) acting for a desk: it calls the back end with the desk's session,
   * which it does not end when it closes.
   */
  attachPrinter(window: BrowserWindow, session: SessionContext): DeskWindow;
  /** The desk an IPC message came from, if it is the main frame of one of our windows showing our page; else null. */
  trustedDesk(event: IpcMainInvokeEvent): DeskWindow | null;
  send(event: AppEventName, payload: unknown): void;
  dispose(): void;
}

/** The desk's own methods (`desk.*`, shared/ipc.ts), answered by the main process itself, never sent to a host. */
export type DeskMethods = (session: SessionContext, method: DeskMethodName, input: unknown) => Promise<Result<unknown>>;

export function connectBackend(
  host: DeskHost,
  onReply: (desk: DeskWindow, facts: ReplyFacts) => void,
  deskMethods?: DeskMethods,
): BackendBridge {
  const desks = new Map<number, DeskWindow>();

  const trustedDesk = (event: IpcMainInvokeEvent): DeskWindow | null => {
    const desk = desks.get(event.sender.id);
    const frame = event.senderFrame;
    const main = desk && !desk.window.isDestroyed() ? desk.window.webContents.mainFrame : null;
    const trusted = isTrustedSender({
      fromOurWindow: desk !== undefined && !desk.window.isDestroyed() && desk.window.webContents === event.sender,
      isMainFrame:
        frame !== null &&
        main !== null &&
        frame.parent === null &&
        frame.processId === main.processId &&
        frame.routingId === main.routingId,
      frameUrl: frame?.url ?? null,
    });
    return trusted && desk ? desk : null;
  };

  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, method: unknown, input: unknown, idempotencyKey: unknown): Promise<Result<unknown>> => {
    const desk = trustedDesk(event);
    if (!desk) {
      console.warn(`[ipc] refused a call of ${String(method)} from ${event.senderFrame?.url ?? 'a gone frame'}`);
      return fail('forbidden', 'This page may not call the back end', { reason: 'ipc.untrustedSender' });
    }
    if (isDeskMethod(method)) {
      return deskMethods ? deskMethods(desk.session, method, input) : fail('not_found', `Unknown method: ${method}`, { reason: 'unknownMethod' });
    }
    const result = await host.invoke(desk.session, typeof method === 'string' ? method : String(method), input, {
      idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : undefined,
    });
    onReply(desk, factsFromReply(method, result));
    return result;
  });

  /** Sends an app event to every desk window showing our page (not the print windows), or to those `to` picks. */
  const send = (event: AppEventName, payload: unknown, to: (desk: DeskWindow) => boolean = () => true) => {
    for (const desk of desks.values()) {
      const { window, printer } = desk;
      if (printer || window.isDestroyed() || !isAppUrl(window.webContents.getURL()) || !to(desk)) continue;
      window.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
    }
  };
  const stopForwarding = host.onEvent((event, payload, isFor) => send(event, payload, ({ session }) => isFor(session)));

  return {
    attach(window) {
      const id = window.webContents.id;
      const desk: DeskWindow = { window, session: host.newSession() };
      desks.set(id, desk);
      window.on('closed', () => {
        host.closeSession(desk.session);
        desks.delete(id);
      });
      return desk;
    },
    attachPrinter(window, session) {
      const id = window.webContents.id;
      const desk: DeskWindow = { window, session, printer: true };
      desks.set(id, desk);
      window.on('closed', () => desks.delete(id));
      return desk;
    },
    trustedDesk,
    send,
    dispose() {
      ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
      stopForwarding();
      desks.clear();
    },
  };
}
