// Stock-taking (盘点) through the contract: a count sheet made, counted (and added to by a scan), then posted as
// adjustment movements through the ledger in one transaction, or cancelled. Each step names the version it read.
import type { Stocktake, stocktakesApi } from '../../../../shared/api/stocktakes';
import type { FieldIssue } from '../../../../shared/api/envelope';
import { fitsDecimals } from '../../../../shared/parts/quantity';
import { mayTakeStocktakeStep, postingPlan, type StocktakeStep } from '../../../../shared/stocktakes/workflow';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { insertRow, updateVersionedRow } from '../../db/versioned';
import { DomainError, invalidState, notFound, staleVersion } from '../../lib/errors';
import { decodeListCursor } from '../../lib/keyset';
import { datedNumber } from '../../lib/numbers';
import { findPartRow, units } from '../parts';
import { postMovement } from '../stock';
import {
  addLine,
  balanceAt,
  findStocktakeRow,
  insertSheetLines,
  lastMovementId,
  lineExists,
  lineRows,
  listStocktakes,
  setCount,
  stocktakeOf,
  type StocktakeRow,
} from './repository';

function existing(ctx: HandlerContext, id: number): Stocktake {
  const sheet = stocktakeOf(ctx.db, id);
  if (!sheet) throw notFound('Stock-take', id);
  return sheet;
}

/**
 * The sheet for a step: it exists, the step applies to its state, and the version read is still the current one
 * (taken: the version moves on now, so whoever saves second is told).
 */
function takeStep(ctx: HandlerContext, input: { id: number; version: number }, step: StocktakeStep, columns: Record<string, unknown> = {}): StocktakeRow {
  const row = findStocktakeRow(ctx.db, input.id);
  if (!row) throw notFound('Stock-take', input.id);
  if (!mayTakeStocktakeStep(row.state, step)) {
    throw invalidState(`Stock-take ${row.number} is ${row.state}: it cannot be ${step === 'count' ? 'counted' : `${step}ed`} any more`, `stocktakes.${row.state}`);
  }
  if (!updateVersionedRow(ctx.db, 'stocktakes', row.id, input.version, columns, ctx.now())) throw staleVersion(`Stock-take ${row.number}`);
  return row;
}

function validation(message: string, fields: FieldIssue[]): DomainError {
  return new DomainError('validation', message, fields[0]?.key, { fields });
}

export const stocktakesHandlers = {
  'stocktakes.create': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const bins = [...new Set(input.bins ?? [])];
      const number = datedNumber(ctx.db, 'PD', now);
      const id = insertRow(ctx.db, 'stocktakes', {
        number,
        state: 'counting',
        bins: JSON.stringify(bins),
        show_book: input.showBook ? 1 : 0,
        last_movement_id: lastMovementId(ctx.db),
        made_by: me.id,
        made_at: now,
        created_at: now,
        updated_at: now,
      });
      const lines = insertSheetLines(ctx.db, id, bins);
      if (lines === 0) throw validation('No parts are kept in these bins', [{ path: 'bins', key: 'validation.stocktakeNoParts' }]);
      ctx.audit({ entity: 'stocktake', entityId: id, after: { number, state: 'counting', bins, showBook: input.showBook ?? false, lineCount: lines } });
      return existing(ctx, id);
    }),

  'stocktakes.get': (ctx, input) => existing(ctx, input.id),

  'stocktakes.list': (ctx, input) => listStocktakes(ctx.db, input.state, decodeListCursor(input.after), input.limit ?? 50),

  'stocktakes.count': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const row = takeStep(ctx, input, 'count');
      const issues: FieldIssue[] = [];
      const parts = input.lines.map((line, index) => {
        const part = findPartRow(ctx.db, line.partId);
        if (!part) issues.push({ path: `lines.${index}.partId`, key: 'validation.unknownPart' });
        else if (line.counted !== null && !fitsDecimals(line.counted, part.decimals)) {
          issues.push({ path: `lines.${index}.counted`, key: 'validation.quantity.unitDecimals', params: { unit: part.unit, decimals: part.decimals } });
        }
        return part;
      });
      if (issues.length > 0) throw validation(`Stock-take ${row.number}: some counts cannot be saved`, issues);
      const changed: Array<{ partId: number; code: string; counted: number | null; added?: true }> = [];
      input.lines.forEach((line, index) => {
        const part = parts[index]!;
        const onSheet = lineExists(ctx.db, row.id, line.partId);
        if (onSheet) setCount(ctx.db, row.id, line.partId, line.counted, me.id, now);
        // A part scanned that the sheet did not list: its book quantity is its balance when the sheet was made.
        else addLine(ctx.db, row.id, line.partId, balanceAt(ctx.db, line.partId, row.last_movement_id), line.counted, me.id, now);
        changed.push({ partId: part.id, code: part.code, counted: line.counted === null ? null : units(line.counted), ...(!onSheet && { added: true as const }) });
      });
      ctx.audit({ entity: 'stocktake', entityId: row.id, after: { number: row.number, lines: changed } });
      return existing(ctx, row.id);
    }),

  'stocktakes.post': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      const row = takeStep(ctx, input, 'post', { state: 'posted', reason: input.reason, posted_by: me.id, posted_at: now });
      const lines = lineRows(ctx.db, row).map((line) => ({ ...line, balance: line.on_hand }));
      const plan = postingPlan(lines);
      if (plan.counted === 0) throw invalidState(`Nothing on stock-take ${row.number} has been counted`, 'stocktakes.nothingCounted');
      if (plan.uncounted.length > 0 && input.skipUncounted !== true) {
        const params = { count: plan.uncounted.length, codes: plan.uncounted.slice(0, 5).map((line) => line.code).join(', ') + (plan.uncounted.length > 5 ? ' …' : '') };
        throw new DomainError('invalid_state', `${params.count} lines of stock-take ${row.number} are not counted: ${params.codes}`, 'stocktakes.uncounted', {
          fields: [{ path: 'skipUncounted', key: 'stocktakes.uncounted', params }],
          params,
        });
      }
      const source = { kind: 'stocktake' as const, id: row.id, number: row.number };
      const adjustments = plan.adjustments.map(({ line, quantity }) => {
        const movement = postMovement(ctx.db, { partId: line.part_id, kind: 'adjustment', quantity, source, reason: input.reason }, me.id, now);
        return { partId: line.part_id, code: line.code, quantity: units(quantity), movementId: movement.id };
      });
      ctx.audit({
        entity: 'stocktake',
        entityId: row.id,
        before: { state: row.state },
        after: { number: row.number, state: 'posted', reason: input.reason, adjustments, ...(plan.uncounted.length > 0 && { skipped: plan.uncounted.length }) },
      });
      return existing(ctx, row.id);
    }),

  'stocktakes.cancel': (ctx, input) =>
    ctx.write(() => {
      const row = takeStep(ctx, input, 'cancel', { state: 'cancelled', reason: input.reason });
      ctx.audit({ entity: 'stocktake', entityId: row.id, before: { state: row.state }, after: { number: row.number, state: 'cancelled', reason: input.reason } });
      return existing(ctx, row.id);
    }),
} satisfies HandlersOf<typeof stocktakesApi>;
