// The main thread's side of reading an import's file (import-file.ts): a large file is read in the worker thread and
// its rows taken in a part at a time, each in a turn of the event loop of its own.
import { IMPORT_MAX_BYTES, type ImportMapping, type PartImportMapping } from '../../../../shared/api/import';
import { DomainError } from '../../lib/errors';
import { startWorkerThread } from '../../lib/worker-thread';
import type { FileRow } from './file-rows';
import { readImportFile, type ImportFile, type ImportFileMessage, type ImportFileRequest } from './import-file';
import type { Sheet } from './spreadsheet';

/**
 * Files up to this size are read on the main thread: a worker takes a fifth of a second to start (measured from the sources),
 * longer than such a file takes to read (2,500 rows of the import bench's file, about 30 ms).
 */
const READ_HERE_BYTES = 256 * 1024;
const WORKER_BUNDLE = 'import-file-worker.cjs';

/** What a file read gives back: its head, and its rows (file rows for customers, sheet rows for parts). */
interface ReadResult<M, R> {
  file: ImportFile<M>;
  rows: R[];
}

/**
 * Reads a large file in the worker thread; a small one, or one the worker could not read (it cannot start, or stopped),
 * on the main thread. A bad file or mapping is a DomainError either way.
 */
async function readOffThread<M, R>(request: ImportFileRequest): Promise<ReadResult<M, R>> {
  if (request.content.byteLength > IMPORT_MAX_BYTES) {
    throw new DomainError('validation', 'The file is larger than 20 MiB', 'import.tooLarge');
  }
  let head: Extract<ImportFileMessage, { kind: 'head' }> | null = null;
  const rows: R[] = [];
  let failure: DomainError | null = null;
  const take = (message: ImportFileMessage): boolean => {
    if (message.kind === 'head') head = message;
    else if (message.kind === 'fileRows' || message.kind === 'sheetRows') for (const row of message.rows) rows.push(row as R);
    else if (message.kind === 'failed') {
      const { code, message: text, reason, details } = message.error;
      failure = new DomainError(code, text, reason, details);
    }
    return message.kind === 'end' || message.kind === 'failed';
  };
  const ended = request.content.byteLength <= READ_HERE_BYTES ? false : await new Promise<boolean>((resolve) => {
    let worker: ReturnType<typeof startWorkerThread>;
    try {
      worker = startWorkerThread(WORKER_BUNDLE, new URL('./file-worker.ts', import.meta.url));
    } catch {
      resolve(false);
      return;
    }
    worker.on('message', (message: ImportFileMessage) => {
      if (take(message)) {
        void worker.terminate();
        resolve(true);
        // The worker sends the next part once this one is taken and other calls had their turn: parts that all
        // arrived at once would be taken in one go, and hold the main thread as long as reading the file here.
      } else setImmediate(() => worker.postMessage('next'));
    });
    worker.postMessage(request);
  });
  if (!ended) {
    // A small file, or the worker could not read it: read here.
    head = null;
    rows.length = 0;
    failure = null;
    await readImportFile(request, take);
  }
  if (failure) throw failure;
  if (!head) throw new Error('The import file was read without its head');
  const { columns, mapping, rowCount, firstRows, mapped } = head;
  return { file: { columns, mapping: mapping as M, rowCount, firstRows, mapped }, rows };
}

const contentOf = (contentBase64: string) => new Uint8Array(Buffer.from(contentBase64, 'base64'));

/** A customers' file: its head and, when the mapping names the customer's column, every row read and checked. */
export function readCustomersFile(input: { fileName: string; contentBase64: string; mapping?: ImportMapping | undefined }) {
  return readOffThread<ImportMapping, FileRow>({ of: 'customers', fileName: input.fileName, content: contentOf(input.contentBase64), mapping: input.mapping ?? null });
}

/** A parts list: its head and, when the mapping names every column a part needs, its rows. */
export function readPartsFile(input: { fileName: string; contentBase64: string; mapping?: PartImportMapping | undefined }) {
  return readOffThread<PartImportMapping, Sheet['rows'][number]>({ of: 'parts', fileName: input.fileName, content: contentOf(input.contentBase64), mapping: input.mapping ?? null });
}
