// The desktop app as the center's host (the LAN issue): the administrator's switch in Settings starts or stops the
// same HTTPS server `npm run serve -- --lan` runs, on this app's own back end, and the choice is remembered.
import type { Backend } from '../../backend';
import type { HostingState } from '../../../shared/ipc';
import { startLanHost, tellDesksHostStops, type LanHost } from '../../web/lan-host';
import { changeDeskSettings, readDeskSettings } from './desk-settings';

export interface Hosting {
  state(): HostingState;
  /** Serves on `port` (or stops), remembers it, and answers the state; a port that cannot be used is in `problem`. */
  set(serving: boolean, port: number): Promise<HostingState>;
  /** Serves if it was serving when the app last ran. */
  resume(): Promise<HostingState>;
  /** The app quits: the desks are told the host stops (they are signed out, saying why), then the server closes. */
  stopForQuit(): Promise<void>;
  close(): Promise<void>;
}

export function hosting(options: { backend: Backend; dataDir: string; rendererDir: string | null; listenOn?: string }): Hosting {
  let host: LanHost | null = null;
  let problem: string | null = null;
  let port = readDeskSettings(options.dataDir).hosting.port;

  const state = (): HostingState => ({
    serving: host !== null,
    port: host?.port ?? port,
    origins: host?.origins ?? [],
    fingerprint: host?.certificate.fingerprint ?? null,
    allowed: host ? [...host.ranges.ranges] : [],
    problem,
  });

  const apply = async (serving: boolean, wanted: number): Promise<HostingState> => {
    if (host && (!serving || host.port !== wanted)) {
      await host.close();
      host = null;
    }
    port = wanted;
    problem = null;
    if (serving && !host) {
      try {
        host = await startLanHost({ backend: options.backend, dataDir: options.dataDir, rendererDir: options.rendererDir, port: wanted, ...(options.listenOn && { listenOn: options.listenOn }) });
      } catch (error) {
        problem = (error as Error).message;
      }
    }
    return state();
  };

  return {
    state,
    async set(serving, wanted) {
      const result = await apply(serving, wanted);
      changeDeskSettings(options.dataDir, { hosting: { serving: result.serving, port: wanted } });
      return result;
    },
    async resume() {
      const kept = readDeskSettings(options.dataDir).hosting;
      return kept.serving ? apply(true, kept.port) : state();
    },
    async stopForQuit() {
      if (host) await tellDesksHostStops(options.backend);
      await this.close();
    },
    async close() {
      await host?.close();
      host = null;
    },
  };
}
