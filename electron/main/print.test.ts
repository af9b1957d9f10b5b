// Printing from a hidden window, with Electron replaced by stand-ins and a real back end behind the IPC bridge: who may
// ask, what the hidden window is and whose session it uses, waiting for the page's ready signal, the PDF written where
// the user chose, the printer, and the window destroyed whatever happens.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../backend';
import { TEST_COST_LOG2 } from '../backend/testing/fixture';
import { IPC_INVOKE_CHANNEL, IPC_PRINT_CHANNEL } from '../../shared/ipc';
import { localDeskHost } from './host-link/desk-host';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

interface FakeContents {
  id: number;
  mainFrame: { processId: number; routingId: number; parent: null; url: string };
  executeJavaScript: ReturnType<typeof vi.fn>;
  printToPDF: ReturnType<typeof vi.fn>;
  print: ReturnType<typeof vi.fn>;
  send: ReturnType<typeof vi.fn>;
  getURL: () => string;
  isDestroyed: () => boolean;
}

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  windows: [] as Array<{ options: Record<string, unknown>; webContents: FakeContents; destroyed: boolean; loadURL: ReturnType<typeof vi.fn> }>,
  /** What the page's ready signal reads, call after call (the last one repeats). */
  ready: ['', 'true'] as unknown[],
  /** Runs while the hidden window loads: the page calling the back end. */
  onLoad: null as null | ((contents: FakeContents) => Promise<void>),
  saveAnswer: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string },
  printAnswer: { success: true, failureReason: '' },
  nextId: 100,
}));

vi.mock('electron', async () => {
  const { vi: v } = await import('vitest');
  class BrowserWindow {
    destroyed = false;
    readonly webContents: FakeContents;
    private readonly closed: Array<() => void> = [];
    readonly loadURL = v.fn(async (url: string) => {
      this.webContents.mainFrame.url = url;
      if (electron.onLoad) await electron.onLoad(this.webContents);
    });
    constructor(readonly options: Record<string, unknown> = {}) {
      const id = (electron.nextId += 1);
      let reads = 0;
      this.webContents = {
        id,
        mainFrame: { processId: id, routingId: 1, parent: null, url: 'app://desk/' },
        executeJavaScript: v.fn(async () => electron.ready[Math.min(reads++, electron.ready.length - 1)]),
        printToPDF: v.fn(async () => Buffer.from('%PDF-1.7 the form')),
        print: v.fn((_options: unknown, done: (success: boolean, reason: string) => void) => done(electron.printAnswer.success, electron.printAnswer.failureReason)),
        send: v.fn(),
        getURL: () => this.webContents.mainFrame.url,
        isDestroyed: () => this.destroyed,
      };
      electron.windows.push(this);
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      this.closed.forEach((listener) => listener());
    }
    on(name: string, listener: () => void) {
      if (name === 'closed') this.closed.push(listener);
    }
  }
  return {
    app: { getPath: () => '/home/desk/Documents' },
    BrowserWindow,
    dialog: { showSaveDialog: v.fn(async () => electron.saveAnswer) },
    ipcMain: {
      handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
      removeHandler: (channel: string) => electron.handlers.delete(channel),
    },
  };
});

const { connectBackend } = await import('./ipc');
const { registerPrinting } = await import('./print');
const { BrowserWindow, dialog } = await import('electron');

const FORM = '/print/complaint/3?part=both&lang=zh-CN';
const PRELOAD = '/opt/aftersales/preload.cjs';
const setup = { centerName: '华东售后服务中心', username: 'admin', displayName: '王经理', password: 'correct horse 1' };

