import { describe, expect, it } from 'vitest';
import { pacer } from './pace';

/** Counts the turns of the event loop (setImmediate callbacks) that run while `work` does. */
async function turnsDuring(work: () => Promise<void>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  return turns;
}

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('pacer', () => {
  it('lets the event loop turn once a slice is spent, and not before', async () => {
    const pause = pacer(5);
    // Quick steps inside one slice: no turn is given away.
    expect(await turnsDuring(async () => {
      for (let i = 0; i < 100; i++) await pause();
    })).toBe(0);
    // Steps of 2 ms in slices of 5 ms: a turn every third step or so, 20 steps → at least 5 turns.
    const slices = pacer(5);
    const turns = await turnsDuring(async () => {
      for (let i = 0; i < 20; i++) {
        busy(2);
        await slices();
      }
    });
    expect(turns).toBeGreaterThanOrEqual(5);
    expect(turns).toBeLessThanOrEqual(20);
  });
});
