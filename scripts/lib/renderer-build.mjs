// Builds the renderer with vite when dist/renderer is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['renderer', 'shared', 'vite.config.ts', 'package-lock.json'];
const OUTPUT = 'dist/renderer/index.html';

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

export function rendererIsStale() {
  if (!existsSync(OUTPUT)) return true;
  const built = statSync(OUTPUT).mtimeMs;
  return SOURCES.some((source) => newestModification(source) > built);
}

export async function ensureRendererBuilt({ quiet = false } = {}) {
  if (!rendererIsStale()) return;
  if (!quiet) console.log('Building the user interface (vite build)…');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', quiet ? 'error' : 'warn'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The user interface did not build; see the errors above.');
    process.exit(result.status ?? 1);
  }
}
