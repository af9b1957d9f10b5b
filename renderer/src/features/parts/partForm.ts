// The part dialog's and the stock dialogs' values as typed, and the inputs of the contract they become. Quantities stay
// text (full-width digits and all) for the method's own schema to read; money is typed in yuan and sent in fen.
import type { ApiInput } from '../../../../shared/api';
import type { Part, PartStatus, PartSummary } from '../../../../shared/api/parts';
import { decimalsOfUnit, milliText } from '../../../../shared/parts/quantity';
import { yuanToFen } from '../../lib/money';
import { milliOf } from './movements';

export interface PartValues {
  code: string;
  name: string;
  spec: string;
  unit: string;
  decimals: number;
  bin: string;
  reorderPoint: string;
  /** Yuan as typed. */
  unitCost: string;
  status: PartStatus;
  notes: string;
  models: string[];
  substitutes: PartSummary[];
}

/** Fen as yuan for a form: 12345 → `123.45`, 1200 → `12`. */
export function fenText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`;
}

export function partValues(part: Part | null): PartValues {
  if (!part) {
    return { code: '', name: '', spec: '', unit: '个', decimals: 0, bin: '', reorderPoint: '', unitCost: '', status: 'active', notes: '', models: [], substitutes: [] };
  }
  return {
    code: part.code,
    name: part.name,
    spec: part.spec,
    unit: part.unit,
    decimals: part.decimals,
    bin: part.bin,
    reorderPoint: milliText(milliOf(part.reorderPoint)),
    unitCost: fenText(part.unitCostFen),
    status: part.status,
    notes: part.notes,
    models: part.models.map((model) => model.model),
    substitutes: part.substitutes,
  };
}

/** The decimals a new unit brings, unless the clerk set them: 米 gives 2, 个 0. */
export const decimalsFor = (unit: string): number => decimalsOfUnit(unit);

/** An amount left empty is none (0 fen); one that is not yuan stays undefined for the form's own check to name. */
const fenOf = (typed: string): number | undefined => (typed.trim() === '' ? 0 : (yuanToFen(typed) ?? undefined));

function described(values: PartValues) {
  return {
    code: values.code,
    name: values.name,
    spec: values.spec,
    unit: values.unit,
    decimals: values.decimals,
    bin: values.bin,
    // An empty reorder point is none: 0, so clearing the field clears it.
    reorderPoint: values.reorderPoint.trim() === '' ? 0 : values.reorderPoint,
    unitCostFen: fenOf(values.unitCost),
    notes: values.notes,
    models: values.models,
    substituteIds: values.substitutes.map((part) => part.id),
  };
}

export function createInput(values: PartValues): Partial<ApiInput<'parts.create'>> {
  return described(values);
}

export function updateInput(values: PartValues, id: number, version: number): Partial<ApiInput<'parts.update'>> {
  return { id, version, ...described(values), status: values.status };
}

/** What the clerk does with stock from a part's page, and the method each calls. */
export const STOCK_ACTIONS = ['receive', 'issue', 'returnToStock', 'adjust'] as const;
export type StockAction = (typeof STOCK_ACTIONS)[number];
export const STOCK_METHOD = {
  receive: 'stock.receive',
  issue: 'stock.issue',
  returnToStock: 'stock.returnToStock',
  adjust: 'stock.adjust',
} as const satisfies Record<StockAction, string>;

export interface StockValues {
  quantity: string;
  /** Yuan as typed (receipts only); empty: the part's price-list cost. */
  unitCost: string;
  /** The note of a receipt, issue or return; the reason of an adjustment. */
  note: string;
}

/** The input of the action's method, with exactly the fields that method takes (its input is strict). */
export function stockInput(action: StockAction, partId: number, values: StockValues): Record<string, unknown> {
  const note = values.note.trim();
  switch (action) {
    case 'receive': {
      const unitCostFen = values.unitCost.trim() === '' ? undefined : (yuanToFen(values.unitCost) ?? undefined);
      return { partId, quantity: values.quantity, ...(unitCostFen !== undefined && { unitCostFen }), ...(note !== '' && { note }) };
    }
    case 'adjust':
      return { partId, quantity: values.quantity, reason: note };
    default:
      return { partId, quantity: values.quantity, ...(note !== '' && { note }) };
  }
}
