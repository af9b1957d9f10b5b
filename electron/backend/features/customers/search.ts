// The one search box: finds customers by any part of the name (one Chinese character too), pinyin or initials, code,
// any run of digits of a phone however typed, serial number and model. Every path is an index look-up with a LIMIT;
// the index itself is kept by search-index.ts.
//
// Ranking, best first (a customer appears once, under the best way it was found):
//   1. an exact phone number (with the extension typed, if one was: `021-62885000转8012`; an extension typed alone,
//      `转8012`, `x8012`) or an exact serial number;
//   2. the exact code (KH-000123, kh123 or just 123);
//   3. a phone number that starts with the digits typed, then one that holds them further in (what an agent sees
//      while typing a caller's number), then an extension equal to a few digits typed; a serial number that starts
//      with the query;
//   4. a name that starts with the query (shorter names first among them);
//   5. a name that holds the query anywhere (shorter names first);
//   6. pinyin or initials: a name whose reading starts with the query, then one that holds it from a syllable on;
//   7. a model that starts with the query.
// Phone and serial prefixes rank above names (the issue lists exact phone and serial first, then code, then names):
// a query of digits or of a serial's characters means a number, and a name rarely holds such a run.
//
// "Shorter names first" is exact when a query matches at most CANDIDATES names in a class; a query that matches more
// (one very common character) orders the first CANDIDATES found, which keeps every query to a bounded amount of work.
import { sql, type Db } from '../../db/connection';
import { normalizePhone, splitExtension } from '../../../../shared/customers/phones';
import { codeKey, nameKey } from '../../../../shared/customers/text';
import type { CustomerSummary, MatchKind } from '../../../../shared/api/customers';
import { MIN_PHONE_SUFFIX, nameChars } from './search-index';
import { customerSummaries } from './repository';

export interface SearchOptions {
  limit: number;
  includeInactive: boolean;
}

/** How many candidates a name or pinyin class reads before ordering them by length. */
export const CANDIDATES = 300;
/** Upper bound for a range over keys that start with a prefix (the largest code point; UTF-8 compares bytewise). */
const TOP = '\u{10FFFF}';
const MAX_QUERY = 100;

// ---------------------------------------------------------------------------------------------------------------
// Statements. Every statement of the search path goes through `rows`, so a test can see each one and its plan.

function rows<T>(db: Db, text: string, ...params: unknown[]): T[] {
  return sql(db, text).all(...params) as T[];
}

// A customer that may be shown: never a merged one; an inactive one only when asked for.
const VISIBLE = 'c.merged_into IS NULL AND (c.active = 1 OR ?)';

const EXACT_PHONE = `
  SELECT p.customer_id AS id, p.number AS text, p.extension
  FROM phones p CROSS JOIN customers c ON c.id = p.customer_id
  WHERE p.normalized = ? AND ${VISIBLE}
  LIMIT ?`;
const EXACT_PHONE_EXTENSION = `
  SELECT p.customer_id AS id, p.number AS text, p.extension
  FROM phones p CROSS JOIN customers c ON c.id = p.customer_id
  WHERE p.normalized = ? AND p.extension = ? AND ${VISIBLE}
  LIMIT ?`;
const EXACT_EXTENSION = `
  SELECT p.customer_id AS id, p.number AS text, p.extension
  FROM phones p CROSS JOIN customers c ON c.id = p.customer_id
  WHERE p.extension = ? AND p.extension <> '' AND ${VISIBLE}
  LIMIT ?`;
const PHONE_STARTS = `
  SELECT p.customer_id AS id, p.number AS text, p.extension
  FROM phones p CROSS JOIN customers c ON c.id = p.customer_id
  WHERE p.normalized >= ? AND p.normalized < ? AND ${VISIBLE}
  ORDER BY p.normalized
  LIMIT ?`;
const PHONE_HOLDS = `
  SELECT p.customer_id AS id, p.number AS text, p.extension
  FROM phone_suffixes s CROSS JOIN phones p ON p.id = s.phone_id CROSS JOIN customers c ON c.id = p.customer_id
  WHERE s.suffix >= ? AND s.suffix < ? AND ${VISIBLE}
  ORDER BY s.suffix
  LIMIT ?`;
