// Starting one of the back end's own worker threads (an import's file reading, its search documents) the same way from
// the TypeScript sources and from the Electron app's bundle.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker running `source` (a module's URL, from `new URL('./x-worker.ts', import.meta.url)`), or in the Electron app
 * the bundle `bundle` beside main.cjs (scripts/lib/electron-build.mjs makes it).
 */
export function startWorkerThread(bundle: string, source: URL): Worker {
  // The Electron app: the worker's own bundle sits beside main.cjs. It is read here and run from its text, because a
  // worker thread cannot read from inside app.asar.
  const bundled = typeof __dirname === 'string' ? join(__dirname, bundle) : null;
  if (bundled && existsSync(bundled)) return new Worker(readFileSync(bundled, 'utf8'), { eval: true });
  // From the TypeScript sources (tests, the bench, `npm run serve`): tsx's require hook compiles the worker's module.
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const entry = fileURLToPath(source);
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, { eval: true, execArgv: [] });
}
