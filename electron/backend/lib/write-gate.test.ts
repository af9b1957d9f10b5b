import { describe, expect, it } from 'vitest';
import { WriteGate } from './write-gate';

describe('the write gate', () => {
  it('gives itself to one acquirer at a time, in turn, and a second release does nothing', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const first = await gate.acquire();
    const second = gate.acquire().then((release) => (order.push('second'), release));
    const third = gate.acquire().then((release) => (order.push('third'), release));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    first();
    const releaseSecond = await second;
    expect(gate.busy).toBe(true);
    first(); // a stale release must not free the second holder's gate
    expect(gate.busy).toBe(true);
    expect(order).toEqual(['second']);
    releaseSecond();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    expect(gate.busy).toBe(false);
  });
});
