// The IPC bridge with Electron replaced by stand-ins: a real back end in a temporary folder behind it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../backend';
import { TEST_COST_LOG2 } from '../backend/testing/fixture';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/ipc';
import type { ReplyFacts } from './trust';
import { localDeskHost } from './host-link/desk-host';

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));
const { connectBackend } = await import('./ipc');

function fakeWindow(url = 'app://desk/') {
  const mainFrame = { processId: 7, routingId: 3, parent: null, url };
  const webContents = { id: 42, mainFrame, send: vi.fn(), getURL: () => mainFrame.url };
  const closed: Array<() => void> = [];
  const window = {
    webContents,
    isDestroyed: () => false,
    on: (name: string, listener: () => void) => name === 'closed' && closed.push(listener),
  };
  return { window, webContents, mainFrame, close: () => closed.forEach((listener) => listener()) };
}

describe('the IPC channel into backend.invoke', () => {
  let dataDir: string;
  let backend: Backend;
  const replies: ReplyFacts[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-ipc-'));
    backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2 });
    replies.length = 0;
  });
  afterEach(() => {
    handlers.clear();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const setup = { centerName: '华东售后服务中心', username: 'admin', displayName: '王经理', password: 'correct horse 1' };

  it('sets up, signs in and keeps the session token in the main process', async () => {
    const bridge = connectBackend(localDeskHost(backend), (_desk, facts) => replies.push(facts));
    const fake = fakeWindow();
    const desk = bridge.attach(fake.window as never);
    const invoke = handlers.get(IPC_INVOKE_CHANNEL)!;
    const event = { sender: fake.webContents, senderFrame: { ...fake.mainFrame } };

    const created = (await invoke(event, 'auth.setup', setup)) as { ok: boolean; value: Record<string, unknown> };
    expect(created.ok).toBe(true);
    expect(created.value.username).toBe('admin');
    expect(desk.session.token).toMatch(/.{20,}/);
    expect(JSON.stringify(created)).not.toContain(desk.session.token!);
    expect(replies.at(-1)).toEqual({ signedIn: true, language: null });

    const me = (await invoke(event, 'auth.me', {})) as { ok: boolean; value: { displayName: string } };
    expect(me).toMatchObject({ ok: true, value: { displayName: '王经理' } });

    const english = await invoke(event, 'auth.setLanguage', { language: 'en' });
    expect(english).toMatchObject({ ok: true });
    expect(replies.at(-1)).toEqual({ signedIn: true, language: 'en' });

    fake.close();
    expect(desk.session.token).toBeNull();
  });

  it('refuses calls from an iframe, another webContents, or a page that is not app://desk', async () => {
    connectBackend(localDeskHost(backend), () => {}).attach(fakeWindow().window as never);
    const fake = fakeWindow();
    const invoke = handlers.get(IPC_INVOKE_CHANNEL)!;
    const refusals = [
      { sender: fake.webContents, senderFrame: { ...fake.mainFrame, routingId: 9, parent: fake.mainFrame } },
      { sender: { ...fake.webContents, id: 99 }, senderFrame: fake.mainFrame },
      { sender: fake.webContents, senderFrame: null },
    ];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const event of refusals) {
      expect(await invoke(event, 'auth.setup', setup)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    warn.mockRestore();
    expect(await backend.invoke(backend.newSession(), 'auth.status', {})).toMatchObject({ ok: true, value: { setupRequired: true } });
  });

  it('answers malformed calls with validation, never a throw', async () => {
    const bridge = connectBackend(localDeskHost(backend), () => {});
    const fake = fakeWindow();
    bridge.attach(fake.window as never);
    const invoke = handlers.get(IPC_INVOKE_CHANNEL)!;
    const event = { sender: fake.webContents, senderFrame: fake.mainFrame };
    expect(await invoke(event, 42, null)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await invoke(event, 'auth.setup', { centerName: '' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('pushes back-end events and menu commands to the window, and only while it shows our page', () => {
    const bridge = connectBackend(localDeskHost(backend), () => {});
    const fake = fakeWindow();
    bridge.attach(fake.window as never);
    backend.events.emit('integrity', { state: 'ok', details: [], ledger: [], checkedAt: 1 });
    bridge.send('menu:navigate', '/admin/backups');
    expect(fake.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { event: 'integrity', payload: { state: 'ok', details: [], ledger: [], checkedAt: 1 } });
    expect(fake.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { event: 'menu:navigate', payload: '/admin/backups' });
    fake.mainFrame.url = 'https://example.com/';
    bridge.send('menu:signOut', null);
    expect(fake.webContents.send).toHaveBeenCalledTimes(2);
    bridge.dispose();
    expect(handlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
  });

  it('tells every window but the writer of a change, and only the ended session\'s window that it was signed out', () => {
    const bridge = connectBackend(localDeskHost(backend), () => {});
    const writer = fakeWindow();
    const other = fakeWindow();
    other.webContents.id = 43;
    const writerDesk = bridge.attach(writer.window as never);
    const otherDesk = bridge.attach(other.window as never);
    writerDesk.session.token = 'writer-token';
    otherDesk.session.token = 'other-token';
    const notice = { method: 'customers.create', byName: '王芳', at: 1 };
    backend.events.emit('changed', notice as never, writerDesk.session);
    expect(writer.webContents.send).not.toHaveBeenCalled();
    expect(other.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { event: 'changed', payload: notice });

    backend.events.emit('signedOut', { reason: 'ended' }, [backend.services.sessions.idOf(otherDesk.session)!]);
    expect(writer.webContents.send).not.toHaveBeenCalled();
    expect(other.webContents.send).toHaveBeenLastCalledWith(IPC_EVENT_CHANNEL, { event: 'signedOut', payload: { reason: 'ended' } });
    backend.events.emit('signedOut', { reason: 'restored' }, null);
    expect(writer.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { event: 'signedOut', payload: { reason: 'restored' } });
    bridge.dispose();
  });
});
