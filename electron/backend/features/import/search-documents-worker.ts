// The worker thread of search-documents.ts: turns names into their search documents and sort keys, so the main
// thread can write an import's rows meanwhile. Bundled by itself for the Electron app (scripts/lib/electron-build.mjs).
import { parentPort } from 'node:worker_threads';
import { nameReadings } from './name-readings';
import type { SearchDocumentsAnswer, SearchDocumentsRequest } from './search-documents';

parentPort?.on('message', ({ names, kinds }: SearchDocumentsRequest) => {
  const nameChars: string[] = [];
  const pinyin: string[] = [];
  const initials: string[] = [];
  const orders: string[] = [];
  names.forEach((name, i) => {
    const { document, order } = nameReadings(name, kinds[i]!);
    nameChars.push(document.name_chars);
    pinyin.push(document.pinyin);
    initials.push(document.initials);
    orders.push(order);
  });
  // Four long strings cross to the main thread much faster than 25,000 objects; no document or sort key holds a line
  // break (both keep letters and digits only, and the folded name has no white space).
  const answer: SearchDocumentsAnswer = {
    nameChars: nameChars.join('\n'),
    pinyin: pinyin.join('\n'),
    initials: initials.join('\n'),
    orders: orders.join('\n'),
  };
  parentPort?.postMessage(answer);
});
