// Quantities of the store are exact: thousandths of the part's unit as integers ("milli"), never floating point.
// `1.5` 米 is 1500; a part counted in 个 allows no decimals, one in 米 two, one in 千克 three.

export const MILLI = 1000;
/** The most of one part a movement, a count or a reorder point may name: a billion units. */
export const MAX_UNITS = 1_000_000_000;
export const MAX_MILLI = MAX_UNITS * MILLI;

/** Units the store knows, with the decimals a quantity of each may have; any other unit is whole unless set. */
export const KNOWN_UNITS: Readonly<Record<string, number>> = {
  个: 0,
  台: 0,
  套: 0,
  件: 0,
  只: 0,
  块: 0,
  根: 0,
  卷: 0,
  盒: 0,
  箱: 0,
  对: 0,
  片: 0,
  支: 0,
  组: 0,
  张: 0,
  米: 2,
  千克: 3,
  公斤: 3,
  升: 3,
  pcs: 0,
  set: 0,
  m: 2,
  kg: 3,
  L: 3,
};

export function decimalsOfUnit(unit: string): number {
  return KNOWN_UNITS[unit.normalize('NFKC').trim()] ?? 0;
}

export type QuantityProblem = 'invalidNumber' | 'tooManyDecimals' | 'tooBig' | 'notPositive' | 'negative';

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const THOUSANDS = /^\d{1,3}(?:(,|\s)\d{3})(?:\1\d{3})*(?:\.\d+)?$/;

/**
 * Thousandths of a quantity typed or sent: a number or its text (full-width digits `１．５` and thousands separators
 * read as plain ones). A problem instead when it is not a plain decimal, has more than three decimals, or is too big.
 * The sign is kept: `-2` is -2000 (an adjustment may be negative; callers refuse what they do not allow).
 */
export function toMilli(value: number | string): number | QuantityProblem {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'invalidNumber';
    if (Math.abs(value) > MAX_UNITS) return 'tooBig';
    const milli = Math.round(value * MILLI);
    // A float that means a thousandth (0.1 + 0.2) is that thousandth; anything finer is refused.
    if (Math.abs(value * MILLI - milli) > 1e-6) return 'tooManyDecimals';
    return milli === 0 ? 0 : milli;
  }
  let text = value.normalize('NFKC').trim().replace(/[。．]/g, '.');
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('−')) {
    sign = -1;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  // Thousands separators (1,000 · 1 000 · 12,345.5) are read as nothing; a comma or space anywhere else is not a
  // number: '1,5' is neither 15 nor 1.5.
  if (/[,\s]/.test(text)) {
    if (!THOUSANDS.test(text)) return 'invalidNumber';
    text = text.replace(/[,\s]/g, '');
  }
  const match = DECIMAL.exec(text);
  if (!match) return 'invalidNumber';
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 3) return 'tooManyDecimals';
  if (whole.length > 10 || Number(whole) > MAX_UNITS) return 'tooBig';
  const milli = Number(whole) * MILLI + Number(fraction.padEnd(3, '0'));
  if (milli > MAX_MILLI) return 'tooBig';
  return milli === 0 ? 0 : sign * milli;
}

/** Whether a quantity in thousandths fits the unit's decimals (2 → hundredths). */
export function fitsDecimals(milli: number, decimals: number): boolean {
  return milli % 10 ** (3 - Math.max(0, Math.min(3, decimals))) === 0;
}

/** A quantity as text: `1500` → `1.5`, `2000` → `2`, `-250` → `-0.25`; no separators, for forms and CSV. */
export function milliText(milli: number): string {
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(milli);
  const whole = Math.floor(abs / MILLI);
  const fraction = String(abs % MILLI).padStart(3, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A quantity for people: thousands separated in the language's way, as many decimals as it has. */
export function formatQuantity(milli: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(milli / MILLI);
}

/**
 * The value of taking `milli` out of a stock of `onHand` worth `valueFen` at its moving average: in proportion,
 * rounded to the fen, and all of the value when all of the stock goes (so nothing is left worth something).
 */
export function averageValueOf(milli: number, onHand: number, valueFen: number): number {
  if (milli >= onHand) return valueFen;
  // BigInt: value × quantity passes 2^53 for large stocks of costly parts.
  const product = BigInt(valueFen) * BigInt(milli);
  const whole = product / BigInt(onHand);
  const rest = product % BigInt(onHand);
  return Number(whole + (rest * 2n >= BigInt(onHand) ? 1n : 0n));
}

/** The cost of `milli` thousandths at `unitCostFen` a unit, rounded to the fen. */
export function costOf(milli: number, unitCostFen: number): number {
  const product = BigInt(milli) * BigInt(unitCostFen);
  const whole = product / 1000n;
  return Number(whole + ((product % 1000n) * 2n >= 1000n ? 1n : 0n));
}
