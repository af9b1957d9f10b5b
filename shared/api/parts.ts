// The spare parts of the store (备品备件): what a part is, how it is found, and its page. Stock moves only through the
// ledger (`stock.*`, shared/api/stock.ts).
import { z } from 'zod';
import { method } from './define';
import { idSchema, versionSchema } from './common';
import type { Role } from './roles';
import type { StockMovement } from './stock';
import { MAX_UNITS, toMilli } from '../parts/quantity';

/** Inventory clerks (库管员) keep the store. */
export const STORE_KEEPERS: readonly Role[] = ['inventory_clerk'];
/** Everyone reads the store: technicians and agents ask what is in stock, managers and supervisors read everything. */
export const STORE_READERS: readonly Role[] = [
  'agent',
  'seat_manager',
  'info_manager',
  'dept_manager',
  'technician',
  'inventory_clerk',
  'supervisor',
  'admin',
];

/** Who reads the store's own paperwork (stock-takes, purchase requests): its clerks, the managers who approve, supervisors and administrators. */
export const STORE_OVERSEERS: readonly Role[] = ['inventory_clerk', 'dept_manager', 'supervisor', 'admin'];

export const PART_STATUSES = ['active', 'discontinued'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

/**
 * A quantity as sent: a number of the part's unit (`2`, `1.5`) or its text, full-width digits too. Parsed to thousandths
 * (`quantityMilli`); whether it fits the part's unit (no decimals for 个) is checked against the part.
 */
export function quantitySchema(options: { allowNegative?: boolean; allowZero?: boolean } = {}) {
  return z.union([z.number(), z.string().max(40)]).transform((value, ctx) => {
    const milli = toMilli(value);
    if (typeof milli === 'string') {
      ctx.addIssue({ code: 'custom', message: `validation.quantity.${milli}`, params: { maximum: MAX_UNITS } });
      return z.NEVER;
    }
    if (milli < 0 && !options.allowNegative) {
      // A count or a reorder point may be 0: "more than 0" would be wrong there.
      ctx.addIssue({ code: 'custom', message: options.allowZero ? 'validation.quantity.negative' : 'validation.quantity.notPositive' });
      return z.NEVER;
    }
    if (milli === 0 && !options.allowZero) {
      ctx.addIssue({ code: 'custom', message: options.allowNegative ? 'validation.quantity.zero' : 'validation.quantity.notPositive' });
      return z.NEVER;
    }
    return milli;
  });
}

/** Money in fen as sent: a whole number, not negative, at most ten million yuan a unit. */
export const unitCostFenSchema = z.number().int().min(0).max(1_000_000_000);

const text = (max: number) => z.string().trim().max(max);
/** A code as typed or scanned: full-width letters and digits read as plain ones, no spaces at the ends. */
const codeText = z.string().overwrite((typed) => typed.normalize('NFKC')).trim().min(1).max(40);

/** What a part is and what it has: the stock, its value at the moving average, and whether it is below reorder. */
export interface PartSummary {
  id: number;
  code: string;
  name: string;
  spec: string;
  unit: string;
  decimals: number;
  bin: string;
  status: PartStatus;
  /** Units of the part (1.5 米), exact to the thousandth. */
  onHand: number;
  reorderPoint: number;
  /** Below its reorder point (最低库存). */
  low: boolean;
  valueFen: number;
  /** The moving average cost of one unit, in fen (the price list's when nothing is in stock). */
  averageCostFen: number;
}

export interface Part extends PartSummary {
  unitCostFen: number;
  notes: string;
  /** The archive's product models the part fits. */
  models: Array<{ id: number; model: string }>;
  /** 替代备品: what may be issued instead, with its stock. */
  substitutes: PartSummary[];
  /** The parts this one stands in for. */
  substituteFor: PartSummary[];
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface PartPage {
  part: Part;
  /** The last movements, newest first (at most 100; `stock.history` pages through the rest). */
  movements: StockMovement[];
  /** More movements than these. */
  moreMovements: boolean;
  /** Where `stock.history` (`after`) goes on after these movements; null when there are no more. */
  movementsCursor: string | null;
}

export interface BinSummary {
  bin: string;
  parts: number;
}

const partFields = {
  spec: text(80).optional(),
  unit: z.string().trim().min(1).max(8).optional(),
  /** Decimals a quantity of the unit may have; by default the unit's own (米 2, 个 0). */
  decimals: z.number().int().min(0).max(3).optional(),
  bin: z.string().overwrite((typed) => typed.normalize('NFKC')).trim().max(40).optional(),
  reorderPoint: quantitySchema({ allowZero: true }).optional(),
  unitCostFen: unitCostFenSchema.optional(),
  notes: text(2000).optional(),
  /** The archive's models the part fits, by model text (a model not in the archive is added to it). */
  models: z.array(z.string().overwrite((typed) => typed.normalize('NFKC')).trim().min(1).max(80)).max(50).optional(),
  substituteIds: z.array(idSchema).max(20).optional(),
};

export const partsApi = {
  'parts.create': method<Part>()({
    summary: 'Adds a part to the store with no stock: code (unique), name, unit and the rest. Stock comes by `stock.receive`.',
    input: z.strictObject({
      code: codeText,
      name: z.string().trim().min(1).max(100),
      ...partFields,
      unit: z.string().trim().min(1).max(8),
    }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'parts.update': method<Part>()({
    summary: "Changes a part's description, bin, reorder point, cost, status (停产 discontinued) or substitutes. Names the version it read.",
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      code: codeText.optional(),
      name: z.string().trim().min(1).max(100).optional(),
      status: z.enum(PART_STATUSES).optional(),
      ...partFields,
    }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'parts.get': method<PartPage>()({
    summary: "A part's page: the part, its stock and value, substitutes, and its last 100 movements newest first.",
    input: z.strictObject({ id: idSchema }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'parts.search': method<{ items: PartSummary[] }>()({
    summary:
      'The one search box of the store: code (a scan gives the exact code first), name (any 1 or 2 Chinese characters, pinyin, initials), model/spec or bin.',
    input: z.strictObject({
      query: z.string().max(100),
      limit: z.number().int().min(1).max(100).optional(),
      includeDiscontinued: z.boolean().optional(),
    }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'parts.byCode': method<{ part: PartSummary | null }>()({
    summary: 'The part with exactly this code (as a barcode scanner types it), or null.',
    input: z.strictObject({ code: codeText }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'parts.list': method<{ items: PartSummary[]; nextCursor: string | null }>()({
    summary: 'The parts by code, filtered by bin, status, below reorder point or a search; a page of `limit` after `after`.',
    input: z.strictObject({
      bin: z.string().max(40).optional(),
      status: z.enum(PART_STATUSES).optional(),
      low: z.boolean().optional(),
      after: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'parts.lowStock': method<{ items: PartSummary[] }>()({
    summary: 'Active parts below their reorder point (最低库存), the emptiest first.',
    input: z.strictObject({}),
    access: STORE_READERS,
    kind: 'read',
  }),
  'parts.summaries': method<{ items: PartSummary[] }>()({
    summary: 'The parts of these ids, in the order asked (a sheet of labels, a selection); an id with no part is left out.',
    input: z.strictObject({ ids: z.array(idSchema).min(1).max(480) }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'parts.bins': method<{ items: BinSummary[] }>()({
    summary: 'The bins (库位) of the store and how many parts each holds.',
    input: z.strictObject({}),
    access: STORE_READERS,
    kind: 'read',
  }),
};
