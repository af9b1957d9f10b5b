// Lists and search of requests: keyset pages newest first, and a search box that takes a number, a phone or words.
import { sql, type Db } from '../../db/connection';
import { bigramQuery, containsQuery } from '../../lib/fulltext';
import { foldPhoneWidth, normalizePhone, splitExtension } from '../../../../shared/customers/phones';
import type { ApiParsedInput } from '../../../../shared/api';
import type { RequestSummary } from '../../../../shared/api/requests';
import { OPEN_STATES, REQUEST_STATES } from '../../../../shared/requests/lifecycle';
import { requestSummaries, SUMMARY_COLUMNS, SUMMARY_JOINS, toSummary, type SummaryRow } from './repository';

const FINISHED_STATES = REQUEST_STATES.filter((state) => !OPEN_STATES.includes(state));

function encodeCursor(row: { received_at: number; id: number }): string {
  return `${row.received_at}:${row.id}`;
}

function decodeCursor(cursor: string): { receivedAt: number; id: number } | null {
  const match = /^(\d{1,16}):(\d{1,16})$/.exec(cursor);
  return match ? { receivedAt: Number(match[1]), id: Number(match[2]) } : null;
}

export function listRequests(db: Db, input: ApiParsedInput<'requests.list'>): { items: RequestSummary[]; nextCursor: string | null } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit + 1 };
  if (input.state === 'open' || input.state === 'finished') {
    const states = input.state === 'open' ? OPEN_STATES : FINISHED_STATES;
    where.push(`r.state IN (${states.map((s) => `'${s}'`).join(', ')})`);
  } else if (input.state) {
    where.push('r.state = @state');
    params.state = input.state;
  }
  if (input.kind) {
    where.push('r.kind = @kind');
    params.kind = input.kind;
  }
  if (input.priority) {
    where.push('r.priority = @priority');
    params.priority = input.priority;
  }
  if (input.ownerId !== undefined) {
    where.push('r.owner_id = @ownerId');
    params.ownerId = input.ownerId;
  }
  if (input.departmentId !== undefined) {
    where.push('r.department_id = @departmentId');
    params.departmentId = input.departmentId;
  }
  if (input.customerId !== undefined) {
    where.push('r.customer_id = @customerId');
    params.customerId = input.customerId;
  }
  const cursor = input.after ? decodeCursor(input.after) : null;
  if (cursor) {
    where.push('(r.received_at < @afterAt OR (r.received_at = @afterAt AND r.id < @afterId))');
    params.afterAt = cursor.receivedAt;
    params.afterId = cursor.id;
  }
  const rows = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM requests r ${SUMMARY_JOINS}
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY r.received_at DESC, r.id DESC LIMIT @limit`,
  ).all(params) as SummaryRow[];
  const more = rows.length > input.limit;
  const page = more ? rows.slice(0, input.limit) : rows;
  return { items: page.map(toSummary), nextCursor: more ? encodeCursor(page[page.length - 1]!) : null };
}

/** How many of the newest full-text matches are ranked (subject first): enough for any page of results. */
const TEXT_CANDIDATES = 200;

/**
 * Full-text matches among the newest TEXT_CANDIDATES: those whose subject has the words first, then the rest; newest
 * first within each. (FTS5's bm25, or a second query on the subject alone, would read every matching row: a common
 * word is in most of a million requests, and that took 30-70 ms. Newest first reads only as far back as needed.)
 */
function textMatches(db: Db, query: string, limit: number): number[] {
  const match = bigramQuery(query, ['subject', 'body'], ['subject_pairs', 'body_pairs']);
  if (!match) return [];
  const rows = sql(
    db,
    `SELECT s.rowid AS id, r.subject FROM request_search s JOIN requests r ON r.id = s.rowid
     WHERE request_search MATCH ? ORDER BY s.rowid DESC LIMIT ?`,
  ).all(match, TEXT_CANDIDATES) as { id: number; subject: string }[];
  const inSubject = rows.filter((row) => containsQuery(row.subject, query));
  const elsewhere = rows.filter((row) => !inSubject.includes(row));
  return [...inSubject, ...elsewhere].slice(0, limit).map((row) => row.id);
}

const NUMBER = /^\s*(?:FW-?)?(\d{8})-?(\d{1,4})\s*$/i;
const DIGITS_ONLY = /^[\d\s\-+()]+$/;

/**
 * Best first: the request with that number; then requests whose caller's phone starts with the digits typed; then
 * full-text matches of the words (textMatches).
 */
export function searchRequests(db: Db, typed: string, limit: number): RequestSummary[] {
  const query = foldPhoneWidth(typed);
  const ids: number[] = [];
  const add = (found: number[]) => {
    for (const id of found) if (!ids.includes(id) && ids.length < limit) ids.push(id);
  };
  const number = NUMBER.exec(query);
  if (number) {
    const exact = `FW-${number[1]}-${number[2]!.padStart(4, '0')}`;
    add(sql(db, 'SELECT id FROM requests WHERE number = ?').pluck().all(exact) as number[]);
  }
  // A number typed with its extension (`021-62885000转8012`) finds the calls from that number.
  const { number: phone } = splitExtension(query);
  const digits = phone !== '' && DIGITS_ONLY.test(phone) ? normalizePhone(phone) : '';
  if (digits.length >= 4 && ids.length < limit) {
    add(
      sql(
        db,
        `SELECT id FROM requests WHERE caller_phone_normalized >= ? AND caller_phone_normalized < ?
         ORDER BY caller_phone_normalized = ? DESC, received_at DESC LIMIT ?`,
      )
        .pluck()
        .all(digits, `${digits}:`, digits, limit) as number[],
    );
  }
  if (ids.length < limit) add(textMatches(db, query, limit));
  return requestSummaries(db, ids);
}
