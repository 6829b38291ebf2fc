import { describe, expect, it } from 'vitest';
import { FailedSecretLimiter } from './failed-secret-limiter.js';

describe('FailedSecretLimiter', () => {
  it('refuses an address after its allowance of wrong secrets until the window ends, and no other address', () => {
    let now = 1_000_000;
    const limiter = new FailedSecretLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(limiter.check('10.0.0.1')).toEqual({ allowed: true });
      limiter.recordFailure('10.0.0.1');
    }
    expect(limiter.check('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.check('10.0.0.2')).toEqual({ allowed: true });
    now += 45_500;
    expect(limiter.check('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    now += 14_500;
    expect(limiter.check('10.0.0.1')).toEqual({ allowed: true });
  });

  it('counts a whole IPv6 /64 as one address', () => {
    const limiter = new FailedSecretLimiter({ maxFailures: 2, now: () => 0 });
    limiter.recordFailure('2001:db8:1:2::1');
    limiter.recordFailure('2001:db8:1:2::ffff');
    expect(limiter.check('2001:db8:1:2::42').allowed).toBe(false);
    expect(limiter.check('2001:db8:1:3::1').allowed).toBe(true);
  });

  it('forgets the least recently failing address beyond its capacity', () => {
    const limiter = new FailedSecretLimiter({ maxFailures: 1, maxEntries: 2, now: () => 0 });
    limiter.recordFailure('10.0.0.1');
    limiter.recordFailure('10.0.0.2');
    limiter.recordFailure('10.0.0.3');
    expect([limiter.check('10.0.0.1').allowed, limiter.check('10.0.0.2').allowed, limiter.check('10.0.0.3').allowed]).toEqual([true, false, false]);
  });
});
