import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const INCLUDE = ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];
// Files that replace modules or globals (vi.mock, vi.doMock, vi.stubGlobal, vi.spyOn, fake timers) run each in a
// process of its own, as every file was before; found by reading the test files, so none is forgotten.
const REPLACES_MODULES_OR_GLOBALS = /\bvi\.(mock|doMock|stubGlobal|spyOn|useFakeTimers)\(/;
function testFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFilesUnder(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const ISOLATED = ['electron', 'shared', 'renderer', 'scripts']
  .flatMap(testFilesUnder)
  .filter((file) => REPLACES_MODULES_OR_GLOBALS.test(readFileSync(file, 'utf8')));

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
