// What a new customer's name is indexed and sorted by, the part of an import that needs pinyin: built by the worker
// thread of search-documents.ts, or here when it cannot.
import { nameOrder } from '../../lib/name-order';
import { searchDocument, type SearchDocument } from '../../lib/search-document';

/** What a new customer's name is indexed and sorted by. */
export interface NameReadings {
  document: SearchDocument;
  /** customers.name_order (lib/name-order.ts). */
  order: string;
}

export function nameReadings(name: string, kind: string): NameReadings {
  return { document: searchDocument(name, kind), order: nameOrder(name, kind) };
}
