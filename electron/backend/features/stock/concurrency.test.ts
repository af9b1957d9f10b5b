// Two clerks issue the last unit at the same moment: two worker threads, each with a back end of its own (its own
// SQLite connection) on the same data folder, meet at a barrier and call stock.issue together. One succeeds; the other
// is told there is not enough (invalid_state, stock.notEnough, nothing available); the ledger has exactly one issue
// and a balance of 0. Several rounds, each on a part of its own.
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/api';
import { DATABASE_FILE_NAME } from '../../data-dir';
import { createTestBackend, makeTempDir, USER_PASSWORD } from '../../testing/fixture';
import type { LastUnitWork } from '../../testing/last-unit-worker';

const ROUNDS = 4;
const here = dirname(fileURLToPath(import.meta.url));

let workDir: string;
let dataDir: string;
let workerProgram: string;
let clerkUsername: string;
const partIds: number[] = [];

beforeAll(async () => {
  workDir = makeTempDir('aftersales-last-unit-');
  dataDir = join(workDir, 'data');
  workerProgram = join(workDir, 'last-unit-worker.mjs');
  const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');
  // Bundled once (as the crash test's child), the native module loaded from this checkout by absolute path.
  await build({
    entryPoints: [join(here, '../../testing/last-unit-worker.ts')],
    outfile: workerProgram,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [
      {
        name: 'native-better-sqlite3',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: betterSqlite3, external: true }));
        },
      },
    ],
  });
  const t = await createTestBackend({ dataDir });
  try {
    clerkUsername = (await t.createUser(['inventory_clerk'])).username;
    const clerk = await t.signIn(clerkUsername);
    for (let round = 0; round < ROUNDS; round++) {
      const part = await t.expectOk(clerk, 'parts.create', { code: `ZKB-LAST-${round}`, name: '主控板', unit: '块' });
      await t.expectOk(clerk, 'stock.receive', { partId: part.id, quantity: 1, unitCostFen: 128_000 });
      partIds.push(part.id);
    }
  } finally {
    t.close();
  }
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

interface Outcome {
  startedAt: number;
  result: Result<{ balance: number }>;
}

function issueTogether(partId: number): Promise<Outcome[]> {
  const barrier = new SharedArrayBuffer(12);
  return Promise.all(
    [0, 1].map(
      (index) =>
        new Promise<Outcome>((resolve, reject) => {
          const work: LastUnitWork = { dataDir, username: clerkUsername, password: USER_PASSWORD, partId, barrier, index };
          const worker = new Worker(workerProgram, { workerData: work });
          worker.once('message', (message: Outcome) => resolve(message));
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`the worker stopped (exit code ${code}) without an answer`)));
        }),
    ),
  );
}

describe('two clerks issuing the last unit at the same moment', () => {
  it('lets exactly one have it and tells the other there is none left', async () => {
    for (const partId of partIds) {
      const outcomes = await issueTogether(partId);
      // Started together: within a fraction of the time one issue takes to commit.
      expect(Math.abs(outcomes[0]!.startedAt - outcomes[1]!.startedAt)).toBeLessThan(250);
      const won = outcomes.filter((o) => o.result.ok);
      const lost = outcomes.filter((o) => !o.result.ok);
      expect(won).toHaveLength(1);
      expect(won[0]!.result).toMatchObject({ ok: true, value: { balance: 0 } });
      expect(lost).toHaveLength(1);
      expect(lost[0]!.result).toMatchObject({
        ok: false,
        error: { code: 'invalid_state', reason: 'stock.notEnough', details: { params: { asked: '1', available: '0', unit: '块' } } },
      });

      const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
      try {
        const issues = db.prepare("SELECT count(*) FROM stock_movements WHERE part_id = ? AND kind = 'issue'").pluck().get(partId);
        const stock = db.prepare('SELECT on_hand, value_fen FROM part_stock WHERE part_id = ?').get(partId);
        const audited = db.prepare("SELECT count(*) FROM audit_log WHERE method = 'stock.issue' AND json_extract(after, '$.partId') = ?").pluck().get(partId);
        expect({ issues, stock, audited }).toEqual({ issues: 1, stock: { on_hand: 0, value_fen: 0 }, audited: 1 });
      } finally {
        db.close();
      }
    }
  });
});
