// The time a fault happened is told afterwards: a time months ahead is a typing mistake, refused on its field
// (issue 16, item 6).
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, START_TIME, type TestBackend } from '../../testing/fixture';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

const MINUTE = 60_000;
const faultCall = (occurredAt: number | null) => ({
  callerPhone: '021-6288-5000',
  kind: 'fault' as const,
  channel: 'hotline' as const,
  priority: 'important' as const,
  subject: '硬盘录像机无法开机',
  fault: { occurredAt, nature: '硬件' },
});

describe('the time a fault happened', () => {
  it('is refused on its field when later than now beyond a few minutes, on a new call and on an edit', async () => {
    const t = await createTestBackend();
    opened.push(t);
    const agent = await t.signInAs(['agent']);
    const refusal = { ok: false, error: { code: 'validation', details: { fields: [{ path: 'fault.occurredAt', key: 'validation.faultInFuture' }] } } };

    const months = START_TIME + 90 * 24 * 60 * MINUTE;
    expect(await t.call(agent, 'requests.create', faultCall(months))).toMatchObject(refusal);
    expect(await t.call(agent, 'requests.create', faultCall(START_TIME + 11 * MINUTE))).toMatchObject(refusal);

    // Now, a little ahead (a clock a bit fast), in the past, or not known: accepted.
    for (const at of [START_TIME, START_TIME + 5 * MINUTE, START_TIME - 3 * 24 * 60 * MINUTE, null]) {
      await t.expectOk(agent, 'requests.create', faultCall(at));
    }

    const saved = await t.expectOk(agent, 'requests.create', faultCall(START_TIME - 60 * MINUTE));
    expect(await t.call(agent, 'requests.update', { id: saved.id, version: saved.version, fault: { occurredAt: months } })).toMatchObject(refusal);
    const edited = await t.expectOk(agent, 'requests.update', { id: saved.id, version: saved.version, fault: { occurredAt: START_TIME - 30 * MINUTE } });
    expect(edited.fault?.occurredAt).toBe(START_TIME - 30 * MINUTE);
  });
});