describe('printing from a hidden window', () => {
  let dataDir: string;
  let backend: Backend;
  let desk: { window: InstanceType<typeof BrowserWindow>; contents: FakeContents };
  const fromDesk = () => ({ sender: desk.contents, senderFrame: { ...desk.contents.mainFrame } });
  const print = (event: unknown, input: unknown) => electron.handlers.get(IPC_PRINT_CHANNEL)!(event, input) as Promise<{ ok: boolean; value?: { outcome: string; path: string | null }; error?: { code: string; reason?: string } }>;
  const invoke = (contents: FakeContents, method: string, input: unknown) =>
    electron.handlers.get(IPC_INVOKE_CHANNEL)!({ sender: contents, senderFrame: { ...contents.mainFrame } }, method, input) as Promise<{ ok: boolean; value?: Record<string, unknown> }>;
  let printing: { preloadPath: string; pollMs: number; readyTimeoutMs: number };
  const hiddenWindows = () => electron.windows.filter((w) => w !== (desk.window as never));

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-print-'));
    backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2 });
    electron.windows.length = 0;
    electron.ready = ['', '', 'true'];
    electron.onLoad = null;
    electron.saveAnswer = { canceled: false, filePath: join(dataDir, 'TS-1.pdf') };
    electron.printAnswer = { success: true, failureReason: '' };
    const bridge = connectBackend(localDeskHost(backend), () => {});
    const window = new BrowserWindow();
    bridge.attach(window as never);
    desk = { window, contents: window.webContents as unknown as FakeContents };
    printing = { preloadPath: PRELOAD, pollMs: 1, readyTimeoutMs: 2_000 };
    registerPrinting(bridge, printing);
    expect(await invoke(desk.contents, 'auth.setup', setup)).toMatchObject({ ok: true });
  });
  afterEach(() => {
    electron.handlers.clear();
    vi.mocked(dialog.showSaveDialog).mockClear();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('saves a PDF where the user chose, from a hardened hidden window that acts for the user and is then destroyed', async () => {
    let pageSawUser: unknown = null;
    electron.onLoad = async (contents) => {
      // The print page asks who is signed in through its own window.api: it is the desk's user.
      pageSawUser = (await invoke(contents, 'auth.me', {})).value?.displayName;
    };
    const answer = await print(fromDesk(), { route: FORM, pdf: true, fileName: 'TS-20261201-0001' });
    expect(answer).toEqual({ ok: true, value: { outcome: 'saved', path: join(dataDir, 'TS-1.pdf') } });
    expect(readFileSync(join(dataDir, 'TS-1.pdf'), 'utf8')).toBe('%PDF-1.7 the form');

    const options = vi.mocked(dialog.showSaveDialog).mock.calls[0]!.at(-1) as { title: string; defaultPath: string; filters: unknown };
    expect(options).toMatchObject({ title: '保存为 PDF', defaultPath: join('/home/desk/Documents', 'TS-20261201-0001.pdf'), filters: [{ extensions: ['pdf'] }] });

    const [hidden] = hiddenWindows();
    expect(hiddenWindows()).toHaveLength(1);
    expect(hidden!.options).toMatchObject({
      show: false,
      webPreferences: { preload: PRELOAD, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false },
    });
    expect(hidden!.loadURL).toHaveBeenCalledWith(`app://desk/#${FORM}`);
    expect(pageSawUser).toBe('王经理');
    // It printed only once the page said it was ready, on A4 with the page's own @page size.
    expect(hidden!.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(hidden!.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }));
    expect(hidden!.destroyed).toBe(true);
    // Closing the print window did not sign the user out, and it can no longer call the back end.
    expect(await invoke(desk.contents, 'auth.me', {})).toMatchObject({ ok: true, value: { displayName: '王经理' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await invoke(hidden!.webContents, 'auth.me', {})).toMatchObject({ ok: false });
    warn.mockRestore();
  });

  it('sends the page to the printer through the system dialog, and a cancelled dialog is not an error', async () => {
    expect(await print(fromDesk(), { route: FORM, pdf: false })).toEqual({ ok: true, value: { outcome: 'printed', path: null } });
    const [first] = hiddenWindows();
    expect(first!.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false, printBackground: true }), expect.any(Function));
    expect(first!.webContents.printToPDF).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();

    electron.printAnswer = { success: false, failureReason: 'cancelled' };
    expect(await print(fromDesk(), { route: FORM, pdf: false })).toEqual({ ok: true, value: { outcome: 'cancelled', path: null } });
    electron.printAnswer = { success: false, failureReason: 'failed' };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await print(fromDesk(), { route: FORM, pdf: false })).toMatchObject({ ok: false, error: { code: 'internal', reason: 'print.failed' } });
    error.mockRestore();
    expect(hiddenWindows().every((w) => w.destroyed)).toBe(true);
  });

  it('renders nothing when the user cancels the save dialog', async () => {
    electron.saveAnswer = { canceled: true };
    expect(await print(fromDesk(), { route: FORM, pdf: true })).toEqual({ ok: true, value: { outcome: 'cancelled', path: null } });
    expect(hiddenWindows()).toHaveLength(0);
  });

  it('gives up at once on a page that says it cannot print, and destroys its window', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    electron.ready = ['', 'error'];
    expect(await print(fromDesk(), { route: FORM, pdf: true })).toMatchObject({ ok: false, error: { code: 'internal', reason: 'print.error' } });
    error.mockRestore();
    expect(hiddenWindows()).toHaveLength(1);
    expect(hiddenWindows()[0]!.destroyed).toBe(true);
    expect(hiddenWindows()[0]!.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('times out on a page that never says it is ready', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    electron.ready = [''];
    printing.readyTimeoutMs = 30;
    const started = Date.now();
    expect(await print(fromDesk(), { route: FORM, pdf: false })).toMatchObject({ ok: false, error: { code: 'internal', reason: 'print.timeout' } });
    expect(Date.now() - started).toBeLessThan(2_000);
    error.mockRestore();
    expect(hiddenWindows().every((w) => w.destroyed)).toBe(true);
  });

  it('refuses other frames, the print window itself, and anything but a print route', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const iframe = { sender: desk.contents, senderFrame: { ...desk.contents.mainFrame, routingId: 9, parent: desk.contents.mainFrame } };
    expect(await print(iframe, { route: FORM, pdf: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const foreign = { sender: desk.contents, senderFrame: { ...desk.contents.mainFrame, url: 'https://example.com/' } };
    expect(await print(foreign, { route: FORM, pdf: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const input of [{ route: '/admin/users', pdf: true }, { route: 'https://example.com/print/complaint/3', pdf: false }, { route: FORM }, null]) {
      expect(await print(fromDesk(), input)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(hiddenWindows()).toHaveLength(0);

    // A print page asking to print in turn is refused.
    let nested: unknown = null;
    electron.onLoad = async (contents) => {
      nested = await print({ sender: contents, senderFrame: { ...contents.mainFrame } }, { route: FORM, pdf: false });
    };
    await print(fromDesk(), { route: FORM, pdf: false });
    warn.mockRestore();
    expect(nested).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(hiddenWindows()).toHaveLength(1);
  });

});
