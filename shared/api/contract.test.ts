import { describe, expect, it } from 'vitest';
import { api, CHANGES, changedBy, DOMAINS, joinDomains, METHOD_NAMES, RECORD_CHANGED_BY } from './index';

describe('the contract', () => {
  it('each domain declares only methods under its own prefix, so no two domains declare the same name', () => {
    const strays = Object.entries(DOMAINS).flatMap(([domain, methods]) =>
      Object.keys(methods).filter((name) => !name.startsWith(`${domain}.`) || name.split('.').length !== 2),
    );
    expect(strays).toEqual([]);
    const declared = Object.values(DOMAINS).flatMap((methods) => Object.keys(methods));
    expect(new Set(declared).size).toBe(declared.length);
    expect(METHOD_NAMES.length).toBe(declared.length);
  });

  it('refuses to join two domains that declare the same method', () => {
    const twice = { ...DOMAINS, sla: { ...DOMAINS.sla, 'calendar.get': DOMAINS.calendar['calendar.get'] } };
    expect(() => joinDomains(twice as unknown as typeof DOMAINS)).toThrow(/calendar\.get is declared by two domains/);
  });

  it('every write declares what it changes, naming only reads; reads change nothing', () => {
    const writes = METHOD_NAMES.filter((name) => api[name].kind === 'write').sort();
    expect(Object.keys(CHANGES).sort()).toEqual(writes);
    for (const [write, reads] of Object.entries(CHANGES)) {
      expect(reads.length, write).toBeGreaterThan(0);
      for (const read of reads) expect(api[read].kind, `${write} → ${read}`).toBe('read');
    }
    expect(changedBy('customers.get')).toEqual([]);
    expect(changedBy('customers.update')).toContain('customers.get');
  });

  it('every write that names a record and the version it read declares the kind of record it changes', () => {
    const shapeOf = (name: (typeof METHOD_NAMES)[number]) => {
      const input = api[name].input as unknown as { shape?: Record<string, unknown> };
      return Object.keys(input.shape ?? {});
    };
    const namingAVersion = METHOD_NAMES.filter((name) => api[name].kind === 'write' && shapeOf(name).includes('id') && shapeOf(name).includes('version'));
    const declared = Object.keys(RECORD_CHANGED_BY);
    expect(namingAVersion.filter((name) => !declared.includes(name))).toEqual([]);
    // A declared write names its record by `id`.
    for (const name of declared) expect(shapeOf(name as (typeof METHOD_NAMES)[number]), name).toContain('id');
  });
});