const EXACT_SERIAL = `
  SELECT e.customer_id AS id, e.serial_number AS text
  FROM equipment e CROSS JOIN customers c ON c.id = e.customer_id
  WHERE e.serial_key = ? AND ${VISIBLE}
  LIMIT ?`;
const SERIAL_STARTS = `
  SELECT e.customer_id AS id, e.serial_number AS text
  FROM equipment e CROSS JOIN customers c ON c.id = e.customer_id
  WHERE e.serial_key > ? AND e.serial_key < ? AND ${VISIBLE}
  ORDER BY e.serial_key
  LIMIT ?`;
const EXACT_CODE = `
  SELECT c.id, c.code AS text FROM customers c WHERE c.code = ? AND ${VISIBLE}`;
const NAME_STARTS = `
  SELECT c.id, c.name AS text
  FROM customers c
  WHERE c.name_key >= ? AND c.name_key < ? AND ${VISIBLE}
  ORDER BY c.name_key, c.id
  LIMIT ?`;
const INDEX_MATCH = `
  SELECT c.id, c.name AS text
  FROM customer_search s CROSS JOIN customers c ON c.id = s.rowid
  WHERE s.customer_search MATCH ? AND ${VISIBLE}
  LIMIT ?`;
const MODELS_STARTING = `
  SELECT m.id, m.model FROM product_models m WHERE m.model_key >= ? AND m.model_key < ? ORDER BY m.model_key LIMIT ?`;
const CUSTOMERS_OF_MODEL = `
  SELECT e.customer_id AS id
  FROM equipment e CROSS JOIN customers c ON c.id = e.customer_id
  WHERE e.model_id = ? AND ${VISIBLE}
  GROUP BY e.customer_id
  ORDER BY e.customer_id
  LIMIT ?`;

interface Hit {
  id: number;
  text: string;
  /** A phone's extension, when the hit is a phone that has one. */
  extension?: string;
}


// ---------------------------------------------------------------------------------------------------------------
// Reading the query.

export interface ParsedQuery {
  /** The phone digits, normalised as stored (no +86, no trunk 0), or '' when the query is not a number. */
  phone: string;
  /**
   * The digit runs to look for inside numbers: the normalised digits, the digits without a country code but with
   * leading zeros (a run from the middle of a number may start with 0), and every digit as typed (a run may hold
   * 0086 or 86 by chance). Only those of MIN_PHONE_SUFFIX digits or more.
   */
  phoneRuns: string[];
  /**
   * The extension (分机) typed after the number (`转8012`, `ext. 8012`, `#8012`) or alone; for a query of 3 to 6 digits
   * and nothing else, those digits too (an extension is often all a caller gives).
   */
  extension: string;
  /** The code it names, when it is one (KH-000123, kh123, 123). */
  code: string | null;
  /** Serial-number / model key (upper case, no separators), or '' when the query holds Chinese characters. */
  key: string;
  /** The name's letters and digits, one per token. */
  chars: string[];
  /** The name key (see shared/customers/text.ts), for names that start with the query. */
  nameKey: string;
  /** Latin letters and digits to look up as pinyin, or ''. */
  pinyin: string;
}

const PHONE_TYPED = /^[\d\s\-+().,/]+$/;
const CODE_TYPED = /^(?:kh)?[\s-]*(\d{1,9})$/i;

