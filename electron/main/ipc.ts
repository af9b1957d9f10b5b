// The one IPC channel into backend.invoke: checks who is asking, keeps each window's session token here, and pushes
// back-end events to the windows.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../backend';
import type { SessionContext } from '../backend/features/auth/sessions';
import { fail, type Result } from '../../shared/api/envelope';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type AppEventName } from '../../shared/ipc';
import { CHANGE_EVENT, SIGNED_OUT_EVENT, type ChangeNotice, type SignedOutNotice } from '../../shared/live';
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

export function connectBackend(
  backend: Backend,
  onReply: (desk: DeskWindow, facts: ReplyFacts) => void,
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
    const result = await backend.invoke(desk.session, typeof method === 'string' ? method : String(method), input, {
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
  const forwardIntegrity = (report: unknown) => send('integrity', report);
  backend.events.on('integrity', forwardIntegrity);
  // Another window's write (shared/live.ts): every desk but the writer's reads again what it changed.
  const forwardChange = (notice: ChangeNotice, writer: SessionContext) => send(CHANGE_EVENT, notice, ({ session }) => session !== writer);
  backend.events.on('changed', forwardChange);
  // A session the host ended (a restore ends them all): its window is told at once.
  const forwardSignedOut = (notice: SignedOutNotice, ids: readonly string[] | null) =>
    send(SIGNED_OUT_EVENT, notice, ({ session }) => backend.services.sessions.isAmong(session, ids));
  backend.events.on('signedOut', forwardSignedOut);

  return {
    attach(window) {
      const id = window.webContents.id;
      const desk: DeskWindow = { window, session: backend.newSession() };
      desks.set(id, desk);
      window.on('closed', () => {
        backend.services.sessions.close(desk.session);
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
      backend.events.off('integrity', forwardIntegrity);
      backend.events.off('changed', forwardChange);
      backend.events.off('signedOut', forwardSignedOut);
      desks.clear();
    },
  };
}
