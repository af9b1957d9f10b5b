// The lines a sheet page shows: those of the sheet, and parts scanned that are not on it yet (added when the counts
// are saved). Counts are typed as text and sent as typed: the contract reads full-width digits and checks the unit.
import type { PartSummary } from '../../../../shared/api/parts';
import type { Stocktake, StocktakeLine } from '../../../../shared/api/stocktakes';
import { milliText, toMilli } from '../../../../shared/parts/quantity';

export interface ShownLine extends StocktakeLine {
  /** Scanned, not on the sheet until the counts are saved. */
  pending: boolean;
}

export interface CountValues {
  /** What is typed in each line's count, by `p<partId>`. */
  counts: Record<string, string>;
}

export const countKey = (partId: number) => `p${partId}`;

/** A count as the field shows it: exact, no separators; '' while not counted. */
export const countText = (counted: number | null) => (counted === null ? '' : milliText(Math.round(counted * 1000)));

export function countValues(sheet: Stocktake): CountValues {
  return { counts: Object.fromEntries(sheet.lines.map((line) => [countKey(line.partId), countText(line.counted)])) };
}

export function pendingLine(part: PartSummary): ShownLine {
  return {
    partId: part.id,
    code: part.code,
    name: part.name,
    spec: part.spec,
    unit: part.unit,
    decimals: part.decimals,
    bin: part.bin,
    book: part.onHand,
    counted: null,
    countedAt: null,
    countedByName: null,
    balance: part.onHand,
    movedSince: 0,
    movementsSince: 0,
    difference: null,
    adjusted: null,
    added: true,
    pending: true,
  };
}

/** The lines whose count differs from the one saved (or that are not on the sheet yet): what "Save counts" sends. */
export function changedLines(lines: readonly ShownLine[], values: Partial<CountValues>): Array<{ partId: number; counted: string | null }> {
  return lines.flatMap((line) => {
    const typed = (values.counts?.[countKey(line.partId)] ?? '').trim();
    if (!line.pending && typed === countText(line.counted)) return [];
    return [{ partId: line.partId, counted: typed === '' ? null : typed }];
  });
}

/** The difference a typed count would make with the balance now, in thousandths; null when nothing (valid) is typed. */
export function typedDifference(typed: string | undefined, balance: number): number | null {
  if (typed === undefined || typed.trim() === '') return null;
  const milli = toMilli(typed);
  return typeof milli === 'number' && milli >= 0 ? milli - Math.round(balance * 1000) : null;
}

/** A code as scanned or typed, as codes compare: full-width read as plain, upper case, no spaces at the ends. */
export const scannedCode = (text: string) => text.normalize('NFKC').trim().toUpperCase();
