// The customer search index: one FTS5 row per customer (name per character, pinyin, pinyin initials) and every
// suffix of every phone number. Derived data only: it is recomputed from the tables, never edited by hand.
//
// How each column is segmented (search.ts builds its queries from the same functions):
// - name_chars: one token per letter or digit of the name, Chinese or not (`中国移动 ABC` → `中 国 移 动 a b c`), so
//   any substring of the name is a phrase query, however short (a trigram index would miss 1 and 2 characters).
// - pinyin: every syllable suffix of the name's pinyin as one token (`zhongguoyidong guoyidong yidong dong`), so a
//   prefix query `guoyi*` finds any run of syllables starting at a syllable boundary, and `^ zhongg*` a name whose
//   pinyin starts so.
// - initials: the same with initials (`zgyd gyd yd d`): `zgyd*` finds 中国移动, `yd*` finds it too.
// Prefix queries stop at LIMIT and the `prefix = '2 3'` indexes answer the shortest, most common ones directly;
// measured at 100,000 customers, any of them reads well under a millisecond.
import { pinyin } from 'pinyin-pro';
import { sql, type Db } from '../../db/connection';

/** A phone-number suffix shorter than this is not indexed: the issue asks for runs of 4 digits or more, and a
 * 3-digit run matches thousands of numbers, which no one can pick from. */
export const MIN_PHONE_SUFFIX = 4;

const TOKEN_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * The characters of a name (or a query) that are indexed, one per token: NFKC per code point (so a substring of the
 * original maps to a run of these), lower case, letters and digits only.
 */
export function nameChars(text: string): string[] {
  const out: string[] = [];
  // Common CJK ideographs, ASCII letters and digits are their own NFKC form: no per-character normalisation needed.
  if (/^[\u4e00-\u9fffa-zA-Z0-9]*$/.test(text)) {
    for (const ch of text.toLowerCase()) out.push(ch);
    return out;
  }
  for (const cp of text) {
    for (const ch of cp.normalize('NFKC').toLowerCase()) {
      if (TOKEN_CHAR.test(ch)) out.push(ch);
    }
  }
  return out;
}

function syllablesOf(name: string, surname: boolean): string[] {
  const parts = pinyin(
    name,
    surname
      ? { toneType: 'none', type: 'array', mode: 'surname', surname: 'head' }
      : { toneType: 'none', type: 'array' },
  );
  const syllables: string[] = [];
  for (const part of parts) {
    // Chinese characters give a syllable; anything else comes back one character at a time.
    const folded = part.normalize('NFKC').toLowerCase();
    const kept = [...folded].filter((ch) => TOKEN_CHAR.test(ch) && !HAN.test(ch)).join('');
    if (kept) syllables.push(kept);
  }
  return syllables;
}

/**
 * The readings a name is indexed under, each a list of syllables. An individual's name is also read with the
 * surname rules (单 shan, 曾 zeng, 解 xie, 区 ou), since callers spell either; ü is indexed both as v (as typed with
 * an IME) and as u.
 */
export function pinyinReadings(name: string, kind: string): string[][] {
  const readings = [syllablesOf(name, false)];
  if (kind === 'individual') {
    const surname = syllablesOf(name, true);
    if (surname.join(' ') !== readings[0]!.join(' ')) readings.push(surname);
  }
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const reading of readings) {
    const variants = reading.some((s) => s.includes('ü'))
      ? [reading.map((s) => s.replaceAll('ü', 'v')), reading.map((s) => s.replaceAll('ü', 'u'))]
      : [reading];
    for (const variant of variants) {
      const key = variant.join(' ');
      if (!seen.has(key) && variant.length > 0) {
        seen.add(key);
        out.push(variant);
      }
    }
  }
  return out;
}

export interface SearchDocument {
  name_chars: string;
  pinyin: string;
  initials: string;
}

/** The FTS5 row of a name. */
export function searchDocument(name: string, kind: string): SearchDocument {
  const pinyinTokens = new Set<string>();
  const initialTokens = new Set<string>();
  for (const reading of pinyinReadings(name, kind)) {
    // Suffixes built from the last syllable backwards, each from the one before (an import indexes thousands).
    const suffixes: string[] = [];
    const initials: string[] = [];
    let suffix = '';
    let initial = '';
    for (let i = reading.length - 1; i >= 0; i--) {
      suffix = reading[i]! + suffix;
      initial = reading[i]![0]! + initial;
      suffixes.push(suffix);
      initials.push(initial);
    }
    for (let i = suffixes.length - 1; i >= 0; i--) {
      pinyinTokens.add(suffixes[i]!);
      initialTokens.add(initials[i]!);
    }
  }
  return {
    name_chars: nameChars(name).join(' '),
    pinyin: [...pinyinTokens].join(' '),
    initials: [...initialTokens].join(' '),
  };
}

// Every suffix of at least MIN_PHONE_SUFFIX digits of the given phones, computed inside SQLite.
const SUFFIXES_SQL = `
  WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 64)
  SELECT substr(p.normalized, k.n) AS suffix, p.id AS phone_id, p.customer_id AS customer_id
  FROM phones p CROSS JOIN k ON k.n <= length(p.normalized) - ${MIN_PHONE_SUFFIX - 1}`;

