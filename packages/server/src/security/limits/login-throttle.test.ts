import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';
import { describeLoginThrottling, fakeClock } from './login-throttling.contract.test-support.js';

const MINUTE = 60_000;

describeLoginThrottling('LoginThrottle', async (options) => new LoginThrottle(options));

describe('LoginThrottle (in process memory)', () => {
  it('drops forgotten counters without being asked about them again', async () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle({ now: clock.now, forgetAfterMs: MINUTE });
    for (let i = 0; i < 4; i += 1) await throttle.recordFailure(`old${i}@example.com`, '10.0.0.1');
    expect(throttle.size).toBe(5);
    clock.advance(MINUTE);
    await throttle.recordFailure('new@example.com', '10.0.0.2');
    expect(throttle.size).toBe(2);
  });

  it('keeps memory bounded under a flood of 200,000 distinct e-mails and addresses', async () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle({ now: clock.now, maxEntries: 1000 });
    for (let i = 0; i < 100_000; i += 1) {
      await throttle.recordFailure(`random${i}@example.com`, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      expect(throttle.size).toBeLessThanOrEqual(1000);
    }
    expect(throttle.size).toBe(1000);
    // The least recently touched counters were the ones evicted: the newest flood entries remain.
    for (let i = 0; i < 6; i += 1) await throttle.recordFailure('random99999@example.com', '10.1.134.159');
    expect((await throttle.check('random99999@example.com', '10.200.0.1')).allowed).toBe(false);
  });

  it('keeps one counter for an absurdly long e-mail whatever its case, next to the address counter', async () => {
    const throttle = new LoginThrottle({ now: fakeClock().now });
    await throttle.recordFailure(`${'x'.repeat(100_000)}@example.com`, '10.0.0.1');
    await throttle.recordFailure(`${'X'.repeat(100_000)}@EXAMPLE.com`, '10.0.0.1');
    expect(throttle.size).toBe(2);
  });
});
