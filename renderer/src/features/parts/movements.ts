// How the ledger's movements read on screen: the signed quantity, where the record that caused one opens, and the
// day a past valuation is read at by default. Pure, so it is tested beside.
import type { MovementSource, StockMovement } from '../../../../shared/api/stock';
import { formatQuantity, MILLI } from '../../../../shared/parts/quantity';
import { formatYuan } from '../../lib/money';

/** Units (1.5) as thousandths, exactly: the API's numbers of a unit have at most three decimals. */
export const milliOf = (units: number): number => Math.round(units * MILLI);

/** A movement's quantity with its sign always shown: `+2`, `−1.5` (a true minus sign, as the ledger prints it). */
export function signedQuantity(units: number, language: string): string {
  const milli = milliOf(units);
  const text = formatQuantity(Math.abs(milli), language);
  return milli > 0 ? `+${text}` : milli < 0 ? `\u2212${text}` : text;
}

/** A movement's value with the same true minus as its quantity: `+¥125.00`, `−¥37.50`. */
export function signedYuan(fen: number, language: string): string {
  const text = formatYuan(Math.abs(fen), language);
  return fen > 0 ? `+${text}` : fen < 0 ? `\u2212${text}` : text;
}

/**
 * Where the record that caused a movement opens: a stock-take's page, a purchase receipt's request, a work order, a
 * replacement notice, a scrap record; null for a receipt whose request is not known.
 */
export function sourcePath(source: MovementSource | null): string | null {
  if (!source) return null;
  switch (source.kind) {
    case 'stocktake':
      return `/stocktakes/${source.id}`;
    case 'purchase_receipt':
      return source.purchaseId === undefined ? null : `/purchases/${source.purchaseId}`;
    case 'work_order':
      return `/work-orders/${source.id}`;
    case 'replacement_notice':
      return `/replacements/${source.id}`;
    case 'scrap_record':
      return `/scrap/${source.id}`;
  }
}

/** How a movement stands in the ledger: reversed later, a reversal itself, or plain. */
export type ReversalState = { kind: 'reversed'; byId: number } | { kind: 'reversal'; ofId: number } | { kind: 'plain' };

export function reversalOf(movement: Pick<StockMovement, 'reversesId' | 'reversedById'>): ReversalState {
  if (movement.reversesId !== null) return { kind: 'reversal', ofId: movement.reversesId };
  if (movement.reversedById !== null) return { kind: 'reversed', byId: movement.reversedById };
  return { kind: 'plain' };
}

/** A movement may be reversed once, and a reversal is not reversed (the ledger refuses both). */
export const mayReverse = (movement: Pick<StockMovement, 'reversesId' | 'reversedById'>): boolean => reversalOf(movement).kind === 'plain';

/** The last day of the month before `today` (YYYY-MM-DD): the store's value at a month's close is the usual question. */
export function lastMonthEnd(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  // Day 0 of this month is the last day of the one before (UTC: a calendar date has no time zone).
  const end = new Date(Date.UTC(year, month - 1, 0));
  return end.toISOString().slice(0, 10);
}

/** Movements of the first page and the pages after it, each once (a page read again after a posting may overlap). */
export function joinMovements(first: readonly StockMovement[], more: readonly StockMovement[]): StockMovement[] {
  const seen = new Set(first.map((movement) => movement.id));
  return [...first, ...more.filter((movement) => !seen.has(movement.id))];
}
