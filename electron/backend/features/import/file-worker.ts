// The worker thread of import-file.ts: reads an import's file and checks its rows, so the main thread answers every
// other call meanwhile. Bundled by itself for the Electron app (scripts/lib/electron-build.mjs).
import { parentPort } from 'node:worker_threads';
import { readImportFile, type ImportFileMessage, type ImportFileRequest } from './import-file';

/** Resolves when the main thread asks for the next part ('next'). */
const taken = () => new Promise<void>((resolve) => parentPort?.once('message', () => resolve()));

parentPort?.once('message', (request: ImportFileRequest) => {
  void readImportFile(request, (message: ImportFileMessage) => parentPort?.postMessage(message), taken);
});
