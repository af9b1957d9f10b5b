import { describe, expect, it } from 'vitest';
import { KeyedLimit } from './keyed-limit';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('KeyedLimit', () => {
  it('runs at most `limit` tasks of one key at once, in the order they came, and other keys alongside', async () => {
    const limit = new KeyedLimit(2);
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const task = (name: string) => async () => {
      running += 1;
      most = Math.max(most, running);
      order.push(name);
      await tick();
      running -= 1;
      return name;
    };
    const results = await Promise.all([
      ...['a1', 'a2', 'a3', 'a4', 'a5'].map((name) => limit.run('a', task(name))),
      limit.run('b', task('b1')),
    ]);
    expect(results).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1']);
    expect(most).toBe(3); // two of a, one of b
    expect(order.filter((n) => n.startsWith('a'))).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(limit.load('a')).toBe(0);
  });

  it('frees the slot of a task that fails', async () => {
    const limit = new KeyedLimit(1);
    await expect(limit.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit.run('a', () => Promise.resolve('next'))).toBe('next');
  });
});
