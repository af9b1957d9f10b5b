// The customer search index: one FTS5 row per customer (name per character, pinyin, pinyin initials) and every
// suffix of every phone number. Derived data only: it is recomputed from the tables, never edited by hand.
// How a name becomes its FTS5 row, column by column: lib/search-document.ts.
import { sql, type Db } from '../../db/connection';
import { searchDocument, type SearchDocument } from '../../lib/search-document';

export { nameChars, pinyinReadings, searchDocument, type SearchDocument } from '../../lib/search-document';

/** A phone-number suffix shorter than this is not indexed: the issue asks for runs of 4 digits or more, and a
 * 3-digit run matches thousands of numbers, which no one can pick from. */
export const MIN_PHONE_SUFFIX = 4;

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
 * Indexes the names of customers created in this transaction (an import's), given their documents: nothing of them is
 * indexed yet, so nothing is read back or deleted first. Their phones are indexed by indexNewPhones.
 *
 * One row per statement on purpose: a statement of several rows opens a savepoint, and FTS5 writes its pending terms
 * out as a new segment at every savepoint, so fifty names to a statement left an import's index in many small
 * segments (and took longer).
 */
export function indexNewCustomers(db: Db, rows: Iterable<readonly [number, SearchDocument]>): void {
  const insert = sql(db, 'INSERT INTO customer_search (rowid, name_chars, pinyin, initials) VALUES (?, ?, ?, ?)');
  for (const [id, doc] of rows) insert.run(id, doc.name_chars, doc.pinyin, doc.initials);
}

/**
 * Adds the suffixes of phones created in this transaction, none of which has any yet, all cut inside SQLite by one
 * statement: an import's 200,000 suffixes go in several times faster than one phone at a time. They go in phone by
 * phone, as cut: sorting them into key order first took longer (0.63 s against 0.50 s for the import bench's 225,000,
 * and no better into an archive that already had 450,000).
 */
export function indexNewPhones(db: Db, phoneIds: readonly number[]): number {
  if (phoneIds.length === 0) return 0;
  return sql(
    db,
    `INSERT INTO phone_suffixes (suffix, phone_id, customer_id)
     WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 64)
     SELECT substr(p.normalized, k.n), p.id, p.customer_id
     FROM json_each(?) j JOIN phones p ON p.id = j.value CROSS JOIN k ON k.n <= length(p.normalized) - ${MIN_PHONE_SUFFIX - 1}`,
  ).run(JSON.stringify(phoneIds)).changes;
}
