// Property-based: random sequences of receipts (at random costs), issues, returns, loans out and back, adjustments
// either way, scraps and reversals of random earlier movements, on parts counted in whole units, hundredths (米) and
// thousandths (千克), posted through the ledger one transaction each. After every step:
// - stock is never negative; a refused movement (more than is there, finer than the unit, a second reversal, the
//   reversal of a reversal) changes nothing;
// - each part's stock row is the sum of its movements, quantity and value, and its last movement's balance and value;
//   a part with nothing in stock is worth nothing;
// - quantity, value and average cost equal those of a model of moving-average valuation written here in exact integer
//   arithmetic (BigInt), independently of the ledger's code: a receipt adds its cost, a decrease takes the value in
//   proportion (all of it with the last unit), an increase that is not a receipt comes in at the average of the moment
//   (the price-list cost with nothing in stock), a reversal of a decrease brings back what it took.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { DomainError } from '../../lib/errors';
import { findPartRow, insertPart, toSummary } from '../parts/repository';
import type { MovementKind } from '../../../../shared/api/stock';
import { postMovement, reverseMovement } from './ledger';

const NOW = Date.UTC(2026, 10, 20, 2);

let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aftersales-ledger-property-'));
  db = openDatabase(join(dir, 'ledger.sqlite'));
  // Each step is its own transaction: durability is not what is tested here.
  db.pragma('synchronous = OFF');
  migrate(db, { now: () => NOW });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

// ---- The model: exact moving-average valuation in BigInt. ----

/** n / d rounded half up, for n ≥ 0 and d > 0: ⌊(2n + d) / 2d⌋. */
const halfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);

interface ModelPart {
  id: number;
  decimals: number;
  priceListFen: bigint;
  onHand: bigint;
  value: bigint;
  movements: number;
}

interface ModelMovement {
  id: number;
  part: ModelPart;
  quantity: bigint;
  value: bigint;
  isReversal: boolean;
  reversed: boolean;
}

/** The value a decrease of `q` takes from the part. */
function taken(part: ModelPart, q: bigint): bigint {
  return q === part.onHand ? part.value : halfUp(part.value * q, part.onHand);
}

/** The value an increase of `q` brings: a receipt its own cost, anything else the average of the moment. */
function brought(part: ModelPart, q: bigint, receiptCostFen: bigint | null): bigint {
  if (receiptCostFen !== null) return halfUp(q * receiptCostFen, 1000n);
  if (part.onHand === 0n) return halfUp(q * part.priceListFen, 1000n);
  return halfUp(part.value * q, part.onHand);
}

// ---- The steps. ----

const INCREASING: MovementKind[] = ['receipt', 'return', 'loan_back', 'adjustment'];
const DECREASING: MovementKind[] = ['issue', 'loan_out', 'scrap', 'adjustment'];

/** How much a step moves: some units of the part's finest step, all that is there, one step more than that, or a quantity finer than the unit allows. */
type Amount = { steps: number } | { finer: number } | 'all' | 'more';
type Step =
  | { type: 'increase'; part: number; kind: MovementKind; amount: Amount; costFen: number }
  | { type: 'decrease'; part: number; kind: MovementKind; amount: Amount }
  | { type: 'reverse'; pick: number };

const amount: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 30 }).map((k) => ({ steps: k })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((k) => ({ steps: k })) },
  { weight: 2, arbitrary: fc.constant('all' as const) },
  { weight: 1, arbitrary: fc.constant('more' as const) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9 }).map((k) => ({ finer: k })) },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('increase' as const),
      part: fc.nat(2),
      kind: fc.constantFrom(...INCREASING),
      amount,
      costFen: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 5_000_000 })),
    }),
  },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('decrease' as const), part: fc.nat(2), kind: fc.constantFrom(...DECREASING), amount }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('reverse' as const), pick: fc.nat() }) },
);

