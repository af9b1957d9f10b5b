// Keyset lists (lists page by keyset, never OFFSET): the cursor a page ends with, and the one query of the record
// lists that are read newest first or, with `overdue`, oldest due first. Each list names the index that serves the
// filters it was given, so SQLite walks that index in the list's order and never sorts what matches.
import { sql, type Db } from '../db/connection';

/** Where a page ended: the last row's sort key (a time, or 0 when the list is by id alone) and its id. */
export interface ListCursor {
  key: number;
  id: number;
}

export function encodeListCursor(key: number, id: number): string {
  return `${key}.${id}`;
}

/** The cursor a client sent back, or null for the first page (a cursor that is not one also starts from the top). */
export function decodeListCursor(cursor: string | undefined): ListCursor | null {
  if (cursor === undefined) return null;
  const match = /^(\d{1,16})\.(\d{1,16})$/.exec(cursor);
  if (!match) return null;
  return { key: Number(match[1]), id: Number(match[2]) };
}

/** One page of a keyset list read with `limit + 1` rows: the page, and the cursor after its last row (null at the end). */
export function keysetPage<T extends { id: number }>(rows: T[], limit: number, keyOf: (row: T) => number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeListCursor(keyOf(last), last.id) : null };
}

/** A row's place in a list read by `keysetRows`: its due time when overdue rows are listed, else its id alone. */
export function listCursorOf(row: { id: number; dueAt: number | null }, overdue: boolean | undefined): ListCursor {
  return { key: overdue ? (row.dueAt ?? 0) : 0, id: row.id };
}

/**
 * A page of a record list as the contract answers it: `limit` rows (default 50) after the cursor `after`, read as
 * `limit + 1` to know whether more follow, and the cursor of the next page.
 */
export function listPage<T extends { id: number; dueAt: number | null }>(
  input: { after?: string | undefined; limit?: number | undefined; overdue?: boolean | undefined },
  read: (cursor: ListCursor | null, limit: number) => T[],
): { items: T[]; nextCursor: string | null } {
  const limit = input.limit ?? 50;
  return keysetPage(read(decodeListCursor(input.after), limit + 1), limit, (last) => listCursorOf(last, input.overdue).key);
}

/** An index and the filters it serves: it is chosen when all of them are given. */
export type IndexChoice<K extends string> = readonly [index: string, ...filters: K[]];

/** A list of records as `keysetRows` reads it; `K` names its filters. */
export interface KeysetList<K extends string> {
  /** The table and its alias in the statement; the alias's `id` and `due_at` are the keys of the two orders. */
  table: string;
  alias: string;
  /** The columns of a row and the joins they need. */
  columns: string;
  joins: string;
  /** Each filter's condition on the parameter of the same name (`q.state = @state`), added when the filter is given. */
  conditions: Record<K, string>;
  /**
   * Newest first: the indexes for the filters given, most selective first. The first whose filters are all given is
   * named (`INDEXED BY`; SQLite would otherwise be free to walk the primary key); when none applies, SQLite chooses.
   */
  newest: ReadonlyArray<IndexChoice<K>>;
  overdue: {
    /** What makes a row late at `@dueBefore` (`q.state = 'open' AND q.due_at < @dueBefore`): its partial index's rows. */
    where: string;
    /** As `newest`, for the oldest-due-first order. */
    indexes: ReadonlyArray<IndexChoice<K>>;
    /** Filters this order leaves to the caller. */
    ignores?: readonly K[];
  };
}

export type ListFilter<K extends string> = { [F in K]?: string | number | undefined } & { overdue?: boolean | undefined };

function chosenIndex<K extends string>(choices: ReadonlyArray<IndexChoice<K>>, given: readonly K[]): string | null {
  const choice = choices.find(([, ...needs]) => needs.every((filter) => given.includes(filter)));
  return choice ? choice[0] : null;
}

/**
 * Up to `limit` rows of a list after `cursor`: newest first by id, or with `filter.overdue` those late at `dueBefore`
 * (usually now), oldest due first by (due_at, id). Filters not given add nothing.
 */
export function keysetRows<Row, K extends string>(
  db: Db,
  list: KeysetList<K>,
  filter: ListFilter<K>,
  cursor: ListCursor | null,
  limit: number,
  dueBefore: number,
): Row[] {
  const byDue = filter.overdue === true;
  const ignored: readonly K[] = byDue ? (list.overdue.ignores ?? []) : [];
  const given = (Object.keys(list.conditions) as K[]).filter((name) => filter[name] !== undefined && !ignored.includes(name));
  const a = list.alias;
  const index = chosenIndex(byDue ? list.overdue.indexes : list.newest, given);
  const where = [
    ...(byDue ? [list.overdue.where, `(${a}.due_at, ${a}.id) > (@afterKey, @afterId)`] : [`${a}.id < @beforeId`]),
    ...given.map((name) => list.conditions[name]),
  ];
  const params = {
    ...Object.fromEntries(given.map((name) => [name, filter[name]])),
    ...(byDue ? { dueBefore, afterKey: cursor?.key ?? -1, afterId: cursor?.id ?? 0 } : { beforeId: cursor?.id ?? Number.MAX_SAFE_INTEGER }),
    limit,
  };
  return sql(
    db,
    `SELECT ${list.columns} FROM ${list.table} ${a}${index ? ` INDEXED BY ${index}` : ''} ${list.joins}
     WHERE ${where.join(' AND ')} ORDER BY ${byDue ? `${a}.due_at, ${a}.id` : `${a}.id DESC`} LIMIT @limit`,
  ).all(params) as Row[];
}
