// The store's one search box: a part by code (exact first: a barcode scanner types the whole code), by any run of
// its name's characters (one Chinese character too), pinyin or initials, by model/spec or by bin. Every path is an
// index look-up with a LIMIT (search.plan.test.ts checks the plans); the name index is part_search (as customers').
import { sql, type Db } from '../../db/connection';
import { codeKey } from '../../../../shared/customers/text';
import type { PartSummary } from '../../../../shared/api/parts';
import { nameChars } from '../../lib/search-document';
import { binKey, SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type PartStockRow } from './repository';

/** Upper bound for a range over keys that start with a prefix (the largest code point). */
const TOP = '\u{10FFFF}';

const byIds = (where: string) => `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE ${where} AND (p.status = 'active' OR @all) LIMIT @limit`;

export const PART_SEARCH_STATEMENTS = {
  exactCode: byIds('p.code_key = @key'),
  codeStarts: `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE p.code_key >= @key AND p.code_key < @top AND (p.status = 'active' OR @all) ORDER BY p.code_key LIMIT @limit`,
  name: `SELECT ${SUMMARY_COLUMNS} FROM part_search f CROSS JOIN parts p ON p.id = f.rowid CROSS JOIN part_stock s ON s.part_id = p.id
    WHERE f.part_search MATCH @match AND (p.status = 'active' OR @all) LIMIT @limit`,
  specStarts: `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE p.spec_key >= @key AND p.spec_key < @top AND p.spec_key <> '' AND (p.status = 'active' OR @all) ORDER BY p.spec_key LIMIT @limit`,
  binStarts: `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE p.bin_key >= @bin AND p.bin_key < @binTop AND (p.status = 'active' OR @all) ORDER BY p.bin_key, p.code_key LIMIT @limit`,
} as const;

export interface PartSearchOptions {
  limit: number;
  includeDiscontinued: boolean;
}

export function searchParts(db: Db, query: string, options: PartSearchOptions): PartSummary[] {
  const limit = Math.max(1, Math.min(100, Math.floor(options.limit)));
  const typed = query.normalize('NFKC').trim().slice(0, 100);
  if (typed === '') return [];
  const found: PartStockRow[] = [];
  const seen = new Set<number>();
  const add = (rows: PartStockRow[]) => {
    for (const row of rows) {
      if (found.length >= limit) return;
      if (!seen.has(row.id)) {
        seen.add(row.id);
        found.push(row);
      }
    }
  };
  const run = (statement: string, params: Record<string, unknown>) => {
    if (found.length >= limit) return;
    add(sql(db, statement).all({ all: options.includeDiscontinued ? 1 : 0, limit, ...params }) as PartStockRow[]);
  };

  const key = codeKey(typed);
  if (key) {
    run(PART_SEARCH_STATEMENTS.exactCode, { key });
    run(PART_SEARCH_STATEMENTS.codeStarts, { key, top: key + TOP });
  }
  const chars = nameChars(typed);
  if (chars.length > 0) run(PART_SEARCH_STATEMENTS.name, { match: `name_chars : "${chars.join(' ')}"` });
  const letters = typed.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (/[a-z]/.test(letters)) {
    run(PART_SEARCH_STATEMENTS.name, { match: `{pinyin initials} : ^ "${letters}" *` });
    run(PART_SEARCH_STATEMENTS.name, { match: `{pinyin initials} : "${letters}" *` });
  }
  if (key) run(PART_SEARCH_STATEMENTS.specStarts, { key, top: key + TOP });
  const bin = binKey(typed);
  if (bin) run(PART_SEARCH_STATEMENTS.binStarts, { bin, binTop: bin + TOP });
  return found.map(toSummary);
}
