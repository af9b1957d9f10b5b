// The audit log (renderer/src/features/audit) speaks the reader's language: every action (every write of the contract, and what the back end writes
// outside calls), every record type and every field the back end writes, and the coded values among them, have words
// in both languages; and the record-type filter offers exactly the record types the back end writes. The lists are
// read from the contract, from the back end's own source and from the rows it really writes (the whole demo, and one
// call of every write of the contract), never copied here.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, AUDIT_ENTITIES, METHOD_NAMES, type MethodName } from '../../../../shared/api';
import { LANGUAGES, resources } from '../../../../shared/i18n/resources';
import { recordFieldPaths, valueLabelPrefix } from '../../../../renderer/src/features/audit/changes';
import { AUDIT_ENTITY_FILTER } from '../../../../renderer/src/features/audit/entities';
import { createBackend } from '../..';
import { seedDemoData } from '../../demo/seed';
import { createTestBackend, makeTempDir, TEST_COST_LOG2, type TestBackend } from '../../testing/fixture';
import { sampleContext, SAMPLE_INPUTS, TARGET_USERNAME, type SampleContext } from '../../testing/sample-inputs';
import type { SessionContext } from '../auth/sessions';

interface Row {
  method: string;
  entity: string;
  before: string | null;
  after: string | null;
}

/** Whether `ns:a.b.c` has a text of its own in this language (no fallback to the other); a flat key with dots
 * (`"complaints.create"`) reads the same as a nested one, as i18next reads it. */
function hasText(language: (typeof LANGUAGES)[number], key: string): boolean {
  const [namespace = '', path = ''] = key.split(':');
  const find = (node: unknown, rest: string): boolean => {
    if (node === null || typeof node !== 'object') return false;
    const here = node as Record<string, unknown>;
    if (typeof here[rest] === 'string') return (here[rest] as string).length > 0;
    const steps = rest.split('.');
    for (let i = 1; i < steps.length; i++) if (find(here[steps.slice(0, i).join('.')], steps.slice(i).join('.'))) return true;
    return false;
  };
  return find((resources[language] as Record<string, unknown>)[namespace], path);
}

const missingIn = (keys: Iterable<string>) =>
  LANGUAGES.flatMap((language) => [...new Set(keys)].filter((key) => !hasText(language, key)).map((key) => `${language}: ${key}`));

/** The string literals the back end's own source gives a property (`entity: 'request'`, `method: 'system.upgrade'`). */
function literalsInBackEnd(property: string): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`\\b${property}: '([A-Za-z_.]+)'`, 'g');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'testing' && entry.name !== 'demo') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(pattern)) found.add(match[1]!);
      }
    }
  };
  walk(join(dirname(fileURLToPath(import.meta.url)), '../..'));
  return found;
}

const WRITE_METHODS = METHOD_NAMES.filter((m) => api[m].kind === 'write');
const rows: Row[] = [];
const dirs: string[] = [];
const opened: TestBackend[] = [];

/** Someone the method admits (as in the audit test): the sample user for open methods, else a holder of its first role. */
async function callerFor(t: TestBackend, method: MethodName): Promise<SessionContext> {
  const access = api[method].access;
  if (access === 'public' || access === 'signedIn') return t.signIn(TARGET_USERNAME);
  return access.includes('admin') ? t.admin : t.signInAs([access[0]!]);
}