interface CustomerIndexRow {
  name: string;
  kind: string;
  merged_into: number | null;
}

/**
 * Recomputes one customer's FTS row and the phone suffixes of its phones. Call it inside the write transaction that
 * changed the customer, its contacts or phones, its equipment, or a product model it has. A merged or deleted
 * customer gets no FTS row; search filters merged and inactive customers on every path anyway.
 */
export function refreshCustomerSearch(db: Db, customerId: number): void {
  const row = sql(db, 'SELECT name, kind, merged_into FROM customers WHERE id = ?').get(customerId) as
    | CustomerIndexRow
    | undefined;
  sql(db, 'DELETE FROM customer_search WHERE rowid = ?').run(customerId);
  if (row && row.merged_into === null) {
    const doc = searchDocument(row.name, row.kind);
    sql(db, 'INSERT INTO customer_search (rowid, name_chars, pinyin, initials) VALUES (?, ?, ?, ?)').run(
      customerId,
      doc.name_chars,
      doc.pinyin,
      doc.initials,
    );
  }
  const phones = sql(db, 'SELECT id, normalized FROM phones WHERE customer_id = ?').all(customerId) as {
    id: number;
    normalized: string;
  }[];
  for (const phone of phones) {
    const expected = Math.max(0, phone.normalized.length - MIN_PHONE_SUFFIX + 1);
    // Most writes (an equipment added, a name changed) leave the phones as they were: then nothing is rewritten.
    const state = sql(
      db,
      `SELECT count(*) AS n, sum(suffix = ?) AS whole, sum(customer_id = ?) AS mine FROM phone_suffixes WHERE phone_id = ?`,
    ).get(phone.normalized, customerId, phone.id) as { n: number; whole: number | null; mine: number | null };
    if (state.n === expected && (expected === 0 || (state.whole === 1 && state.mine === expected))) continue;
    sql(db, 'DELETE FROM phone_suffixes WHERE phone_id = ?').run(phone.id);
    sql(db, `INSERT INTO phone_suffixes (suffix, phone_id, customer_id) ${SUFFIXES_SQL} WHERE p.id = ?`).run(phone.id);
  }
}

/**
 * Rebuilds the whole index from the tables (after a bulk import, a restore of an old file, or for the bench).
 * Runs in one transaction; the suffix table is filled in key order with its secondary index dropped meanwhile,
 * and the FTS index is merged into one segment at the end.
 */
export function rebuildCustomerSearch(db: Db): { customers: number; phoneSuffixes: number } {
  let customers = 0;
  let phoneSuffixes = 0;
  db.transaction(() => {
    db.exec(`INSERT INTO customer_search (customer_search) VALUES ('delete-all')`);
    const insert = db.prepare('INSERT INTO customer_search (rowid, name_chars, pinyin, initials) VALUES (?, ?, ?, ?)');
    const rows = db.prepare('SELECT id, name, kind FROM customers WHERE merged_into IS NULL ORDER BY id').all() as {
      id: number;
      name: string;
      kind: string;
    }[];
    for (const row of rows) {
      const doc = searchDocument(row.name, row.kind);
      insert.run(row.id, doc.name_chars, doc.pinyin, doc.initials);
      customers += 1;
    }
    db.exec(`INSERT INTO customer_search (customer_search) VALUES ('optimize')`);

    db.exec('DROP INDEX IF EXISTS phone_suffixes_by_phone');
    db.exec('DELETE FROM phone_suffixes');
    phoneSuffixes = db.prepare(`INSERT INTO phone_suffixes (suffix, phone_id, customer_id) ${SUFFIXES_SQL} ORDER BY 1, 2`).run()
      .changes;
    db.exec('CREATE INDEX phone_suffixes_by_phone ON phone_suffixes (phone_id)');
  })();
  return { customers, phoneSuffixes };
}

/**
 * Indexes the name of a customer created in this transaction (an import's): nothing of it is indexed yet, so nothing
 * is read back or deleted first. Its phones are indexed by indexNewPhones.
 */
export function indexNewCustomerName(db: Db, customerId: number, name: string, kind: string): void {
  const doc = searchDocument(name, kind);
  sql(db, 'INSERT INTO customer_search (rowid, name_chars, pinyin, initials) VALUES (?, ?, ?, ?)').run(
    customerId,
    doc.name_chars,
    doc.pinyin,
    doc.initials,
  );
}

/**
 * Adds the suffixes of phones created in this transaction, none of which has any yet. Cut and sorted inside SQLite,
 * so the suffix table is written in key order: an import's 200,000 suffixes go in several times faster than one
 * phone at a time in random order (measured).
 */
export function indexNewPhones(db: Db, phoneIds: readonly number[]): number {
  if (phoneIds.length === 0) return 0;
  return sql(
    db,
    `INSERT INTO phone_suffixes (suffix, phone_id, customer_id)
     WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 64)
     SELECT substr(p.normalized, k.n), p.id, p.customer_id
     FROM json_each(?) j JOIN phones p ON p.id = j.value CROSS JOIN k ON k.n <= length(p.normalized) - ${MIN_PHONE_SUFFIX - 1}
     ORDER BY 1, 2`,
  ).run(JSON.stringify(phoneIds)).changes;
}
