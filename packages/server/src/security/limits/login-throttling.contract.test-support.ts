import { describe, expect, it } from 'vitest';
import type { LoginBackoffPolicy, LoginThrottling } from './login-throttling.js';

/** Opens a fresh throttle with empty counters, on the given policy and clock. */
export type OpenLoginThrottling = (options: Partial<LoginBackoffPolicy> & { readonly now: () => number }) => Promise<LoginThrottling>;

/** A clock the test moves by hand. */
export function fakeClock(startMs = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let current = startMs;
  return { now: () => current, advance: (ms) => (current += ms) };
}

const MINUTE = 60_000;

/** The behaviour every {@link LoginThrottling} shares (free attempts, doubling delay, cap, scopes, forgetting). */
export function describeLoginThrottling(name: string, open: OpenLoginThrottling): void {
  describe(`${name} (login throttling contract)`, () => {
    it('allows the free attempts, then blocks the account for base * 2^(n - free - 1)', async () => {
      const clock = fakeClock();
      const throttle = await open({ now: clock.now });
      for (let i = 0; i < 5; i += 1) {
        expect(await throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: true });
        await throttle.recordFailure('ann@example.com', '10.0.0.1');
      }
      expect(await throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: true });
      await throttle.recordFailure('ann@example.com', '10.0.0.1');
      expect(await throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'account' });
      await throttle.recordFailure('ann@example.com', '10.0.0.1');
      expect(await throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 2000, scope: 'account' });
      clock.advance(1500);
      expect(await throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 500, scope: 'account' });
    });

    it('grows the delay with each of 1,000 failures up to the cap, and lets one attempt through once it passed', async () => {
      const clock = fakeClock();
      const throttle = await open({ now: clock.now });
      const waits: number[] = [];
      for (let i = 0; i < 1000; i += 1) {
        await throttle.recordFailure('victim@example.com', `10.1.${Math.floor(i / 250)}.${i % 250}`);
        const verdict = await throttle.check('victim@example.com', '192.168.0.9');
        waits.push(verdict.allowed ? 0 : verdict.retryAfterMs);
      }
      expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
      expect(waits.slice(5, 16)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 900_000]);
      expect(new Set(waits.slice(15))).toEqual(new Set([15 * MINUTE]));

      // Another account from another address is not affected.
      expect(await throttle.check('bob@example.com', '172.16.0.1')).toEqual({ allowed: true });

      clock.advance(15 * MINUTE - 1);
      expect(await throttle.check('victim@example.com', '192.168.0.9')).toEqual({ allowed: false, retryAfterMs: 1, scope: 'account' });
      clock.advance(1);
      expect(await throttle.check('victim@example.com', '192.168.0.9')).toEqual({ allowed: true });
      // That attempt failing blocks again for the capped delay, never for good.
      await throttle.recordFailure('victim@example.com', '192.168.0.9');
      expect(await throttle.check('victim@example.com', '192.168.0.9')).toEqual({ allowed: false, retryAfterMs: 15 * MINUTE, scope: 'account' });
    });

    it('treats e-mails case- and space-insensitively', async () => {
      const throttle = await open({ now: fakeClock().now, freeAttemptsPerAccount: 1 });
      await throttle.recordFailure('Ann@Example.COM', '10.0.0.1');
      await throttle.recordFailure(' ann@example.com ', '10.0.0.2');
      expect(await throttle.check('ANN@example.com', '10.0.0.3')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'account' });
    });

    it('blocks an address spraying guesses over many accounts, while those accounts stay usable from elsewhere', async () => {
      const throttle = await open({ now: fakeClock().now });
      for (let i = 0; i < 22; i += 1) await throttle.recordFailure(`user${i}@example.com`, '203.0.113.7');
      expect(await throttle.check('fresh@example.com', '203.0.113.7')).toEqual({ allowed: false, retryAfterMs: 2000, scope: 'ip' });
      expect(await throttle.check('user3@example.com', '198.51.100.1')).toEqual({ allowed: true });
    });

    it('counts the addresses of one IPv6 /64 as one address', async () => {
      const throttle = await open({ now: fakeClock().now, freeAttemptsPerIp: 2 });
      await throttle.recordFailure('a@example.com', '2001:db8:1:2::1');
      await throttle.recordFailure('b@example.com', '2001:db8:1:2::2');
      await throttle.recordFailure('c@example.com', '2001:db8:1:2:ffff::3');
      expect(await throttle.check('d@example.com', '2001:db8:1:2::99')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'ip' });
      expect(await throttle.check('d@example.com', '2001:db8:1:3::1')).toEqual({ allowed: true });
    });

    it('reports the longer wait when both the account and the address are blocked', async () => {
      const throttle = await open({ now: fakeClock().now, freeAttemptsPerAccount: 1, freeAttemptsPerIp: 1 });
      for (let i = 0; i < 3; i += 1) await throttle.recordFailure('ann@example.com', '10.0.0.1');
      await throttle.recordFailure('bob@example.com', '10.0.0.1');
      expect(await throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 4000, scope: 'ip' });
    });

    it('clears the account on success but keeps the address counter', async () => {
      const throttle = await open({ now: fakeClock().now, freeAttemptsPerAccount: 1, freeAttemptsPerIp: 1 });
      await throttle.recordFailure('ann@example.com', '10.0.0.1');
      await throttle.recordFailure('ann@example.com', '10.0.0.1');
      await throttle.recordSuccess('ANN@example.com', '10.0.0.1');
      expect(await throttle.check('ann@example.com', '10.0.0.2')).toEqual({ allowed: true });
      expect(await throttle.check('ann@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'ip' });
    });

    it('forgets failures older than forgetAfterMs', async () => {
      const clock = fakeClock();
      const throttle = await open({ now: clock.now, freeAttemptsPerAccount: 2, forgetAfterMs: 60 * MINUTE });
      for (let i = 0; i < 3; i += 1) await throttle.recordFailure('ann@example.com', '10.0.0.1');
      expect((await throttle.check('ann@example.com', '10.0.0.2')).allowed).toBe(false);
      clock.advance(60 * MINUTE);
      expect(await throttle.check('ann@example.com', '10.0.0.2')).toEqual({ allowed: true });
      // Had the old failures counted, this one (the 4th) would block for 2 s.
      await throttle.recordFailure('ann@example.com', '10.0.0.1');
      expect(await throttle.check('ann@example.com', '10.0.0.2')).toEqual({ allowed: true });
    });

    it('loses no failure when many are recorded at once', async () => {
      const throttle = await open({ now: fakeClock().now, freeAttemptsPerAccount: 40 });
      await Promise.all(Array.from({ length: 43 }, (_unused, i) => throttle.recordFailure('ann@example.com', `10.2.0.${i}`)));
      // 43 failures, 40 free: the third beyond waits 2^2 s.
      expect(await throttle.check('ann@example.com', '10.3.0.1')).toEqual({ allowed: false, retryAfterMs: 4000, scope: 'account' });
    });

    it('still counts an absurdly long e-mail, without confusing it with a near twin', async () => {
      const throttle = await open({ now: fakeClock().now, freeAttemptsPerAccount: 1 });
      const huge = `${'x'.repeat(100_000)}@example.com`;
      await throttle.recordFailure(huge, '10.0.0.1');
      await throttle.recordFailure(huge.toUpperCase(), '10.0.0.2');
      expect(await throttle.check(huge, '10.0.0.3')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'account' });
      expect(await throttle.check(`${'x'.repeat(99_999)}y@example.com`, '10.0.0.3')).toEqual({ allowed: true });
    });
  });
}
