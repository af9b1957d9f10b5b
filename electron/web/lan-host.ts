// The center's host on the network (the LAN issue): HTTPS on every network address with the host's certificate, for
// the desks in the allowed address ranges. Started by `npm run serve -- --lan` and by the desktop app's Settings switch.
import type { Server } from 'node:https';
import { hostname } from 'node:os';
import type { Backend } from '../backend';
import { hostCertificate, type HostCertificate } from './host-certificate';
import { AddressRanges, defaultAllowedRanges, networkAddresses } from './network';
import { createWebServer } from './server';

export interface LanHostOptions {
  backend: Backend;
  dataDir: string;
  rendererDir: string | null;
  port: number;
  /** The address ranges desks may call from; default: loopback and this host's own subnets. */
  allow?: readonly string[] | undefined;
  /** Where to listen; default every IPv4 address (0.0.0.0). Tests listen on 127.0.0.1 only. */
  listenOn?: string;
}

export interface LanHost {
  server: Server;
  port: number;
  /** `https://address:port` for this computer and each of its network addresses. */
  origins: string[];
  ranges: AddressRanges;
  certificate: HostCertificate;
  close(): Promise<void>;
}

/**
 * Tells every desk the host is stopping (an upgrade, a restart: sessions live in its memory and end with it), and
 * gives their change streams a moment to carry it, so each desk is at the sign-in screen saying why rather than
 * finding out at its next call.
 */
export async function tellDesksHostStops(backend: Backend, waitMs = 300): Promise<void> {
  backend.services.sessions.endAll('stopped');
  await new Promise((resolve) => setTimeout(resolve, waitMs));
}

/** Throws on an address range that does not read (naming it) and when the port cannot be listened on. */
export async function startLanHost(options: LanHostOptions): Promise<LanHost> {
  // IPv4: the host listens on 0.0.0.0, which is what a center's network is.
  const found = networkAddresses().filter((a) => a.family === 'IPv4');
  const addresses = found.map((a) => a.address);
  const ranges = new AddressRanges(options.allow ?? defaultAllowedRanges(found));
  const names = [hostname().toLowerCase()];
  const certificate = await hostCertificate(options.dataDir, { dnsNames: ['localhost', ...names], addresses: ['127.0.0.1', ...addresses] });
  const server = createWebServer({
    backend: options.backend,
    rendererDir: options.rendererDir,
    tls: certificate,
    hostNames: [...addresses, ...names],
    allowedRanges: ranges,
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.listenOn ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    port,
    origins: ['127.0.0.1', ...addresses].map((name) => `https://${name}:${port}`),
    ranges,
    certificate,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
