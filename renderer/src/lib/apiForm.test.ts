import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultFieldOf, ownIssues, place } from './apiForm';

const t = ((key: string, params?: Record<string, unknown>) => (params && Object.keys(params).length > 0 ? `${key} ${JSON.stringify(params)}` : key)) as unknown as TFunction;

describe('where an issue of the method input shows', () => {
  const fieldOf = defaultFieldOf({ name: '', fault: { nature: '', occurredAt: null }, contacts: [{ name: '' }], customer: null });

  it('goes as far into the values as plain objects go', () => {
    expect(fieldOf('name')).toBe('name');
    expect(fieldOf('fault.nature')).toBe('fault.nature');
    expect(fieldOf('fault')).toBe('fault');
    expect(fieldOf('contacts.0.name')).toBe('contacts');
    expect(fieldOf('customer')).toBe('customer');
  });

  it('is the form as a whole when its first segment is not a field', () => {
    expect(fieldOf('version')).toBeNull();
    expect(fieldOf('')).toBeNull();
    expect(fieldOf('customerId')).toBeNull();
  });
});

describe('placing issues on fields', () => {
  const values = { fault: { nature: '' }, name: '' };
  const fieldOf = (path: string) => (path === 'id' ? null : (path as 'name'));

  it('nests a field under its object, as react-hook-form reads errors, the first issue of a field winning', () => {
    const placed = place(t, [
      { path: 'fault.nature', key: 'validation.required' },
      { path: 'name', key: 'validation.tooBig', params: { maximum: 10 } },
      { path: 'name', key: 'validation.required' },
      { path: 'id', key: 'validation.invalidType' },
    ], fieldOf, values);
    expect(placed.errors).toEqual({
      fault: { nature: { type: 'validation.required', message: 'errors:validation.required' } },
      name: { type: 'validation.tooBig', message: 'errors:validation.tooBig {"maximum":10}' },
    });
    expect(placed.fields.map((field) => field.field)).toEqual(['fault.nature', 'name']);
    expect(placed.unplaced).toEqual([{ path: 'id', key: 'validation.invalidType' }]);
  });

  it("keeps what an earlier check placed (the form's own checks before the method's)", () => {
    const first = place(t, [{ path: 'name', key: 'validation.passwordsDiffer' }], fieldOf, values);
    const both = place(t, [{ path: 'name', key: 'validation.required' }, { path: 'fault.nature', key: 'validation.required' }], fieldOf, values, first);
    expect(both.fields.map((field) => [field.field, field.key])).toEqual([
      ['name', 'validation.passwordsDiffer'],
      ['fault.nature', 'validation.required'],
    ]);
  });

  it('words a message of another namespace as namespace:key', () => {
    const placed = place(t, [{ path: 'name', key: 'documents:fileRequired' }], fieldOf, values);
    expect(placed.fields[0]?.message).toBe('documents:fileRequired');
  });
});

describe("the form's own checks", () => {
  it('name their messages in custom issues, the others as the contract does', () => {
    const schema = z.object({
      confirm: z.string().refine((value) => value === 'x', { message: 'validation.passwordsDiffer' }),
      note: z.string().max(2),
      phone: z.string().refine(() => false, { message: 'requests:confirm.commentRequired' }),
    });
    const result = schema.safeParse({ confirm: 'y', note: 'abc', phone: '' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(ownIssues(result.error)).toEqual([
      { path: 'confirm', key: 'validation.passwordsDiffer' },
      { path: 'note', key: 'validation.tooBig', params: { maximum: 2 } },
      { path: 'phone', key: 'requests:confirm.commentRequired' },
    ]);
  });
});
