// Every method, called as every role and signed out: refused exactly where the contract's access list says so.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, mayCall, METHOD_NAMES, ROLES, type MethodName, type Result, type Role } from '../../shared/api';
import { auditRowCount, createTestBackend, digestsAround, type TestBackend } from './testing/fixture';
import { sampleContext, SAMPLE_INPUTS, type SampleContext } from './testing/sample-inputs';
import type { SessionContext } from './features/auth/sessions';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(() => t.close());

async function sampleInput(method: MethodName): Promise<unknown> {
  const sample = SAMPLE_INPUTS[method] as ((c: SampleContext) => unknown) | undefined;
  if (!sample) throw new Error(`No sample input for ${method}: add one to electron/backend/testing/sample-inputs.ts`);
  return sample(await sampleContext(t));
}

async function callSample(session: SessionContext, method: MethodName): Promise<Result<unknown>> {
  return t.backend.invoke(session, method, await sampleInput(method));
}

/** A refused call must leave the database exactly as it was (the records its sample refers to are made first). */
async function callExpectingRefusal(session: SessionContext, method: MethodName): Promise<Result<unknown>> {
  const input = await sampleInput(method);
  // Digesting the whole database before and after each refused call took most of this file's time; digestsAround
  // digests only when something was committed meanwhile (the same verdict).
  const { result, before, after } = await digestsAround(t, () => t.backend.invoke(session, method, input));
  expect(after, `${method} changed the database although it was refused`).toBe(before);
  return result;
}

/**
 * Refusals of one record to a caller whose roles may call the method (a technician and a request or a work order not
 * his; the answer to a difficult question addressed to another department).
 */
const RECORD_REFUSALS = new Set(['request.notYours', 'questions.notYourDepartment', 'workOrders.notYours']);

function describeOutcome(result: Result<unknown>): string {
  if (!result.ok && result.error.code === 'forbidden' && RECORD_REFUSALS.has(result.error.reason ?? '')) return 'notTheirs';
  return result.ok ? 'ok' : result.error.code;
}

describe('role checks', () => {
  const accessTable = METHOD_NAMES.map((method) => ({
    method,
    access: Array.isArray(api[method].access) ? (api[method].access as readonly Role[]).join('|') : String(api[method].access),
  }));

  it.each(accessTable)('$method (access: $access) as each single role', async ({ method }) => {
    for (const role of ROLES) {
      const session = await t.signInAs([role]);
      const allowed = mayCall(api[method].access, [role]);
      const result = allowed ? await callSample(session, method) : await callExpectingRefusal(session, method);
      const outcome = describeOutcome(result);
      if (allowed) {
        // A valid sample from a permitted caller is neither refused nor rejected.
        expect(['forbidden', 'unauthenticated', 'validation', 'internal'], `${method} as ${role}`).not.toContain(outcome);
      } else {
        expect(outcome, `${method} as ${role}`).toBe('forbidden');
      }
    }
  });

  it.each(accessTable)('$method (access: $access) when signed out', async ({ method }) => {
    const isPublic = api[method].access === 'public';
    const session = t.backend.newSession();
    const result = isPublic ? await callSample(session, method) : await callExpectingRefusal(session, method);
    const outcome = describeOutcome(result);
    if (isPublic) expect(['forbidden', 'unauthenticated', 'validation', 'internal']).not.toContain(outcome);
    else expect(outcome).toBe('unauthenticated');
  });

  it('a user holding several roles may call what any of them allows, and nothing else (random role sets)', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.subarray([...ROLES], { minLength: 1 }), fc.constantFrom(...METHOD_NAMES), async (roles, method) => {
        runs += 1;
        const session = await t.signInAs(roles);
        const result = await callSample(session, method);
        const refused = describeOutcome(result) === 'forbidden';
        expect(refused, `${method} as ${roles.join('+')}`).toBe(!mayCall(api[method].access, roles));
      }),
      { numRuns: 150 },
    );
    expect(runs).toBe(150);
  });

  it('a refused call writes no audit row', async () => {
    const session = await t.signInAs(['technician']);
    const side = t.openSideConnection();
    const before = auditRowCount(side);
    const result = await t.call(session, 'departments.create', { name: '越权部门', kind: 'department' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(auditRowCount(side)).toBe(before);
    expect(side.prepare("SELECT count(*) FROM departments WHERE name = '越权部门'").pluck().get()).toBe(0);
    side.close();
  });
});
