// What an import's new customer names need pinyin for, their search documents and their sort keys, built in a worker
// thread while the main thread writes the rows: pinyin for 25,000 names takes most of a second, which the import no
// longer waits for.
import type { Worker } from 'node:worker_threads';
import { startWorkerThread } from '../../lib/worker-thread';
import { nameReadings, type NameReadings } from './name-readings';

export interface SearchDocumentsRequest {
  names: string[];
  kinds: string[];
}

/** Each column of the documents, and the sort keys, one line per name in the order asked. */
export interface SearchDocumentsAnswer {
  nameChars: string;
  pinyin: string;
  initials: string;
  orders: string;
}

const WORKER_BUNDLE = 'search-documents-worker.cjs';

const startWorker = () => startWorkerThread(WORKER_BUNDLE, new URL('./search-documents-worker.ts', import.meta.url));

/** The documents and sort keys of the given names, in their order; built here instead if the worker cannot start or fails. */
export class SearchDocumentsInWorker {
  private worker: Worker | null = null;
  /** Where take() found the documents: the worker's answer, or built here because the worker could not give one. */
  builtBy: 'worker' | 'here' | null = null;
  private readonly answer: Promise<SearchDocumentsAnswer | null>;

  constructor(private readonly request: SearchDocumentsRequest) {
    this.answer =
      request.names.length === 0
        ? Promise.resolve(null)
        : new Promise((resolve) => {
            try {
              const worker = startWorker();
              this.worker = worker;
              worker.once('message', resolve);
              worker.once('error', () => resolve(null));
              worker.once('exit', () => resolve(null));
              worker.postMessage(request);
            } catch {
              resolve(null);
            }
          });
  }

  async take(): Promise<NameReadings[]> {
    const answer = await this.answer;
    this.close();
    const { names, kinds } = this.request;
    if (answer) {
      const [nameChars, pinyin, initials, orders] = [answer.nameChars, answer.pinyin, answer.initials, answer.orders].map((column) =>
        column.split('\n'),
      ) as [string[], string[], string[], string[]];
      if ([nameChars, pinyin, initials, orders].every((column) => column.length === names.length)) {
        this.builtBy = 'worker';
        return names.map((_, i) => ({
          document: { name_chars: nameChars[i]!, pinyin: pinyin[i]!, initials: initials[i]! },
          order: orders[i]!,
        }));
      }
    }
    this.builtBy = 'here';
    return names.map((name, i) => nameReadings(name, kinds[i]!));
  }

  /** Stops the worker (an import that failed no longer needs its documents). */
  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