export function parseQuery(query: string): ParsedQuery {
  const q = query.normalize('NFKC').trim().slice(0, MAX_QUERY);
  let phone = '';
  let phoneRuns: string[] = [];
  // A number with its extension (`021-62885000转8012`) is looked up as the number and the extension.
  const parts = splitExtension(q);
  const number = parts.extension !== '' && (parts.number === '' || PHONE_TYPED.test(parts.number)) ? parts.number : q;
  let extension = number === q ? '' : parts.extension;
  if (PHONE_TYPED.test(number) && /\d/.test(number)) {
    phone = normalizePhone(number);
    let digits = number.replace(/[^\d+]/g, '');
    if (digits.startsWith('+86')) digits = digits.slice(3);
    else if (digits.startsWith('0086')) digits = digits.slice(4);
    const runs = [phone, digits.replace(/\+/g, ''), number.replace(/\D/g, '')];
    phoneRuns = [...new Set(runs)].filter((run) => run.length >= MIN_PHONE_SUFFIX);
  }
  if (extension === '' && /^\d{3,6}$/.test(q)) extension = q;
  const code = CODE_TYPED.exec(q);
  const codeNumber = code ? Number(code[1]) : 0;
  const pinyin = q.toLowerCase().replace(/[\s'’·-]+/g, '').replaceAll('ü', 'v');
  return {
    phone,
    phoneRuns,
    extension,
    code: codeNumber > 0 ? `KH-${String(codeNumber).padStart(6, '0')}` : null,
    key: /\p{Script=Han}/u.test(q) ? '' : codeKey(q),
    chars: nameChars(q),
    nameKey: nameKey(q),
    pinyin: /^[a-z0-9]*[a-z][a-z0-9]*$/.test(pinyin) ? pinyin : '',
  };
}

/** The FTS5 query for a name that holds these characters in a row (one token each, so a phrase). */
function namePhrase(chars: readonly string[]): string {
  return `name_chars : "${chars.join(' ')}"`;
}

/** The FTS5 query for a pinyin or initials run; `atStart` for names whose reading starts with it. */
function pinyinPrefix(letters: string, atStart: boolean): string {
  return `{pinyin initials} : ${atStart ? '^ ' : ''}"${letters}" *`;
}

// ---------------------------------------------------------------------------------------------------------------
// Collecting results class by class.

class Results {
  readonly hits: Array<Hit & { by: MatchKind }> = [];
  private readonly seen = new Set<number>();

  constructor(readonly limit: number) {}

  get full(): boolean {
    return this.hits.length >= this.limit;
  }

  add(by: MatchKind, found: readonly Hit[]): void {
    for (const hit of found) {
      if (this.full) return;
      if (this.seen.has(hit.id)) continue;
      this.seen.add(hit.id);
      this.hits.push({ ...hit, by });
    }
  }
}

const byLength = (a: Hit, b: Hit) => [...a.text].length - [...b.text].length || a.id - b.id;

function phoneClasses(db: Db, parsed: ParsedQuery, results: Results, all: number): void {
  // Enough rows for `limit` distinct customers in most cases (a customer may have several matching numbers).
  const take = results.limit * 2 + 10;
  if (parsed.phone.length >= MIN_PHONE_SUFFIX) {
    results.add('phone', rows<Hit>(db, PHONE_STARTS, parsed.phone, `${parsed.phone}:`, all, take));
  }
  for (const digits of parsed.phoneRuns) {
    if (results.full) return;
    // ':' follows '9': the range is every suffix that starts with these digits.
    results.add('phone', rows<Hit>(db, PHONE_HOLDS, digits, `${digits}:`, all, take));
  }
  // A few digits alone may be an extension: after the numbers that hold them.
  if (!results.full && parsed.extension !== '' && parsed.phone === parsed.extension.replace(/^0+/, '')) {
    results.add('phone', rows<Hit>(db, EXACT_EXTENSION, parsed.extension, all, take));
  }
}

/** The exact number: with the extension typed first, then with any; an extension typed alone, when only that was typed. */
function exactPhone(db: Db, parsed: ParsedQuery, results: Results, all: number): void {
  const withExtension = parsed.extension !== '' && parsed.phone.length >= 3;
  if (withExtension) results.add('phone', rows<Hit>(db, EXACT_PHONE_EXTENSION, parsed.phone, parsed.extension, all, results.limit));
  if (!results.full && parsed.phone.length >= 3) results.add('phone', rows<Hit>(db, EXACT_PHONE, parsed.phone, all, results.limit));
  if (!results.full && parsed.extension !== '' && parsed.phone === '') {
    results.add('phone', rows<Hit>(db, EXACT_EXTENSION, parsed.extension, all, results.limit));
  }
}

function search(db: Db, query: string, options: SearchOptions): Array<Hit & { by: MatchKind }> {
  const limit = Math.max(1, Math.min(200, Math.floor(options.limit)));
  const results = new Results(limit);
  const parsed = parseQuery(query);
  const all = options.includeInactive ? 1 : 0;
  const hasKey = parsed.key.length > 0;

  // 1. Exact phone (with the extension typed first), exact serial.
  exactPhone(db, parsed, results, all);
  if (!results.full && hasKey) results.add('serial', rows<Hit>(db, EXACT_SERIAL, parsed.key, all, limit));
  // 2. Exact code.
  if (!results.full && parsed.code) results.add('code', rows<Hit>(db, EXACT_CODE, parsed.code, all));
  // 3. Phone numbers holding the digits; serial numbers starting with the query.
  if (!results.full) phoneClasses(db, parsed, results, all);
  if (!results.full && parsed.key.length >= 2) {
    results.add('serial', rows<Hit>(db, SERIAL_STARTS, parsed.key, parsed.key + TOP, all, limit * 2));
  }
  // 4. Names starting with the query, shorter first.
  if (!results.full && parsed.nameKey) {
    const found = rows<Hit>(db, NAME_STARTS, parsed.nameKey, parsed.nameKey + TOP, all, CANDIDATES);
    results.add('name', found.sort(byLength));
  }
  // 5. Names holding the query, shorter first.
  if (!results.full && parsed.chars.length > 0) {
    const found = rows<Hit>(db, INDEX_MATCH, namePhrase(parsed.chars), all, CANDIDATES);
    results.add('name', found.sort(byLength));
  }
  // 6. Pinyin and initials: the reading starts with the query, then holds it from a syllable on.
  if (!results.full && parsed.pinyin) {
    for (const atStart of [true, false]) {
      if (results.full) break;
      const found = rows<Hit>(db, INDEX_MATCH, pinyinPrefix(parsed.pinyin, atStart), all, CANDIDATES);
      results.add('pinyin', found.sort(byLength).map((hit) => ({ id: hit.id, text: parsed.pinyin })));
    }
  }
  // 7. Models starting with the query.
  if (!results.full && parsed.key.length >= 2) {
    const models = rows<{ id: number; model: string }>(db, MODELS_STARTING, parsed.key, parsed.key + TOP, limit);
    for (const model of models) {
      if (results.full) break;
      const ids = rows<{ id: number }>(db, CUSTOMERS_OF_MODEL, model.id, all, limit);
      results.add('model', ids.map((r) => ({ id: r.id, text: model.model })));
    }
  }
  return results.hits;
}

function summaries(db: Db, hits: ReadonlyArray<Hit & { by: MatchKind }>): CustomerSummary[] {
  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  return customerSummaries(
    db,
    hits.map((hit) => hit.id),
  ).map((summary) => {
    const hit = byId.get(summary.id)!;
    return { ...summary, matchedBy: hit.by, matchedText: hit.text, ...(hit.extension && { matchedExtension: hit.extension }) };
  });
}

/** The customers a search box entry finds, best first (see the ranking at the top of this file). */
export function searchCustomers(db: Db, query: string, options: SearchOptions): CustomerSummary[] {
  return summaries(db, search(db, query, options));
}

/**
 * The customers whose phone numbers hold the digits typed so far (any format: spaces, dashes, +86, a trunk 0):
 * an exact number first, then numbers starting with the digits, then numbers holding them. For caller look-up
 * while a number is being typed or arrives from the phone system. Active, unmerged customers only.
 */
export function lookupPhonePrefix(db: Db, digits: string, limit: number): CustomerSummary[] {
  const results = new Results(Math.max(1, Math.min(200, Math.floor(limit))));
  const parsed = parseQuery(digits);
  if (!parsed.phone && parsed.phoneRuns.length === 0 && !parsed.extension) return [];
  exactPhone(db, parsed, results, 0);
  if (!results.full) phoneClasses(db, parsed, results, 0);
  return summaries(db, results.hits);
}
