// Human numbers (KH-000001, FW-20261122-0001…), allocated inside the transaction that creates the record.
import { sql, type Db } from '../db/connection';
import { centerToday } from './center-time';

/** The next value of a named sequence; must run inside the creating transaction so a rollback returns it. */
export function nextInSequence(db: Db, key: string): number {
  if (!db.inTransaction) throw new Error('Numbers are allocated inside the transaction that creates the record');
  const row = sql(
    db,
    `INSERT INTO number_sequences (key, last_value) VALUES (?, 1)
     ON CONFLICT (key) DO UPDATE SET last_value = last_value + 1
     RETURNING last_value`,
  ).get(key) as { last_value: number };
  return row.last_value;
}

/** Reserves the next `count` values of a named sequence at once (an import's); returns the first of them. */
export function reserveInSequence(db: Db, key: string, count: number): number {
  if (!db.inTransaction) throw new Error('Numbers are allocated inside the transaction that creates the record');
  const row = sql(
    db,
    `INSERT INTO number_sequences (key, last_value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET last_value = last_value + excluded.last_value
     RETURNING last_value`,
  ).get(key, count) as { last_value: number };
  return row.last_value - count + 1;
}

export function customerCode(n: number): string {
  return `KH-${String(n).padStart(6, '0')}`;
}

/** A number of the form PREFIX-YYYYMMDD-NNNN (YN-…, JY-…, TS-…), counted per day of the center's calendar. */
export function datedNumber(db: Db, prefix: string, now: number): string {
  const day = centerToday(db, now).replaceAll('-', '');
  const n = nextInSequence(db, `${prefix}-${day}`);
  return `${prefix}-${day}-${String(n).padStart(4, '0')}`;
}
