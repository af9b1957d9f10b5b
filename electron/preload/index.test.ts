// The preload with Electron replaced by stand-ins: what exactly reaches the page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_PRINT_CHANNEL, type DesktopApi } from '../../shared/ipc';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  rendererListeners: new Map<string, (event: unknown, message: unknown) => void>(),
  invoke: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    on: (channel: string, listener: (event: unknown, message: unknown) => void) => electron.rendererListeners.set(channel, listener),
    invoke: electron.invoke,
  },
}));
await import('./index');
const api = electron.exposed.get('api') as DesktopApi;
const push = (message: unknown) => electron.rendererListeners.get(IPC_EVENT_CHANNEL)!({ sender: 'hidden' }, message);

describe('window.api', () => {
  beforeEach(() => electron.invoke.mockReset());

  it('is the only thing exposed, with exactly invoke, on and print', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'print']);
  });

  it('sends a print request as plain data on its own channel and turns an IPC failure into an envelope', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { outcome: 'saved', path: '/tmp/TS.pdf' } });
    const route = '/print/complaint/3?part=both&lang=zh-CN';
    const extra = { pdf: true, fileName: 'TS.pdf', callback: () => 1 } as never;
    expect(await api.print(route, extra)).toEqual({ ok: true, value: { outcome: 'saved', path: '/tmp/TS.pdf' } });
    expect(electron.invoke).toHaveBeenCalledWith(IPC_PRINT_CHANNEL, { route, pdf: true, fileName: 'TS.pdf' });
    electron.invoke.mockRejectedValueOnce(new Error('gone'));
    expect(await api.print(route, { pdf: false })).toMatchObject({ ok: false, error: { code: 'internal', reason: 'ipc' } });
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_PRINT_CHANNEL, { route, pdf: false });
  });

  it('forwards invoke on the one channel and turns an IPC failure into an envelope', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { setupRequired: true } });
    expect(await api.invoke('auth.status', {})).toEqual({ ok: true, value: { setupRequired: true } });
    expect(electron.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'auth.status', {}, undefined);
    // A write's idempotency key crosses as a string, and nothing else of the options does.
    electron.invoke.mockResolvedValueOnce({ ok: true, value: {} });
    await api.invoke('customers.create', {}, { idempotencyKey: 'b6f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', extra: true } as never);
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_INVOKE_CHANNEL, 'customers.create', {}, 'b6f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
    electron.invoke.mockRejectedValueOnce(new Error('An object could not be cloned'));
    expect(await api.invoke('users.create', {})).toMatchObject({ ok: false, error: { code: 'internal', reason: 'ipc' } });
  });

  it('delivers app events to their listeners only, without the IPC event object, until unsubscribed', () => {
    const navigate = vi.fn();
    const integrity = vi.fn();
    const stop = api.on('menu:navigate', navigate);
    api.on('integrity', integrity);
    push({ event: 'menu:navigate', payload: '/admin/backups' });
    push({ event: 'not-an-app-event', payload: 1 });
    push('garbage');
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/admin/backups');
    expect(integrity).not.toHaveBeenCalled();
    stop();
    push({ event: 'menu:navigate', payload: '/' });
    expect(navigate).toHaveBeenCalledOnce();
  });

  it('refuses to subscribe to names outside APP_EVENTS', () => {
    expect(() => api.on('aftersales:invoke' as never, () => {})).toThrow(TypeError);
  });
});
