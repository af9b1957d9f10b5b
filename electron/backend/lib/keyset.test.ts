import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeStatements, openDatabase, type Db } from '../db/connection';
import { decodeListCursor, encodeListCursor, keysetRows, listPage, type KeysetList, type ListFilter } from './keyset';

// A table of made-up records with the indexes a record list keeps, to test the keyset list apart from any real one.
type Filter = 'state' | 'departmentId' | 'ownerId';
interface Row {
  id: number;
  state: string;
  department_id: number;
  owner_id: number;
  due_at: number;
}

const LIST: KeysetList<Filter> = {
  table: 'records',
  alias: 'r',
  columns: 'r.id, r.state, r.department_id, r.owner_id, r.due_at',
  joins: '',
  conditions: { state: 'r.state = @state', departmentId: 'r.department_id = @departmentId', ownerId: 'r.owner_id = @ownerId' },
  newest: [
    ['records_by_department_state', 'departmentId', 'state'],
    ['records_by_department', 'departmentId'],
    ['records_by_state', 'state'],
  ],
  overdue: {
    where: `r.state = 'open' AND r.due_at < @dueBefore`,
    indexes: [['records_awaiting_by_department', 'departmentId'], ['records_awaiting']],
    ignores: ['ownerId'],
  },
};

const NOW = 10_000;
let db: Db;
let rows: Row[];

beforeAll(() => {
  db = openDatabase(':memory:');
  db.exec(`
    CREATE TABLE records (id INTEGER PRIMARY KEY, state TEXT NOT NULL, department_id INTEGER NOT NULL, owner_id INTEGER NOT NULL,
      due_at INTEGER NOT NULL);
    CREATE INDEX records_by_state ON records (state, id);
    CREATE INDEX records_by_department ON records (department_id, id);
    CREATE INDEX records_by_department_state ON records (department_id, state, id);
    CREATE INDEX records_awaiting ON records (due_at, id) WHERE state = 'open';
    CREATE INDEX records_awaiting_by_department ON records (department_id, due_at, id) WHERE state = 'open';
  `);
  const insert = db.prepare('INSERT INTO records (state, department_id, owner_id, due_at) VALUES (?, ?, ?, ?)');
  // Due times repeat (every 7th record shares one), so the page boundaries fall inside runs of equal keys.
  for (let i = 0; i < 80; i++) insert.run(i % 3 === 0 ? 'done' : 'open', (i % 4) + 1, (i % 5) + 1, 5_000 + (i % 7) * 1_000);
  rows = db.prepare('SELECT * FROM records').all() as Row[];
});
afterAll(() => db.close());

/** Every page of a list, `limit` rows at a time, following each page's cursor. */
function everyPage(filter: ListFilter<Filter>, limit: number): { ids: number[]; pages: number } {
  const ids: number[] = [];
  let after: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = listPage({ ...filter, after, limit }, (cursor, n) =>
      keysetRows<Row, Filter>(db, LIST, filter, cursor, n, NOW).map((row) => ({ id: row.id, dueAt: row.due_at })),
    );
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((item) => item.id));
    if (page.nextCursor === null) return { ids, pages };
    after = page.nextCursor;
  }
}

const newestFirst = (keep: (row: Row) => boolean) => rows.filter(keep).map((row) => row.id).sort((a, b) => b - a);
const oldestDueFirst = (keep: (row: Row) => boolean) =>
  rows
    .filter((row) => row.state === 'open' && row.due_at < NOW && keep(row))
    .sort((a, b) => a.due_at - b.due_at || a.id - b.id)
    .map((row) => row.id);

describe('a keyset list', () => {
  it('pages newest first through every row, each once, the filters given narrowing it', () => {
    expect(everyPage({}, 9)).toEqual({ ids: newestFirst(() => true), pages: 9 });
    expect(everyPage({ state: 'open' }, 10).ids).toEqual(newestFirst((row) => row.state === 'open'));
    expect(everyPage({ departmentId: 2, state: 'done' }, 4).ids).toEqual(newestFirst((row) => row.department_id === 2 && row.state === 'done'));
    expect(everyPage({ ownerId: 3, state: undefined }, 5).ids).toEqual(newestFirst((row) => row.owner_id === 3));
  });

  it('pages the overdue rows oldest due first, equal due times by id, up to the time given', () => {
    const all = everyPage({ overdue: true }, 6);
    expect(all.ids).toEqual(oldestDueFirst(() => true));
    expect(all.ids.length).toBeGreaterThan(20);
    expect(everyPage({ overdue: true, departmentId: 3 }, 4).ids).toEqual(oldestDueFirst((row) => row.department_id === 3));
    // A filter the overdue order ignores is left to the caller.
    expect(everyPage({ overdue: true, ownerId: 1 }, 50).ids).toEqual(oldestDueFirst(() => true));
    const dueBefore7000 = keysetRows<Row, Filter>(db, LIST, { overdue: true }, null, 100, 7_000).map((row) => row.due_at);
    expect(new Set(dueBefore7000)).toEqual(new Set([5_000, 6_000]));
  });

  it('names the index of the narrowest filters given, and never sorts what matches', () => {
    const seen: string[] = [];
    const stop = observeStatements((text) => seen.push(text));
    try {
      keysetRows(db, LIST, {}, null, 5, NOW);
      keysetRows(db, LIST, { state: 'open' }, null, 5, NOW);
      keysetRows(db, LIST, { departmentId: 1 }, null, 5, NOW);
      keysetRows(db, LIST, { departmentId: 1, state: 'open' }, null, 5, NOW);
      keysetRows(db, LIST, { ownerId: 1 }, null, 5, NOW);
      keysetRows(db, LIST, { overdue: true }, null, 5, NOW);
      keysetRows(db, LIST, { overdue: true, departmentId: 1 }, null, 5, NOW);
    } finally {
      stop();
    }
    const index = (text: string) => /INDEXED BY (\w+)/.exec(text)?.[1] ?? null;
    expect(seen.map(index)).toEqual([
      null,
      'records_by_state',
      'records_by_department',
      'records_by_department_state',
      null,
      'records_awaiting',
      'records_awaiting_by_department',
    ]);
    for (const text of seen.filter((t) => index(t) !== null)) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all({ state: 'open', departmentId: 1, dueBefore: NOW, afterKey: 0, afterId: 0, beforeId: 1e9, limit: 5 }) as {
        detail: string;
      }[]).map((row) => row.detail);
      expect(plan.join('\n'), text).not.toMatch(/TEMP B-TREE/);
    }
  });
});

describe('a list cursor', () => {
  it('carries the last row’s key and id, and a cursor that is not one starts from the top', () => {
    expect(decodeListCursor(encodeListCursor(1_764_000_000_000, 42))).toEqual({ key: 1_764_000_000_000, id: 42 });
    expect(decodeListCursor(undefined)).toBeNull();
    for (const bad of ['', '12', '1.2.3', '-1.2', 'a.b', '1.2 ', `${'9'.repeat(17)}.1`]) expect(decodeListCursor(bad), bad).toBeNull();
  });
});
