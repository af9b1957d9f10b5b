// The worker thread of search-documents.ts: turns names into their search documents (pinyin and all), so the main
// thread can write an import's rows meanwhile. Bundled by itself for the Electron app (scripts/lib/electron-build.mjs).
import { parentPort } from 'node:worker_threads';
import { searchDocument } from '../customers/search-document';
import type { SearchDocumentsAnswer, SearchDocumentsRequest } from './search-documents';

parentPort?.on('message', ({ names, kinds }: SearchDocumentsRequest) => {
  const nameChars: string[] = [];
  const pinyin: string[] = [];
  const initials: string[] = [];
  names.forEach((name, i) => {
    const doc = searchDocument(name, kinds[i]!);
    nameChars.push(doc.name_chars);
    pinyin.push(doc.pinyin);
    initials.push(doc.initials);
  });
  // Three long strings cross to the main thread much faster than 25,000 objects; no document holds a line break.
  const answer: SearchDocumentsAnswer = { nameChars: nameChars.join('\n'), pinyin: pinyin.join('\n'), initials: initials.join('\n') };
  parentPort?.postMessage(answer);
});
