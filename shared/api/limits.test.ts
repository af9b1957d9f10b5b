import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inputMaxLength, maxLengthOf } from './limits';

describe('the length limits read from a method input', () => {
  it('find the maximum through objects, optionals, defaults and arrays', () => {
    const schema = z.strictObject({
      a: z.string().trim().min(1).max(10),
      b: z.string().max(20).optional(),
      c: z.string().max(30).default(''),
      d: z.strictObject({ e: z.string().max(40).nullable().optional() }).optional(),
      f: z.array(z.strictObject({ g: z.string().max(50) })),
    });
    expect([maxLengthOf(schema, 'a'), maxLengthOf(schema, 'b'), maxLengthOf(schema, 'c'), maxLengthOf(schema, 'd.e'), maxLengthOf(schema, 'f.0.g')]).toEqual([10, 20, 30, 40, 50]);
  });

  it('throw where there is no limited string, rather than guess', () => {
    const schema = z.strictObject({ a: z.string(), n: z.number() });
    expect(() => maxLengthOf(schema, 'a')).toThrow();
    expect(() => maxLengthOf(schema, 'n')).toThrow();
    expect(() => maxLengthOf(schema, 'missing')).toThrow();
  });

  it('read the limits of the contract', () => {
    expect(inputMaxLength('complaints.create', 'content')).toBe(4000);
    expect(inputMaxLength('requests.create', 'description')).toBe(8000);
    expect(inputMaxLength('requests.update', 'fault.userActions')).toBe(2000);
  });
});