function readRows(file: string): Row[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT method, entity, before, after FROM audit_log ORDER BY id').all() as Row[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  // The whole demo: every record type at every state, written through the API as real work writes it.
  const demoDir = makeTempDir('aftersales-audit-labels-');
  dirs.push(demoDir);
  const demo = createBackend({ dataDir: demoDir, background: false, passwordCostLog2: TEST_COST_LOG2, logError: (error) => console.error(error) });
  try {
    await seedDemoData(demo);
  } finally {
    demo.close();
  }
  rows.push(...readRows(join(demoDir, 'aftersales.sqlite')));

  // One successful call of every write of the contract, one after another on one archive; a call an earlier one left
  // no record for (a step already taken) again on an archive of its own. The restore comes last: it ends every session.
  const t = await createTestBackend();
  opened.push(t);
  const failed: string[] = [];
  const callSample = async (on: TestBackend, method: MethodName) => {
    const input = (SAMPLE_INPUTS[method] as (c: SampleContext) => unknown)(await sampleContext(on));
    return on.backend.invoke(await callerFor(on, method), method, input);
  };
  for (const method of WRITE_METHODS.filter((m) => m !== 'auth.setup' && m !== 'backup.restore')) {
    if ((await callSample(t, method)).ok) continue;
    const own = await createTestBackend();
    opened.push(own);
    const result = await callSample(own, method);
    if (!result.ok) failed.push(`${method}: ${result.error.message}`);
    rows.push(...readRows(join(own.dataDir, 'aftersales.sqlite')));
  }
  const backup = await t.expectOk(t.admin, 'backup.create', {});
  const restored = await t.call(t.admin, 'backup.restore', SAMPLE_INPUTS['backup.restore'](await sampleContext(t, { backupId: backup.id })));
  if (!restored.ok) failed.push(`backup.restore: ${restored.error.message}`);
  expect(failed).toEqual([]);
  rows.push(...readRows(join(t.dataDir, 'aftersales.sqlite')));
}, 240_000);

afterAll(() => {
  for (const t of opened.splice(0)) t.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the audit log in both languages', () => {
  it('names every action: each write of the contract, and each the back end records outside a call', () => {
    const methods = new Set<string>([...WRITE_METHODS, ...literalsInBackEnd('method'), ...rows.map((row) => row.method)]);
    expect(methods.has('complaints.create') && methods.has('system.upgrade')).toBe(true);
    expect(missingIn([...methods].map((m) => `audit:actions.${m}`))).toEqual([]);
  });

  it('knows every record type the back end writes, and names each', () => {
    const written = new Set([...literalsInBackEnd('entity'), ...rows.map((row) => row.entity)]);
    expect(written.has('request') && written.has('complaint') && written.has('system')).toBe(true);
    expect([...written].filter((entity) => !(AUDIT_ENTITIES as readonly string[]).includes(entity))).toEqual([]);
    expect(missingIn(AUDIT_ENTITIES.map((entity) => `audit:entities.${entity}`))).toEqual([]);
  });

  it('offers exactly the record types the back end writes in its record-type filter', () => {
    const written = new Set([...literalsInBackEnd('entity'), ...rows.map((row) => row.entity)]);
    expect([...AUDIT_ENTITY_FILTER].sort()).toEqual([...written].sort());
  });

  it('names every field the back end writes into an entry, nested parts included', () => {
    const fields = new Set<string>();
    for (const row of rows) {
      for (const json of [row.before, row.after]) {
        if (json) for (const path of recordFieldPaths(JSON.parse(json))) for (const step of path) fields.add(step);
      }
    }
    expect(fields.has('part1') && fields.has('route') && fields.has('deadline')).toBe(true);
    expect(missingIn([...fields].map((field) => `audit:fields.${field}`))).toEqual([]);
  });

  it('names every coded value written (states, kinds, channels, routes)', () => {
    const keys = new Set<string>();
    for (const row of rows) {
      for (const json of [row.before, row.after]) {
        if (!json) continue;
        const record: unknown = JSON.parse(json);
        for (const path of recordFieldPaths(record)) {
          const prefix = valueLabelPrefix(row.entity, path);
          const value = path.reduce<unknown>((node, step) => (node as Record<string, unknown> | null)?.[step], record);
          if (prefix && typeof value === 'string' && value !== '') keys.add(`${prefix}.${value}`);
        }
      }
    }
    expect([...keys].some((key) => key.startsWith('complaints:states.'))).toBe(true);
    expect(missingIn(keys)).toEqual([]);
  });
});
