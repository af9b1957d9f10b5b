// `npm run serve`: the console in the browser, on 127.0.0.1; with `--lan`, the center's host: HTTPS on every network
// address, for the desks of the center (the LAN issue).
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend';
import { defaultDataDir } from '../backend/data-dir';
import { DEMO_PASSWORD, seedDemoData } from '../backend/demo/seed';
import { NewerDatabaseError } from '../backend/db/migrate';
import { AuditKeyUnavailableError } from '../backend/features/audit/key';
import { PRODUCTION_COST_LOG2 } from '../backend/lib/passwords';
import { startLanHost, tellDesksHostStops, type LanHost } from './lan-host';
import { createWebServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4780' },
    'data-dir': { type: 'string' },
    demo: { type: 'boolean', default: false },
    lan: { type: 'boolean', default: false },
    // With --lan: the address ranges desks may call from, comma-separated (default: loopback and this host's subnets).
    allow: { type: 'string' },
    'renderer-dir': { type: 'string' },
    // With --lan: listen on this address only instead of every IPv4 address (the load and restart tests: 127.0.0.1).
    'listen-on': { type: 'string' },
    // For the load bench: print the process's memory (`Memory rss=… heapUsed=… heapTotal=… external=…`, bytes) every
    // so many milliseconds, so that the host's own memory is measured from outside it.
    'memory-every': { type: 'string' },
    // For end-to-end tests only: a cheaper scrypt work factor (log2 of N) for the passwords this server hashes and
    // checks, so that the suite's hundreds of sign-ins do not spend minutes in key derivation.
    'password-cost': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not ${values.port}`);
  process.exit(2);
}
const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
const rendererDir = resolve(values['renderer-dir'] ?? 'dist/renderer');

const passwordCostLog2 = values['password-cost'] === undefined ? undefined : Number(values['password-cost']);
if (passwordCostLog2 !== undefined) {
  if (!Number.isInteger(passwordCostLog2) || passwordCostLog2 < 10 || passwordCostLog2 > PRODUCTION_COST_LOG2) {
    console.error(`--password-cost must be a whole number from 10 to ${PRODUCTION_COST_LOG2}, not ${values['password-cost']}`);
    process.exit(2);
  }
  if (passwordCostLog2 < PRODUCTION_COST_LOG2) {
    console.warn(`Passwords are hashed with scrypt N=2^${passwordCostLog2} (the console uses 2^${PRODUCTION_COST_LOG2}): for tests only.`);
  }
}

const memoryEveryMs = values['memory-every'] === undefined ? undefined : Number(values['memory-every']);
if (memoryEveryMs !== undefined && (!Number.isInteger(memoryEveryMs) || memoryEveryMs < 100)) {
  console.error(`--memory-every must be a whole number of milliseconds, at least 100, not ${values['memory-every']}`);
  process.exit(2);
}

let backend;
try {
  backend = createBackend({ dataDir, ...(passwordCostLog2 !== undefined && { passwordCostLog2 }) });
} catch (error) {
  console.error(error instanceof NewerDatabaseError || error instanceof AuditKeyUnavailableError ? error.message : error);
  process.exit(1);
}

if (values.demo) {
  const demo = await seedDemoData(backend);
  if (demo.seeded) console.log(`Demo data added. Users: ${demo.usernames.join(', ')}; password: ${DEMO_PASSWORD}`);
  else console.log('The data folder already has users; demo data was not added.');
}

let lan: LanHost | null = null;
let local: Server | null = null;
if (values.lan) {
  try {
    lan = await startLanHost({
      backend,
      dataDir,
      rendererDir,
      port,
      allow: values.allow?.split(',').filter((range) => range.trim() !== ''),
      ...(values['listen-on'] !== undefined && { listenOn: values['listen-on'] }),
    });
  } catch (error) {
    console.error(`Cannot serve on the network: ${(error as Error).message}`);
    process.exit(2);
  }
  console.log(`Data folder: ${dataDir}`);
  for (const origin of lan.origins) console.log(`Aftersales Desk is serving on ${origin}`);
  console.log(`SHA-256 fingerprint ${lan.certificate.fingerprint}`);
  console.log(`Desks may connect from: ${lan.ranges.ranges.join(', ')}`);
} else {
  const server = createWebServer({ backend, rendererDir });
  local = server;
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(`Data folder: ${dataDir}`);
    console.log(`Aftersales Desk is serving on http://127.0.0.1:${actualPort}`);
  });
}

if (memoryEveryMs !== undefined) {
  const report = () => {
    const memory = process.memoryUsage();
    console.log(`Memory rss=${memory.rss} heapUsed=${memory.heapUsed} heapTotal=${memory.heapTotal} external=${memory.external}`);
  };
  report();
  setInterval(report, memoryEveryMs).unref();
}

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void tellDesksHostStops(backend).finally(() => {
    local?.close();
    void lan?.close();
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