function newParts(priceList: number[]): ModelPart[] {
  return [0, 2, 3].map((decimals, i) => {
    const id = db.transaction(() =>
      insertPart(db, { code: `P-${Math.random().toString(36).slice(2, 10)}`, name: '测试备件', unit: ['个', '米', '千克'][i]!, decimals, unit_cost_fen: priceList[i]! }, NOW),
    )();
    return { id, decimals, priceListFen: BigInt(priceList[i]!), onHand: 0n, value: 0n, movements: 0 };
  });
}

function quantityOf(part: ModelPart, choice: Amount): bigint {
  const unit = 10n ** BigInt(3 - part.decimals);
  if (choice === 'all') return part.onHand;
  if (choice === 'more') return part.onHand + unit;
  if ('finer' in choice) return part.decimals === 3 ? unit * BigInt(choice.finer) : unit * BigInt(choice.finer) + 1n;
  return unit * BigInt(choice.steps);
}

function refusal(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the step was expected to be refused');
}

const movementCount = () => db.prepare('SELECT count(*) FROM stock_movements').pluck().get() as number;

/** The database agrees with the model on every part, and the stock row with the movements. */
function expectAgrees(parts: ModelPart[]): void {
  for (const part of parts) {
    const row = findPartRow(db, part.id)!;
    const sums = db
      .prepare('SELECT count(*) AS n, coalesce(sum(quantity), 0) AS quantity, coalesce(sum(value_fen), 0) AS value FROM stock_movements WHERE part_id = ?')
      .get(part.id) as { n: number; quantity: number; value: number };
    const last = db.prepare('SELECT balance_after, value_after_fen FROM stock_movements WHERE part_id = ? ORDER BY id DESC LIMIT 1').get(part.id) as
      | { balance_after: number; value_after_fen: number }
      | undefined;
    const where = `part ${part.id} (${part.decimals} decimals)`;
    expect(row.on_hand, where).toBeGreaterThanOrEqual(0);
    expect([row.on_hand, row.value_fen], where).toEqual([Number(part.onHand), Number(part.value)]);
    expect([sums.n, sums.quantity, sums.value], where).toEqual([part.movements, row.on_hand, row.value_fen]);
    expect([last?.balance_after ?? 0, last?.value_after_fen ?? 0], where).toEqual([row.on_hand, row.value_fen]);
    if (row.on_hand === 0) expect(row.value_fen, where).toBe(0);
    const average = part.onHand > 0n ? halfUp(part.value * 1000n, part.onHand) : part.priceListFen;
    expect(toSummary(row).averageCostFen, where).toBe(Number(average));
  }
}

/** How the steps ended, to see that the generated sequences post and refuse a fair share of each. */
const outcomes = new Map<string, number>();
const tally = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

