// The lines of a purchase request as its form holds them, and a line started from a part: pure, so tested without a screen.
import type { PartSummary } from '../../../../shared/api/parts';
import { milliText } from '../../../../shared/parts/quantity';

/** Fen as typed in a yuan field: `1250` → `12.50`. */
export const fenToYuanText = (fen: number) => (fen / 100).toFixed(2);

export interface LineValues {
  part: PartSummary | null;
  quantity: string;
  cost: string;
}

export interface PurchaseFormValues {
  reason: string;
  lines: LineValues[];
}

export const EMPTY_LINE: LineValues = { part: null, quantity: '', cost: '' };

/** What the reorder point asks for: reorder point − on hand, at least one unit. */
export function suggestedQuantity(part: Pick<PartSummary, 'onHand' | 'reorderPoint'>): string {
  const missing = Math.round(part.reorderPoint * 1000) - Math.round(part.onHand * 1000);
  return milliText(Math.max(1000, Math.ceil(missing / 1000) * 1000));
}

/** A line as the form starts it from a part: the suggested quantity and the part's average cost. */
export function lineOf(part: PartSummary): LineValues {
  return { part, quantity: suggestedQuantity(part), cost: fenToYuanText(part.averageCostFen) };
}
