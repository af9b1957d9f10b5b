// The life of a stock-take (盘点): a count sheet is made (counting), counts are entered and saved as often as needed,
// then it is posted once (its differences become adjustment movements, 盘点调整) or cancelled. Nothing else is frozen
// while a sheet is counted: stock keeps moving, and the sheet says what moved since it was made. Pure rules, used by
// the back end to refuse what does not apply and by the screens to offer only what does.

export const STOCKTAKE_STATES = ['counting', 'posted', 'cancelled'] as const;
export type StocktakeState = (typeof STOCKTAKE_STATES)[number];

export const STOCKTAKE_STEPS = ['count', 'post', 'cancel'] as const;
export type StocktakeStep = (typeof STOCKTAKE_STEPS)[number];

/** Each step: the states it may be taken from and the state it leaves. */
const STEPS: Readonly<Record<StocktakeStep, { from: readonly StocktakeState[]; to: StocktakeState }>> = {
  /** Counts are entered (and corrected) while the sheet is being counted. */
  count: { from: ['counting'], to: 'counting' },
  /** The differences are posted as adjustment movements, once. */
  post: { from: ['counting'], to: 'posted' },
  /** Dropped without changing stock. */
  cancel: { from: ['counting'], to: 'cancelled' },
};

export function mayTakeStocktakeStep(state: StocktakeState, step: StocktakeStep): boolean {
  return STEPS[step].from.includes(state);
}

export function nextStocktakeState(state: StocktakeState, step: StocktakeStep): StocktakeState | null {
  return mayTakeStocktakeStep(state, step) ? STEPS[step].to : null;
}

/** The steps that apply to a sheet in this state (the screens offer these). */
export function availableStocktakeSteps(state: StocktakeState): StocktakeStep[] {
  return STOCKTAKE_STEPS.filter((step) => mayTakeStocktakeStep(state, step));
}

/** A line as the rules need it, in thousandths of the part's unit: its count (null: not counted) and the balance now. */
export interface CountedLine {
  counted: number | null;
  balance: number;
}

/** What a count says is wrong with the book: counted − the balance now (null when not counted). */
export function differenceOf(line: CountedLine): number | null {
  return line.counted === null ? null : line.counted - line.balance;
}

/**
 * What posting a sheet would do: the adjustment of each counted line that differs, the lines not counted (refused
 * unless the clerk skips them), and whether anything was counted at all.
 */
export function postingPlan<L extends CountedLine>(lines: readonly L[]): { adjustments: Array<{ line: L; quantity: number }>; uncounted: L[]; counted: number } {
  const adjustments: Array<{ line: L; quantity: number }> = [];
  const uncounted: L[] = [];
  let counted = 0;
  for (const line of lines) {
    const difference = differenceOf(line);
    if (difference === null) {
      uncounted.push(line);
      continue;
    }
    counted += 1;
    if (difference !== 0) adjustments.push({ line, quantity: difference });
  }
  return { adjustments, uncounted, counted };
}

/** A count sheet's bins as the clerk chose them: no bins means the whole store (全库). */
export const isWholeStore = (bins: readonly string[]) => bins.length === 0;
