// Stock-taking (盘点): a count sheet for some bins or the whole store, printed with an empty count column, counted and
// entered back (a scan finds the line), its differences posted as adjustment movements (盘点调整) in one step with the
// reason. A sheet being counted freezes nothing: it says what moved since it was made. Quantities are numbers of the
// part's unit (exact to the thousandth).
import { z } from 'zod';
import { method } from './define';
import { idSchema, versionSchema } from './common';
import { quantitySchema, STORE_KEEPERS, STORE_OVERSEERS } from './parts';
import { STOCKTAKE_STATES, type StocktakeState } from '../stocktakes/workflow';

/** A bin as typed or chosen: full-width read as plain; '' is the parts with no bin. */
const binSchema = z.string().overwrite((typed) => typed.normalize('NFKC')).trim().max(40);

export interface StocktakeSummary {
  id: number;
  /** PD-YYYYMMDD-NNNN. */
  number: string;
  state: StocktakeState;
  /** The bins counted; empty for the whole store (全库). */
  bins: string[];
  /** Whether the printed sheet shows the book quantities (a blind count does not). */
  showBook: boolean;
  madeAt: number;
  madeByName: string | null;
  /** The posting's (or the cancelling's) reason. */
  reason: string;
  postedAt: number | null;
  postedByName: string | null;
  lineCount: number;
  countedCount: number;
  version: number;
}

export interface StocktakeLine {
  partId: number;
  code: string;
  name: string;
  spec: string;
  unit: string;
  /** How many decimals a count of the unit may have. */
  decimals: number;
  bin: string;
  /** The balance when the sheet was made (账面数). */
  book: number;
  /** What was counted (实盘数), or null while not counted. */
  counted: number | null;
  countedAt: number | null;
  countedByName: string | null;
  /** The balance now. */
  balance: number;
  /** What moved since the sheet was made: the net quantity and how many movements (a receipt and an issue net 0). */
  movedSince: number;
  movementsSince: number;
  /** Counted − the balance now; null while not counted. */
  difference: number | null;
  /** After posting: the adjustment posted for the line (null: none was needed). */
  adjusted: number | null;
  /** Added to the sheet while counting (scanned, not on the sheet as made). */
  added: boolean;
}

export interface Stocktake extends StocktakeSummary {
  lines: StocktakeLine[];
  /** Lines whose part moved since the sheet was made. */
  movedLines: number;
}

const reasonSchema = z.string().trim().min(1).max(500);

export const stocktakesApi = {
  'stocktakes.create': method<Stocktake>()({
    summary:
      'Makes a count sheet (盘点表, PD-YYYYMMDD-NNNN) of the parts in these bins (none: the whole store), each line with its book quantity now. `showBook` prints the book quantities.',
    input: z.strictObject({
      bins: z.array(binSchema).max(100).optional(),
      showBook: z.boolean().optional(),
    }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'stocktakes.get': method<Stocktake>()({
    summary: "A count sheet: each line's book quantity when it was made, its count, the balance now, what moved since, and the difference.",
    input: z.strictObject({ id: idSchema }),
    access: STORE_OVERSEERS,
    kind: 'read',
  }),
  'stocktakes.list': method<{ items: StocktakeSummary[]; nextCursor: string | null }>()({
    summary: 'Count sheets newest first, by state; a page of `limit` after `after`.',
    input: z.strictObject({
      state: z.enum(STOCKTAKE_STATES).optional(),
      after: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: STORE_OVERSEERS,
    kind: 'read',
  }),
  'stocktakes.count': method<Stocktake>()({
    summary:
      'Saves counts (a number of the part’s unit, 0 allowed; null clears one). A part not on the sheet (scanned) is added as a line with its book quantity when the sheet was made. Names the version it read.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      lines: z
        .array(z.strictObject({ partId: idSchema, counted: quantitySchema({ allowZero: true }).nullable() }))
        .min(1)
        .max(2000),
    }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'stocktakes.post': method<Stocktake>()({
    summary:
      'Posts the sheet: one adjustment movement (盘点调整) for each counted line that differs from the balance now, with the reason, all in one step. Lines not counted are refused unless `skipUncounted`. Once.',
    input: z.strictObject({ id: idSchema, version: versionSchema, reason: reasonSchema, skipUncounted: z.boolean().optional() }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'stocktakes.cancel': method<Stocktake>()({
    summary: 'Drops a sheet being counted without changing stock, with the reason.',
    input: z.strictObject({ id: idSchema, version: versionSchema, reason: reasonSchema }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
};
