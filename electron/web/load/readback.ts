// After a load run or a restart: every create the host acknowledged is in the database exactly once (with the id it
// answered), and a create that was sent but never answered is there at most once. Read from the database file itself,
// with the host stopped, by the tag each create wrote into its text.
import Database from 'better-sqlite3';

export type TaggedKind = 'request' | 'complaint' | 'movement';

const WHERE: Record<TaggedKind, { table: string; column: string }> = {
  request: { table: 'requests', column: 'subject' },
  complaint: { table: 'complaints', column: 'content' },
  movement: { table: 'stock_movements', column: 'reason' },
};

export interface ReadBack {
  /** Acknowledged and not found. */
  lost: string[];
  /** Found more than once (acknowledged or not). */
  duplicated: string[];
  /** Acknowledged, found once, but under another id than the answer gave. */
  otherId: string[];
  /** Found, and never sent by the run (or sent by no desk that says so). */
  unexpected: string[];
  /** Sent, not answered, and found (once): the host did it before it could answer. */
  unansweredFound: number;
  /** How many rows carrying the run's tags were read. */
  rows: number;
}

/**
 * `databaseFile` is opened read-only; `prefix` is the run's tag prefix (`[<prefix>-…]` in each record's text). An
 * acknowledged create with no id is one the host said was saved without giving its answer again (a receipt left pending
 * by a kill): it must be there once, under any id.
 */
export function readBack(
  databaseFile: string,
  prefix: string,
  acknowledged: ReadonlyArray<{ kind: TaggedKind; tag: string; id: number | null }>,
  unanswered: ReadonlyArray<{ kind: TaggedKind; tag: string }>,
): ReadBack {
  if (!/^[A-Za-z0-9]+$/.test(prefix)) throw new Error(`A tag prefix is letters and digits, not ${prefix}`);
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  const found = new Map<string, number[]>();
  let rows = 0;
  try {
    const pattern = new RegExp(`\\[(${prefix}-\\d+-\\d+)\\]`);
    for (const [kind, { table, column }] of Object.entries(WHERE) as Array<[TaggedKind, (typeof WHERE)[TaggedKind]]>) {
      const all = db.prepare(`SELECT id, ${column} AS text FROM ${table} WHERE instr(${column}, ?) > 0`).all(`[${prefix}-`) as Array<{ id: number; text: string }>;
      for (const row of all) {
        const tag = pattern.exec(row.text)?.[1];
        if (!tag) continue;
        rows += 1;
        const key = `${kind}:${tag}`;
        found.set(key, [...(found.get(key) ?? []), row.id]);
      }
    }
  } finally {
    db.close();
  }
  const result: ReadBack = { lost: [], duplicated: [], otherId: [], unexpected: [], unansweredFound: 0, rows };
  const sent = new Set<string>();
  for (const create of acknowledged) {
    const key = `${create.kind}:${create.tag}`;
    sent.add(key);
    const ids = found.get(key) ?? [];
    if (ids.length === 0) result.lost.push(key);
    else if (ids.length > 1) result.duplicated.push(key);
    else if (create.id !== null && ids[0] !== create.id) result.otherId.push(key);
  }
  for (const create of unanswered) {
    const key = `${create.kind}:${create.tag}`;
    sent.add(key);
    const ids = found.get(key) ?? [];
    if (ids.length > 1) result.duplicated.push(key);
    if (ids.length === 1) result.unansweredFound += 1;
  }
  for (const key of found.keys()) if (!sent.has(key)) result.unexpected.push(key);
  return result;
}
