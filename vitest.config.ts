import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const INCLUDE = ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];
// Files that replace modules or globals (vi.mock, vi.doMock, vi.stubGlobal, vi.spyOn on a module, fake timers): each in a
// process of its own, as every file was before. Add a file here when it starts doing so.
const ISOLATED = [
  'electron/backend/db/upgrade.test.ts',
  'electron/backend/demo/complaints.test.ts',
  'electron/backend/features/backup/restore.test.ts',
  'electron/main/app-protocol.test.ts',
  'electron/main/ipc.test.ts',
  'electron/main/print.test.ts',
  'electron/preload/index.test.ts',
  'renderer/src/features/customer-search/searchQuery.test.ts',
];

// Unit and integration tests beside the code they test, on real SQLite files in temporary folders.
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one fork fewer than the cores: on a 2-core machine one fork, which ran the files one after
    // another (185 s here); two forks took 118 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit-report.json' }]],
    projects: [
      {
        extends: true,
        // The other files share their fork's loaded modules instead of a fresh process each: starting a fork and loading
        // the contract, zod and the back end again for each of 130 files took a minute of the suite (221 s -> 147 s).
        test: { name: 'shared', include: INCLUDE, exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
