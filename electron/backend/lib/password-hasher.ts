// Password hashing on a thread of its own. Node's async scrypt already leaves the event loop free (measured: 8 parallel
// checks at N=2^17, event-loop delay at most 7 ms), but it runs on libuv's shared pool of 4 threads: a burst of
// sign-ins took every core of a 2-core desk and made file reads (the renderer's assets, backups) queue behind it. One
// dedicated thread keeps hashing to one core, queued in order, and the pool to the files.
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', ({ id, password, salt, keyLength, options }) => {
  try {
    const key = scryptSync(password, Buffer.from(salt), keyLength, options);
    parentPort.postMessage({ id, key });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
  maxmem: number;
}

interface Pending {
  resolve: (key: Buffer) => void;
  reject: (error: Error) => void;
}

class PasswordHasher {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  derive(password: string, salt: Buffer, keyLength: number, options: ScryptParameters): Promise<Buffer> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref(); // keep the process alive only while a hash is under way
      worker.postMessage({ id, password, salt: new Uint8Array(salt), keyLength, options });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    worker.on('message', ({ id, key, error }: { id: number; key?: Uint8Array; error?: string }) => {
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      if (key) waiting.resolve(Buffer.from(key));
      else waiting.reject(new Error(error ?? 'scrypt failed'));
    });
    const fail = (error: Error) => {
      this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(new Error(`the password thread stopped (${code})`));
    });
    this.worker = worker;
    return worker;
  }
}

/** One hashing thread for the process: every back end in it (the desk, a demo's replay) shares the one core. */
export const passwordHasher = new PasswordHasher();
