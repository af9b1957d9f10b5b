// Labels of the store (备品备件标签, 库位标签): A4 sheets of 3 × 8 labels of 70 × 37 mm (the common 24-up sheet), each
// with its code as a Code 128 barcode. The bars' width is chosen so a USB scanner reads the print: the narrowest bar
// (the module) is a whole number of printer dots at both 203 and 300 dpi, and never narrower than 0.25 mm.

export const LABEL_SHEET = {
  columns: 3,
  rows: 8,
  /** The paper is covered edge to edge: 3 × 70 mm = 210 mm, 8 × 37.125 mm = 297 mm. */
  widthMm: 70,
  heightMm: 297 / 8,
  /** White inside each label's edge: a sheet cut a little off still keeps the bars whole. */
  paddingMm: 2.5,
} as const;

export const LABELS_PER_SHEET = LABEL_SHEET.columns * LABEL_SHEET.rows;

/** The most labels one print asks for: 20 sheets. */
export const MAX_LABELS = 20 * LABELS_PER_SHEET;

/**
 * Module widths, widest first: 0.508 mm (4 dots at 203 dpi, 6 at 300), 0.381 mm (3 at 203), 0.254 mm (2 dots at 203 dpi,
 * 3 at 300; the narrowest a scanner is sure to read at that resolution).
 */
export const MODULE_WIDTHS_MM = [0.508, 0.381, 0.254] as const;
export const MIN_MODULE_MM = 0.254;

/** Quiet zone each side of the bars, in modules: Code 128 asks for at least 10. */
export const QUIET_ZONE_MODULES = 10;

/** The bars' height: at least 15% of the symbol's width and 6.35 mm, for a hand scanner held at an angle. */
export const BAR_HEIGHT_MM = 10;

export interface BarcodeSize {
  /** The width of one module in mm. */
  moduleMm: number;
  /** The symbol's width with its quiet zones. */
  widthMm: number;
  /** False when even the narrowest module does not fit: the symbol is squeezed to the label and may not scan. */
  readable: boolean;
}

/**
 * How wide a barcode of `modules` modules (quiet zones included) is printed in `availableMm`: the widest module width
 * that fits, else the narrowest squeezed to fit (a code too long for a label; the form that makes parts keeps codes short).
 */
export function barcodeSize(modules: number, availableMm: number): BarcodeSize {
  for (const moduleMm of MODULE_WIDTHS_MM) {
    if (modules * moduleMm <= availableMm) return { moduleMm, widthMm: modules * moduleMm, readable: true };
  }
  const moduleMm = availableMm / modules;
  return { moduleMm, widthMm: availableMm, readable: moduleMm >= MIN_MODULE_MM - 1e-9 };
}

/** Splits the labels into sheets of LABELS_PER_SHEET. */
export function labelSheets<T>(labels: readonly T[]): T[][] {
  const sheets: T[][] = [];
  for (let start = 0; start < labels.length; start += LABELS_PER_SHEET) sheets.push(labels.slice(start, start + LABELS_PER_SHEET));
  return sheets;
}
