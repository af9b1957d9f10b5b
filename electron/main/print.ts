// Printing in the desktop app: a print route (shared/print/routes.ts) is loaded in a hidden window that acts for the
// asking window's user, and printed when the page says it is ready (its data, fonts and images loaded: no fixed wait,
// unlike Joplin's, see STYLE.md), to a printer (webContents.print) or to a PDF file (printToPDF and a save dialog).
// The hidden window has the main window's hardening and is always destroyed afterwards.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Language } from '../../shared/api/common';
import { fail, ok, type Result } from '../../shared/api/envelope';
import enPrint from '../../shared/i18n/locales/en/print.json';
import zhPrint from '../../shared/i18n/locales/zh-CN/print.json';
import { IPC_PRINT_CHANNEL } from '../../shared/ipc';
import { printRequestSchema, printRouteLanguage, safePdfFileName, type PrintOutcome, type PrintRequest } from '../../shared/print/routes';
import type { BackendBridge, DeskWindow } from './ipc';
import { APP_ORIGIN } from './trust';
import { secureWebPreferences } from './window';

export interface PrintingOptions {
  preloadPath: string;
  /** How long a page may take to say it is ready (data, fonts) before printing gives up. */
  readyTimeoutMs?: number;
  /** How often the page's ready signal is read. */
  pollMs?: number;
}

export const PRINT_READY_TIMEOUT_MS = 30_000;

/** Where a print is: the signal the print pages set on document.body (renderer/src/print/PrintDocument.tsx). */
const READ_READY = `document.body ? (document.body.dataset.printReady || '') : ''`;

export class PrintNotReadyError extends Error {
  constructor(readonly why: 'timeout' | 'error' | 'gone') {
    super(why === 'error' ? 'The print page could not show what it was asked for' : why === 'gone' ? 'The print window closed' : 'The print page did not get ready in time');
    this.name = 'PrintNotReadyError';
  }
}

/** Waits until the page sets `printReady = 'true'`; fails at once on 'error', and after `timeoutMs` without either. */
export async function waitForPrintReady(
  contents: { executeJavaScript(code: string): Promise<unknown>; isDestroyed(): boolean },
  timeoutMs: number,
  pollMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (contents.isDestroyed()) throw new PrintNotReadyError('gone');
    const state = await contents.executeJavaScript(READ_READY).catch(() => '');
    if (state === 'true') return;
    if (state === 'error') throw new PrintNotReadyError('error');
    if (Date.now() >= deadline) throw new PrintNotReadyError('timeout');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

const texts = (language: Language) => (language === 'en' ? enPrint : zhPrint).desktop;

async function choosePdfPath(desk: DeskWindow, request: PrintRequest, language: Language): Promise<string | null> {
  const t = texts(language);
  const options: Electron.SaveDialogOptions = {
    title: t.saveTitle,
    defaultPath: join(app.getPath('documents'), safePdfFileName(request.fileName ?? 'print')),
    filters: [{ name: t.pdfFiles, extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const answer = desk.window.isDestroyed() ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(desk.window, options);
  return answer.canceled || !answer.filePath ? null : answer.filePath;
}

function sendToPrinter(window: BrowserWindow): Promise<PrintOutcome> {
  return new Promise((resolve, reject) => {
    window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve({ outcome: 'printed', path: null });
      // The user closed the system print dialog: not an error.
      else if (/cancel/i.test(failureReason)) resolve({ outcome: 'cancelled', path: null });
      else reject(new Error(`Printing failed: ${failureReason}`));
    });
  });
}

/** Renders the route in a hidden window for the desk's user and prints it, or saves it as a PDF the user names. */
export async function printRoute(bridge: BackendBridge, desk: DeskWindow, request: PrintRequest, options: PrintingOptions): Promise<PrintOutcome> {
  const language = printRouteLanguage(request.route) ?? 'zh-CN';
  // Where to save is asked first, so nothing is rendered for a dialog the user cancels.
  const path = request.pdf ? await choosePdfPath(desk, request, language) : null;
  if (request.pdf && path === null) return { outcome: 'cancelled', path: null };

  const window = new BrowserWindow({
    show: false,
    width: 1240,
    height: 1754,
    webPreferences: { ...secureWebPreferences(options.preloadPath, false), backgroundThrottling: false },
  });
  try {
    bridge.attachPrinter(window, desk.session);
    await window.loadURL(`${APP_ORIGIN}/#${request.route}`);
    await waitForPrintReady(window.webContents, options.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS, options.pollMs);
    if (path === null) return await sendToPrinter(window);
    // The page's CSS says A4 and its orientation (@page), and carries the page numbers in its margin boxes.
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true });
    await writeFile(path, pdf);
    return { outcome: 'saved', path };
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}

/** The print channel: only the main frame of one of our own windows (not a print window) may ask, for a print route. */
export async function handlePrintRequest(
  bridge: BackendBridge,
  options: PrintingOptions,
  event: IpcMainInvokeEvent,
  input: unknown,
): Promise<Result<PrintOutcome>> {
  const desk = bridge.trustedDesk(event);
  if (!desk || desk.printer) {
    console.warn(`[print] refused a print request from ${event.senderFrame?.url ?? 'a gone frame'}`);
    return fail('forbidden', 'This page may not print', { reason: 'ipc.untrustedSender' });
  }
  const request = printRequestSchema.safeParse(input);
  if (!request.success) return fail('validation', 'Not a print route', { reason: 'print.route' });
  try {
    return ok(await printRoute(bridge, desk, request.data, options));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[print] ${request.data.route}: ${message}`);
    return fail('internal', message, { reason: error instanceof PrintNotReadyError ? `print.${error.why}` : 'print.failed' });
  }
}

export function registerPrinting(bridge: BackendBridge, options: PrintingOptions): () => void {
  ipcMain.handle(IPC_PRINT_CHANNEL, (event, input: unknown) => handlePrintRequest(bridge, options, event, input));
  return () => ipcMain.removeHandler(IPC_PRINT_CHANNEL);
}
