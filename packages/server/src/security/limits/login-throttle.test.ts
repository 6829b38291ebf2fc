import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

function fakeClock(startMs = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let current = startMs;
  return { now: () => current, advance: (ms) => (current += ms) };
}

const MINUTE = 60_000;

describe('LoginThrottle', () => {
  it('allows the free attempts, then blocks the account for base * 2^(n - free - 1)', () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle({ now: clock.now });
    for (let i = 0; i < 5; i += 1) {
      expect(throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: true });
      throttle.recordFailure('ann@example.com', '10.0.0.1');
    }
    expect(throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: true });
    throttle.recordFailure('ann@example.com', '10.0.0.1');
    expect(throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'account' });
    throttle.recordFailure('ann@example.com', '10.0.0.1');
    expect(throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 2000, scope: 'account' });
    clock.advance(1500);
    expect(throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 500, scope: 'account' });
  });

  it('grows the delay with each of 1,000 failures up to the cap, and lets one attempt through once it passed', () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle({ now: clock.now });
    const waits: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      throttle.recordFailure('victim@example.com', `10.1.${Math.floor(i / 250)}.${i % 250}`);
      const verdict = throttle.check('victim@example.com', '192.168.0.9');
      waits.push(verdict.allowed ? 0 : verdict.retryAfterMs);
    }
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5, 16)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 900_000]);
    expect(new Set(waits.slice(15))).toEqual(new Set([15 * MINUTE]));

    // Another account from another address is not affected.
    expect(throttle.check('bob@example.com', '172.16.0.1')).toEqual({ allowed: true });

    clock.advance(15 * MINUTE - 1);
    expect(throttle.check('victim@example.com', '192.168.0.9')).toEqual({ allowed: false, retryAfterMs: 1, scope: 'account' });
    clock.advance(1);
    expect(throttle.check('victim@example.com', '192.168.0.9')).toEqual({ allowed: true });
    // That attempt failing blocks again for the capped delay, never for good.
    throttle.recordFailure('victim@example.com', '192.168.0.9');
    expect(throttle.check('victim@example.com', '192.168.0.9')).toEqual({ allowed: false, retryAfterMs: 15 * MINUTE, scope: 'account' });
  });

  it('treats e-mails case- and space-insensitively', () => {
    const throttle = new LoginThrottle({ now: fakeClock().now, freeAttemptsPerAccount: 1 });
    throttle.recordFailure('Ann@Example.COM', '10.0.0.1');
    throttle.recordFailure(' ann@example.com ', '10.0.0.2');
    expect(throttle.check('ANN@example.com', '10.0.0.3')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'account' });
  });

  it('blocks an address spraying guesses over many accounts, while those accounts stay usable from elsewhere', () => {
    const throttle = new LoginThrottle({ now: fakeClock().now });
    for (let i = 0; i < 22; i += 1) throttle.recordFailure(`user${i}@example.com`, '203.0.113.7');
    expect(throttle.check('fresh@example.com', '203.0.113.7')).toEqual({ allowed: false, retryAfterMs: 2000, scope: 'ip' });
    expect(throttle.check('user3@example.com', '198.51.100.1')).toEqual({ allowed: true });
  });

  it('counts the addresses of one IPv6 /64 as one address', () => {
    const throttle = new LoginThrottle({ now: fakeClock().now, freeAttemptsPerIp: 2 });
    throttle.recordFailure('a@example.com', '2001:db8:1:2::1');
    throttle.recordFailure('b@example.com', '2001:db8:1:2::2');
    throttle.recordFailure('c@example.com', '2001:db8:1:2:ffff::3');
    expect(throttle.check('d@example.com', '2001:db8:1:2::99')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'ip' });
    expect(throttle.check('d@example.com', '2001:db8:1:3::1')).toEqual({ allowed: true });
  });

  it('reports the longer wait when both the account and the address are blocked', () => {
    const throttle = new LoginThrottle({ now: fakeClock().now, freeAttemptsPerAccount: 1, freeAttemptsPerIp: 1 });
    for (let i = 0; i < 3; i += 1) throttle.recordFailure('ann@example.com', '10.0.0.1');
    throttle.recordFailure('bob@example.com', '10.0.0.1');
    expect(throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 4000, scope: 'ip' });
  });

  it('clears the account on success but keeps the address counter', () => {
    const throttle = new LoginThrottle({ now: fakeClock().now, freeAttemptsPerAccount: 1, freeAttemptsPerIp: 1 });
    throttle.recordFailure('ann@example.com', '10.0.0.1');
    throttle.recordFailure('ann@example.com', '10.0.0.1');
    throttle.recordSuccess('ANN@example.com', '10.0.0.1');
    expect(throttle.check('ann@example.com', '10.0.0.2')).toEqual({ allowed: true });
    expect(throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'ip' });
  });

  it('forgets failures older than forgetAfterMs', () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle({ now: clock.now, freeAttemptsPerAccount: 2, forgetAfterMs: 60 * MINUTE });
    for (let i = 0; i < 3; i += 1) throttle.recordFailure('ann@example.com', '10.0.0.1');
    clock.advance(60 * MINUTE);
    // Had the old failures counted, this one (the 4th) would block for 2 s.
    throttle.recordFailure('ann@example.com', '10.0.0.1');
    expect(throttle.check('ann@example.com', '10.0.0.2')).toEqual({ allowed: true });
  });

  it('drops forgotten counters without being asked about them again', () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle({ now: clock.now, forgetAfterMs: MINUTE });
    for (let i = 0; i < 4; i += 1) throttle.recordFailure(`old${i}@example.com`, '10.0.0.1');
    expect(throttle.size).toBe(5);
    clock.advance(MINUTE);
    throttle.recordFailure('new@example.com', '10.0.0.2');
    expect(throttle.size).toBe(2);
  });

  it('keeps memory bounded under a flood of 200,000 distinct e-mails and addresses', () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle({ now: clock.now, maxEntries: 1000 });
    for (let i = 0; i < 100_000; i += 1) {
      throttle.recordFailure(`random${i}@example.com`, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      expect(throttle.size).toBeLessThanOrEqual(1000);
    }
    expect(throttle.size).toBe(1000);
    // The least recently touched counters were the ones evicted: the newest flood entries remain.
    for (let i = 0; i < 6; i += 1) throttle.recordFailure('random99999@example.com', '10.1.134.159');
    expect(throttle.check('random99999@example.com', '10.200.0.1').allowed).toBe(false);
  });

  it('keeps a counter of bounded size for an absurdly long e-mail, still counting it', () => {
    const throttle = new LoginThrottle({ now: fakeClock().now, freeAttemptsPerAccount: 1 });
    const huge = `${'x'.repeat(100_000)}@example.com`;
    throttle.recordFailure(huge, '10.0.0.1');
    throttle.recordFailure(huge.toUpperCase(), '10.0.0.2');
    expect(throttle.check(huge, '10.0.0.3')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'account' });
    expect(throttle.check(`${'x'.repeat(99_999)}y@example.com`, '10.0.0.3')).toEqual({ allowed: true });
  });
});
