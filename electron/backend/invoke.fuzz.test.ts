// Thousands of malformed inputs to every method: each is answered `validation` and nothing in the database changes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, isMethodName, METHOD_NAMES, type MethodName } from '../../shared/api';
import { auditRowCount, createTestBackend, databaseDigest, type TestBackend } from './testing/fixture';
import { sampleContext, SAMPLE_INPUTS, type SampleContext } from './testing/sample-inputs';

// 200 malformed inputs a method (each domain adds a score of methods; 300 a method took a minute of the suite).
const RUNS_PER_METHOD = 200;
const MIN_REJECTED_PER_METHOD = 100;

let t: TestBackend;
let validSamples: Record<MethodName, Record<string, unknown>>;
beforeAll(async () => {
  t = await createTestBackend();
  const context = await sampleContext(t);
  validSamples = Object.fromEntries(
    METHOD_NAMES.map((m) => [m, (SAMPLE_INPUTS[m] as (c: SampleContext) => Record<string, unknown>)(context)]),
  ) as Record<MethodName, Record<string, unknown>>;
});
afterAll(() => t.close());

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Adds an own, enumerable property even for `__proto__`, as JSON.parse would. */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const weirdValue = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -0, 1e308, -1, 0.5, 2 ** 53, '', ' ', '\u0000', 'NaN', true, false, [], {}),
  fc.string({ minLength: 10_000, maxLength: 120_000, unit: 'grapheme' }).map((s) => s.slice(0, 120_000)),
  fc.jsonValue(),
);

/** Malformed inputs for one method: random values, and its valid sample with a key broken, removed or added. */
function malformedInputFor(method: MethodName): fc.Arbitrary<unknown> {
  const sample = validSamples[method];
  const keys = Object.keys(sample);
  const variants: fc.Arbitrary<unknown>[] = [
    weirdValue,
    fc.json().map((text) => JSON.parse(text) as unknown),
    fc.constantFrom(...POLLUTION_KEYS).chain((key) =>
      fc.jsonValue().map((value) => withOwnKey(sample, key, value)),
    ),
    fc.constantFrom(...POLLUTION_KEYS).map((key) => JSON.parse(`{"${key}": {"isAdmin": true, "polluted": true}}`) as unknown),
    fc.dictionary(fc.string({ maxLength: 12 }), weirdValue, { maxKeys: 6 }).map((extra) => ({ ...sample, ...extra })),
  ];
  if (keys.length > 0) {
    variants.push(
      fc.constantFrom(...keys).chain((key) => weirdValue.map((value) => ({ ...sample, [key]: value }))),
      fc.constantFrom(...keys).map((key) => {
        const { [key]: _dropped, ...rest } = sample;
        return rest;
      }),
      fc.constantFrom(...keys).map((key) => ({ ...sample, [key]: 'x'.repeat(200_000) })),
    );
  }
  return fc.oneof(...variants);
}

const counts = { tried: 0, rejectedBySchema: 0, acceptedBySchemaSkipped: 0, unknownMethods: 0 };

describe('malformed input (fast-check)', () => {
  it.each(METHOD_NAMES)('%s answers `validation` to every input its schema rejects, changing nothing', async (method) => {
    const side = t.openSideConnection();
    const digestBefore = databaseDigest(side);
    const auditBefore = auditRowCount(side);
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(malformedInputFor(method), async (input) => {
        counts.tried += 1;
        // invoke treats a missing input as {}, as IPC and an empty HTTP body send it.
        if (api[method].input.safeParse(input === undefined ? {} : input).success) {
          counts.acceptedBySchemaSkipped += 1;
          return;
        }
        rejected += 1;
        counts.rejectedBySchema += 1;
        const result = await t.backend.invoke(t.admin, method, input);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('validation');
          expect(Array.isArray(result.error.details?.fields)).toBe(true);
        }
      }),
      { numRuns: RUNS_PER_METHOD },
    );
    expect(rejected).toBeGreaterThanOrEqual(MIN_REJECTED_PER_METHOD);
    expect(databaseDigest(side)).toBe(digestBefore);
    expect(auditRowCount(side)).toBe(auditBefore);
    side.close();
  });

  it('unknown method names are answered `validation`', async () => {
    const side = t.openSideConnection();
    const digestBefore = databaseDigest(side);
    const names = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'auth', 'auth.', '.login', 'AUTH.LOGIN', 'auth.login ', 'users.delete'),
      fc.constantFrom(...METHOD_NAMES).map((m) => `${m}x`),
      fc.anything().filter((v) => typeof v !== 'string'),
    );
    await fc.assert(
      fc.asyncProperty(names, fc.jsonValue(), async (name, input) => {
        fc.pre(typeof name !== 'string' || !isMethodName(name));
        counts.unknownMethods += 1;
        const result = await t.backend.invoke(t.admin, name as string, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      }),
      { numRuns: 500 },
    );
    expect(databaseDigest(side)).toBe(digestBefore);
    side.close();
  });

  it('leaves no trace on Object.prototype, and the administrator is still signed in afterwards', async () => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    const me = await t.expectOk(t.admin, 'auth.me', {});
    expect(me.roles).toEqual(['admin']);
    const total = counts.rejectedBySchema + counts.unknownMethods;
    console.log(
      `[fuzz] ${counts.tried} random inputs generated for ${METHOD_NAMES.length} methods; ${counts.rejectedBySchema} malformed ones sent (all answered validation), ` +
        `${counts.acceptedBySchemaSkipped} happened to be valid and were skipped; ${counts.unknownMethods} unknown method names; ${total} calls in total`,
    );
    expect(total).toBeGreaterThanOrEqual(3000);
  });
});
