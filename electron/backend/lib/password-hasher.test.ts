import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

describe('password hashing on a thread of its own', () => {
  it('a burst of password checks leaves the event loop and the file reads of libuv’s pool free', async () => {
    const stored = await hashPassword('same password', 15);
    const checks = Array.from({ length: 6 }, () => verifyPassword('same password', stored));
    // With scrypt on libuv's pool of 4, these reads waited for a check to finish (a pool thread each).
    const t0 = performance.now();
    await readFile(import.meta.filename);
    const tick = performance.now();
    await new Promise((resolve) => setImmediate(resolve));
    const readMs = tick - t0;
    const tickMs = performance.now() - tick;
    const checkStarted = performance.now();
    expect(await Promise.all(checks)).toEqual(Array(6).fill(true));
    const burstMs = performance.now() - checkStarted + readMs;
    expect(readMs).toBeLessThan(burstMs / 4);
    expect(tickMs).toBeLessThan(50);
    expect(await verifyPassword('other password', stored)).toBe(false);
  });
});