function runStep(parts: ModelPart[], movements: ModelMovement[], s: Step): void {
  tally(s.type === 'reverse' ? 'reverse' : `${s.type} ${s.kind}`);
  const before = movementCount();
  const inTransaction = <T>(fn: () => T) => db.transaction(fn)();
  if (s.type === 'reverse') {
    if (movements.length === 0) return;
    const original = movements[s.pick % movements.length]!;
    const part = original.part;
    const reverse = () => inTransaction(() => reverseMovement(db, original.id, '冲销', null, NOW));
    if (original.isReversal || original.reversed) {
      expect(refusal(reverse).reason).toBe(original.isReversal ? 'stock.reversalOfReversal' : 'stock.alreadyReversed');
      tally('refused: reversal');
    } else if (original.quantity > 0n && original.quantity > part.onHand) {
      expect(refusal(reverse)).toMatchObject({ code: 'invalid_state', reason: 'stock.notEnough' });
      tally('refused: reversal, not enough');
    } else {
      const q = -original.quantity;
      const value = q < 0n ? -taken(part, -q) : -original.value;
      const row = reverse();
      expect([row.quantity, row.value_fen, row.reverses_id]).toEqual([Number(q), Number(value), original.id]);
      part.onHand += q;
      part.value += value;
      part.movements += 1;
      original.reversed = true;
      movements.push({ id: row.id, part, quantity: q, value, isReversal: true, reversed: false });
      tally('posted: reversal');
      return;
    }
    expect(movementCount()).toBe(before);
    return;
  }
  const part = parts[s.part]!;
  const q = quantityOf(part, s.amount);
  const fits = q % 10n ** BigInt(3 - part.decimals) === 0n;
  const signed = s.type === 'increase' ? q : -q;
  const receiptCost = s.type === 'increase' && s.kind === 'receipt' ? BigInt(s.costFen) : null;
  const post = () =>
    inTransaction(() =>
      postMovement(db, { partId: part.id, kind: s.kind, quantity: Number(signed), ...(receiptCost !== null && { unitCostFen: Number(receiptCost) }), reason: '测试' }, null, NOW),
    );
  if (q === 0n) {
    // "All" of an empty part: a movement of nothing is not a movement.
    expect(post).toThrow();
  } else if (!fits) {
    expect(refusal(post)).toMatchObject({ code: 'validation', reason: 'validation.quantity.unitDecimals' });
    tally('refused: finer than the unit');
  } else if (signed < 0n && q > part.onHand) {
    const refused = refusal(post);
    expect(refused).toMatchObject({ code: 'invalid_state', reason: 'stock.notEnough' });
    expect(refused.details?.params).toMatchObject({ asked: expect.any(String), available: expect.any(String) });
    tally('refused: not enough');
  } else {
    const value = signed < 0n ? -taken(part, q) : brought(part, q, receiptCost);
    const row = post();
    expect([row.quantity, row.value_fen, row.balance_after, row.value_after_fen]).toEqual([
      Number(signed),
      Number(value),
      Number(part.onHand + signed),
      Number(part.value + value),
    ]);
    part.onHand += signed;
    part.value += value;
    part.movements += 1;
    movements.push({ id: row.id, part, quantity: signed, value, isReversal: false, reversed: false });
    tally(part.onHand === 0n ? 'posted: down to nothing' : 'posted');
    return;
  }
  expect(movementCount()).toBe(before);
}

describe('the ledger, against a model of moving-average valuation', () => {
  it('never goes negative, keeps stock the sum of its movements and values every movement as the model does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 3, maxLength: 3 }),
        fc.array(step, { minLength: 1, maxLength: 80, size: 'max' }),
        (priceList, steps) => {
          const parts = newParts(priceList);
          const movements: ModelMovement[] = [];
          for (const s of steps) {
            runStep(parts, movements, s);
            expectAgrees(parts);
          }
        },
      ),
      { numRuns: 200 },
    );
    for (const outcome of ['posted', 'posted: down to nothing', 'posted: reversal', 'refused: not enough', 'refused: finer than the unit', 'refused: reversal']) {
      expect(outcomes.get(outcome) ?? 0, `${outcome}: ${JSON.stringify([...outcomes])}`).toBeGreaterThan(40);
    }
  });

  it('keeps exact values for large stocks of costly parts (value × quantity past 2^53)', () => {
    const [whole] = newParts([0, 0, 0]);
    const part = whole!;
    const movements: ModelMovement[] = [];
    const steps: Step[] = [
      { type: 'increase', part: 0, kind: 'receipt', amount: { steps: 999_999 }, costFen: 999_999_999 },
      { type: 'increase', part: 0, kind: 'receipt', amount: { steps: 3 }, costFen: 1 },
      { type: 'decrease', part: 0, kind: 'issue', amount: { steps: 7 } },
      { type: 'increase', part: 0, kind: 'return', amount: { steps: 1 } as const, costFen: 0 },
      { type: 'decrease', part: 0, kind: 'scrap', amount: 'all' },
    ];
    for (const s of steps) {
      runStep([part], movements, s);
      expectAgrees([part]);
    }
  });
});
