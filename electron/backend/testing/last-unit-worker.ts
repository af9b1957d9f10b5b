// A worker of the concurrency test of the ledger (features/stock/concurrency.test.ts): opens a back end of its own on
// the data folder (its own connection), signs in as the clerk, waits at a barrier shared with the other worker, then
// issues one unit of the part through invoke and posts the envelope back. The two open and close their back ends one
// after the other: each writes the audit head file (through one temporary name) when it opens and closes, which two
// processes never do at once on one data folder outside this test (the app is single-instance).
import { parentPort, workerData } from 'node:worker_threads';
import { createBackend } from '..';
import { TEST_COST_LOG2 } from './fixture';

export interface LastUnitWork {
  dataDir: string;
  username: string;
  password: string;
  partId: number;
  /**
   * An Int32Array's buffer of three counters: [0] workers ready to issue (each goes on when it reads 2), [1] back ends
   * opened and [2] closed (each worker opens and closes when its `index` comes up).
   */
  barrier: SharedArrayBuffer;
  index: number;
}

const work = workerData as LastUnitWork;
const flag = new Int32Array(work.barrier);
const READY = 0;
const OPENED = 1;
const CLOSED = 2;

/** Waits until counter `slot` reads at least `value`. */
function waitFor(slot: number, value: number): void {
  for (let seen = Atomics.load(flag, slot); seen < value; seen = Atomics.load(flag, slot)) Atomics.wait(flag, slot, seen, 100);
}

function count(slot: number): void {
  Atomics.add(flag, slot, 1);
  Atomics.notify(flag, slot);
}

waitFor(OPENED, work.index);
const backend = createBackend({ dataDir: work.dataDir, passwordCostLog2: TEST_COST_LOG2, background: false, logError: () => {} });
count(OPENED);
try {
  const session = backend.newSession();
  const login = await backend.invoke(session, 'auth.login', { username: work.username, password: work.password });
  if (!login.ok) throw new Error(login.error.message);
  count(READY);
  waitFor(READY, 2);
  const startedAt = performance.timeOrigin + performance.now();
  const result = await backend.invoke(session, 'stock.issue', { partId: work.partId, quantity: 1, note: '抢最后一件' });
  parentPort!.postMessage({ startedAt, result });
} finally {
  waitFor(CLOSED, work.index);
  backend.close();
  count(CLOSED);
}
