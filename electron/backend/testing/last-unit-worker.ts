// A worker of the concurrency test of the ledger (features/stock/concurrency.test.ts): opens a back end of its own on
// the data folder (its own connection), signs in as the clerk, waits at a barrier shared with the other worker, then
// issues one unit of the part through invoke and posts the envelope back.
import { parentPort, workerData } from 'node:worker_threads';
import { createBackend } from '..';
import { TEST_COST_LOG2 } from './fixture';

export interface LastUnitWork {
  dataDir: string;
  username: string;
  password: string;
  partId: number;
  /** An Int32Array's buffer: each worker adds 1 when ready and goes on when it reads 2. */
  barrier: SharedArrayBuffer;
}

const work = workerData as LastUnitWork;
const backend = createBackend({ dataDir: work.dataDir, passwordCostLog2: TEST_COST_LOG2, background: false, logError: () => {} });
try {
  const session = backend.newSession();
  const login = await backend.invoke(session, 'auth.login', { username: work.username, password: work.password });
  if (!login.ok) throw new Error(login.error.message);
  const flag = new Int32Array(work.barrier);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
  while (Atomics.load(flag, 0) < 2) Atomics.wait(flag, 0, 1, 100);
  const startedAt = performance.timeOrigin + performance.now();
  const result = await backend.invoke(session, 'stock.issue', { partId: work.partId, quantity: 1, note: '抢最后一件' });
  parentPort!.postMessage({ startedAt, result });
} finally {
  backend.close();
}
