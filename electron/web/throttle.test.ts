// The sign-in throttle on its own, with a clock of the test's: per account and address, and per address.
import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle';

describe('failed sign-ins', () => {
  it('stop one address at one account after the limit, for a minute, while colleagues at that address go on', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 60_000, () => now, 10);
    for (let i = 0; i < 3; i++) throttle.failed('10.0.0.5', 'wang');
    expect(throttle.allow('10.0.0.5', ' WANG ')).toBe(false);
    expect(throttle.allow('10.0.0.5', 'li')).toBe(true);
    expect(throttle.allow('10.0.0.6', 'wang')).toBe(true);
    now = 60_001;
    expect(throttle.allow('10.0.0.5', 'wang')).toBe(true);
  });

  it('stop an address that tries account after account, whatever account it names next, and not another address', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 60_000, () => now, 10);
    for (let i = 0; i < 10; i++) throttle.failed('10.0.0.9', `user${i}`);
    expect(throttle.allow('10.0.0.9', 'someone-new')).toBe(false);
    expect(throttle.allow('10.0.0.8', 'someone-new')).toBe(true);
    now = 60_001;
    expect(throttle.allow('10.0.0.9', 'someone-new')).toBe(true);
  });
});
