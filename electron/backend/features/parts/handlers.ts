// The store's parts: created with no stock (stock comes by the ledger), described, found, listed. A part's page
// (parts.get) shows its movements too: it is assembled in features/stock, which is built on this one.
import type { Part, partsApi } from '../../../../shared/api/parts';
import { decimalsOfUnit } from '../../../../shared/parts/quantity';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { fieldInvalid, notFound, staleVersion } from '../../lib/errors';
import { ensureModel } from '../equipment';
import {
  bins,
  codeTaken,
  findPartByCode,
  findPartRow,
  insertPart,
  listParts,
  lowStock,
  partExists,
  replacePartModels,
  replaceSubstitutes,
  summariesOf,
  toPart,
  toSummary,
  updatePartColumns,
} from './repository';
import { searchParts } from './search';
import { sql } from '../../db/connection';

export function existingPart(ctx: HandlerContext, id: number): Part {
  const row = findPartRow(ctx.db, id);
  if (!row) throw notFound('Part', id);
  return toPart(ctx.db, row);
}

function checkCode(ctx: HandlerContext, code: string, exceptId: number | null): void {
  if (codeTaken(ctx.db, code, exceptId)) throw fieldInvalid('code', 'validation.partCodeTaken', `A part with the code ${code} is in the store already`);
}

function checkSubstitutes(ctx: HandlerContext, partId: number | null, ids: readonly number[]): void {
  ids.forEach((id, index) => {
    if (id === partId) throw fieldInvalid(`substituteIds.${index}`, 'validation.substituteItself', 'A part cannot substitute for itself');
    if (!partExists(ctx.db, id)) throw fieldInvalid(`substituteIds.${index}`, 'validation.unknownPart', `Part ${id} does not exist`);
  });
}

function modelIdsOf(ctx: HandlerContext, models: readonly string[], now: number): number[] {
  return models.map((model) => ensureModel(ctx.db, model, '', '', now));
}

/** What the audit log keeps of a part: what people set, not its stock (the ledger's movements have their own rows). */
function audited(part: Part) {
  const { onHand: _onHand, valueFen: _valueFen, averageCostFen: _average, low: _low, substitutes, substituteFor: _for, models, ...rest } = part;
  return { ...rest, models: models.map((m) => m.model), substituteIds: substitutes.map((s) => s.id) };
}

export const partsHandlers = {
  'parts.create': (ctx, input) =>
    ctx.write(() => {
      signedIn(ctx);
      const now = ctx.now();
      checkCode(ctx, input.code, null);
      checkSubstitutes(ctx, null, input.substituteIds ?? []);
      const id = insertPart(
        ctx.db,
        {
          code: input.code,
          name: input.name,
          spec: input.spec,
          unit: input.unit,
          decimals: input.decimals ?? decimalsOfUnit(input.unit),
          bin: input.bin,
          reorder_point: input.reorderPoint,
          unit_cost_fen: input.unitCostFen,
          notes: input.notes,
        },
        now,
      );
      if (input.models) replacePartModels(ctx.db, id, modelIdsOf(ctx, input.models, now));
      if (input.substituteIds) replaceSubstitutes(ctx.db, id, input.substituteIds);
      const part = existingPart(ctx, id);
      ctx.audit({ entity: 'part', entityId: id, after: audited(part) });
      return part;
    }),

  'parts.update': (ctx, input) =>
    ctx.write(() => {
      signedIn(ctx);
      const now = ctx.now();
      const before = existingPart(ctx, input.id);
      if (input.code !== undefined) checkCode(ctx, input.code, input.id);
      if (input.substituteIds) checkSubstitutes(ctx, input.id, input.substituteIds);
      const hasStock = sql(ctx.db, 'SELECT 1 FROM stock_movements WHERE part_id = ? LIMIT 1').get(input.id) !== undefined;
      if (input.decimals !== undefined && input.decimals < before.decimals && hasStock) {
        throw fieldInvalid('decimals', 'validation.decimalsInUse', 'The part has movements in finer quantities; its decimals cannot be fewer');
      }
      const changed = updatePartColumns(
        ctx.db,
        input.id,
        input.version,
        {
          code: input.code,
          name: input.name,
          spec: input.spec,
          unit: input.unit,
          decimals: input.decimals,
          bin: input.bin,
          reorder_point: input.reorderPoint,
          unit_cost_fen: input.unitCostFen,
          status: input.status,
          notes: input.notes,
        },
        now,
      );
      if (!changed) throw staleVersion(`Part ${before.code}`);
      if (input.models) replacePartModels(ctx.db, input.id, modelIdsOf(ctx, input.models, now));
      if (input.substituteIds) replaceSubstitutes(ctx.db, input.id, input.substituteIds);
      const after = existingPart(ctx, input.id);
      ctx.audit({ entity: 'part', entityId: input.id, before: audited(before), after: audited(after) });
      return after;
    }),

  'parts.search': (ctx, input) => ({
    items: searchParts(ctx.db, input.query, { limit: input.limit ?? 20, includeDiscontinued: input.includeDiscontinued ?? true }),
  }),

  'parts.byCode': (ctx, input) => {
    const row = findPartByCode(ctx.db, input.code);
    return { part: row ? toSummary(row) : null };
  },

  'parts.list': (ctx, input) => {
    const limit = input.limit ?? 100;
    const cursor = input.after ? decodeCodeCursor(input.after) : null;
    const rows = listParts(ctx.db, input, cursor, limit + 1);
    const items = rows.slice(0, limit);
    const last = rows.length > limit ? items[items.length - 1] : undefined;
    return { items: items.map(toSummary), nextCursor: last ? encodeCodeCursor(last.code_key) : null };
  },

  'parts.lowStock': (ctx) => ({ items: lowStock(ctx.db) }),

  'parts.summaries': (ctx, input) => ({ items: summariesOf(ctx.db, input.ids) }),

  'parts.bins': (ctx) => ({ items: bins(ctx.db) }),
} satisfies HandlersOf<Omit<typeof partsApi, 'parts.get'>>;

// The parts list pages by code: the cursor is the last code's key, base64url so any character survives.
function encodeCodeCursor(codeKey: string): string {
  return Buffer.from(codeKey, 'utf8').toString('base64url');
}
function decodeCodeCursor(cursor: string): string | null {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  return decoded === '' ? null : decoded;
}
