// Bundles the Electron main process and the preload to CommonJS with esbuild (dist/electron/*.cjs).
import { build } from 'esbuild';

// integrity.ts finds better-sqlite3 with createRequire(import.meta.url). In a CommonJS bundle import.meta is empty,
// so it becomes this file's URL. Inside a package the URL points into app.asar.unpacked: the integrity worker thread
// requires better-sqlite3 by that path, and worker threads cannot read from inside an asar archive.
const IMPORT_META_SHIM = [
  "const __import_meta_url = require('node:url').pathToFileURL(",
  "  __filename.replace(/([\\\\/])app\\.asar([\\\\/])/, '$1app.asar.unpacked$2')",
  ').href;',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
};

export async function buildElectron({ quiet = false } = {}) {
  if (!quiet) console.log('Bundling the Electron main process and preload (esbuild)…');
  await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'electron/main/index.ts' },
      external: ['electron', 'better-sqlite3'],
      define: { 'import.meta.url': '__import_meta_url' },
      banner: { js: IMPORT_META_SHIM },
    }),
    // The import's worker threads, which read and check the file and build search documents (pinyin): main.cjs reads
    // these files and runs their text, since a worker thread cannot read inside app.asar (lib/worker-thread.ts).
    build({
      ...common,
      entryPoints: {
        'search-documents-worker': 'electron/backend/features/import/search-documents-worker.ts',
        'import-file-worker': 'electron/backend/features/import/file-worker.ts',
      },
    }),
    // A sandboxed preload may require('electron') and nothing from node_modules: everything else is bundled in.
    build({
      ...common,
      entryPoints: { preload: 'electron/preload/index.ts' },
      external: ['electron'],
      target: 'chrome140',
      platform: 'browser',
    }),
  ]);
}
