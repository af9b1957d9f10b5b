// The center's host as a process of its own (`electron/web/cli.ts --lan`), on 127.0.0.1 only, for the load bench and the
// kill -9 test: its port and fingerprint read from what it prints, its memory from the lines `--memory-every` prints.
import { spawn, type ChildProcess } from 'node:child_process';

export interface HostMemorySample {
  /** Milliseconds since the host was started. */
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface HostProcess {
  child: ChildProcess;
  port: number;
  fingerprint: string;
  /** Everything the host printed so far (stdout and stderr). */
  output(): string;
  /** The memory lines read so far (only with `memoryEveryMs`). */
  memory: HostMemorySample[];
  /** SIGTERM, and waits until it has gone. */
  stop(): Promise<void>;
  /** SIGKILL (kill -9): the host has no chance to close anything; waits until it has gone. */
  kill(): Promise<void>;
}

export interface HostProcessOptions {
  dataDir: string;
  /** 0: any free port. */
  port: number;
  memoryEveryMs?: number;
  startTimeoutMs?: number;
  /** Node's own options for the host, before the script (say `--cpu-prof`, to find where its time goes). */
  nodeOptions?: string[];
}

const MEMORY_LINE = /^Memory rss=(\d+) heapUsed=(\d+) heapTotal=(\d+) external=(\d+)$/;

export async function startHostProcess(options: HostProcessOptions): Promise<HostProcess> {
  const args = [
    ...(options.nodeOptions ?? []),
    '--import',
    'tsx',
    'electron/web/cli.ts',
    '--lan',
    '--listen-on',
    '127.0.0.1',
    '--allow',
    '127.0.0.0/8',
    '--port',
    String(options.port),
    '--data-dir',
    options.dataDir,
    '--password-cost',
    '10',
    ...(options.memoryEveryMs !== undefined ? ['--memory-every', String(options.memoryEveryMs)] : []),
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const memory: HostMemorySample[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const piece = chunk.toString('utf8');
    partial += piece;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const found = MEMORY_LINE.exec(line);
      if (found) {
        const [, rss, heapUsed, heapTotal, external] = found.map(Number) as [number, number, number, number, number];
        memory.push({ at: performance.now() - started, rss, heapUsed, heapTotal, external });
      } else text += `${line}\n`;
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The host printed no fingerprint in time:\n${text}`)), options.startTimeoutMs ?? 30_000);
      const check = () => {
        if (/^Desks may connect from/m.test(text)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The host exited with ${code}:\n${text}`));
      });
    });
  } catch (error) {
    await gone('SIGKILL');
    throw error;
  }
  const port = Number(/^Aftersales Desk is serving on https:\/\/127\.0\.0\.1:(\d+)$/m.exec(text)?.[1]);
  const fingerprint = /^SHA-256 fingerprint ([0-9A-F:]{95})$/m.exec(text)?.[1];
  if (!port || !fingerprint) {
    await gone('SIGKILL');
    throw new Error(`The host's address or fingerprint did not read:\n${text}`);
  }
  return { child, port, fingerprint, output: () => text, memory, stop: () => gone('SIGTERM'), kill: () => gone('SIGKILL') };
}
