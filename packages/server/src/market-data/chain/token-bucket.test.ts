import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.js';
import { VirtualClock } from './virtual-clock.test-support.js';

const T0 = Date.UTC(2024, 0, 2, 14, 30);

describe('TokenBucket', () => {
  it('lets a full burst through at once, then one request per refill interval', async () => {
    const clock = new VirtualClock(T0);
    const bucket = new TokenBucket({ requests: 3, perMs: 3_000 }, clock);
    const started: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => bucket.take(10_000).then(() => started.push(clock.now() - T0))));
    expect(started).toEqual([0, 0, 0, 1_000, 2_000]);
  });

  it('refills while idle, never above its capacity', async () => {
    const clock = new VirtualClock(T0);
    const bucket = new TokenBucket({ requests: 2, perMs: 1_000 }, clock);
    await bucket.take(0);
    await bucket.take(0);
    expect(bucket.waitMs()).toBe(500);
    clock.advance(60_000);
    expect(await bucket.take(0)).toBe(true);
    expect(await bucket.take(0)).toBe(true);
    expect(await bucket.take(0)).toBe(false);
  });

  it('refuses without taking a token when the wait would exceed the bound', async () => {
    const clock = new VirtualClock(T0);
    const bucket = new TokenBucket({ requests: 1, perMs: 60_000 }, clock);
    expect(await bucket.take(0)).toBe(true);
    expect(await bucket.take(2_000)).toBe(false);
    expect(bucket.waitMs()).toBe(60_000);
  });

  it('holds every request until the time the source asked for', async () => {
    const clock = new VirtualClock(T0);
    const bucket = new TokenBucket({ requests: 10, perMs: 1_000 }, clock);
    bucket.holdUntil(T0 + 30_000);
    expect(await bucket.take(29_999)).toBe(false);
    expect(await bucket.take(30_000)).toBe(true);
    expect(clock.now()).toBe(T0 + 30_000);
  });

  it('gives the token back when the waiting caller aborts', async () => {
    const clock = new VirtualClock(T0);
    const bucket = new TokenBucket({ requests: 1, perMs: 1_000 }, clock);
    await bucket.take(0);
    const controller = new AbortController();
    const waiting = bucket.take(5_000, controller.signal);
    expect(bucket.waitMs()).toBe(2_000);
    controller.abort(new Error('caller gone'));
    await expect(waiting).rejects.toThrow('caller gone');
    expect(bucket.waitMs()).toBe(1_000);
  });

  it('refuses a limit that allows no request, naming the field', () => {
    const clock = new VirtualClock(T0);
    expect(() => new TokenBucket({ requests: 1.5, perMs: 1_000 }, clock)).toThrow('rateLimit.requests must be a positive integer, got 1.5');
    expect(() => new TokenBucket({ requests: 5, perMs: 0 }, clock)).toThrow('rateLimit.perMs must be a positive number of milliseconds, got 0');
  });
});
