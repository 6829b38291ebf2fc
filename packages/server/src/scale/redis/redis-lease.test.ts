import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLease } from './redis-lease.js';
import { clearRedisPrefix, probeRedis, testRedisPrefix, TEST_REDIS_URL } from './test-redis.test-support.js';

const unavailable = await probeRedis();
if (unavailable !== null) console.warn(`Redis lease tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('RedisLease', () => {
  const prefix = testRedisPrefix();
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
  });

  afterAll(async () => {
    await clearRedisPrefix(prefix);
    redis.disconnect();
  });

  it('is held by one node at a time, and kept by its holder when asked again', async () => {
    const a = new RedisLease({ redis, name: 'one-at-a-time', ttlMs: 5_000, keyPrefix: prefix, holder: 'node-a' });
    const b = new RedisLease({ redis, name: 'one-at-a-time', ttlMs: 5_000, keyPrefix: prefix, holder: 'node-b' });
    const first = await Promise.all([a.tryHold(), b.tryHold()]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const winner = first[0] ? a : b;
    const loser = first[0] ? b : a;
    expect(await winner.tryHold()).toBe(true);
    expect(await loser.tryHold()).toBe(false);
    expect(await redis.get(winner.key)).toBe(winner.holder);
  });

  it('passes to another node once its holder stops asking and it runs out', async () => {
    const a = new RedisLease({ redis, name: 'runs-out', ttlMs: 150, keyPrefix: prefix, holder: 'node-a' });
    const b = new RedisLease({ redis, name: 'runs-out', ttlMs: 150, keyPrefix: prefix, holder: 'node-b' });
    expect(await a.tryHold()).toBe(true);
    expect(await b.tryHold()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await b.tryHold()).toBe(true);
    expect(await a.tryHold()).toBe(false);
  });

  it('is free at once after its holder releases it, and a release by a non-holder changes nothing', async () => {
    const a = new RedisLease({ redis, name: 'released', ttlMs: 60_000, keyPrefix: prefix, holder: 'node-a' });
    const b = new RedisLease({ redis, name: 'released', ttlMs: 60_000, keyPrefix: prefix, holder: 'node-b' });
    expect(await a.tryHold()).toBe(true);
    await b.release();
    expect(await redis.get(a.key)).toBe('node-a');
    await a.release();
    expect(await b.tryHold()).toBe(true);
  });

  it('counts as not held, and reports why, when Redis cannot be asked', async () => {
    const closed = new Redis(TEST_REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
    const errors: unknown[] = [];
    const lease = new RedisLease({ redis: closed, name: 'unreachable', ttlMs: 1_000, keyPrefix: prefix, onError: (error) => errors.push(error) });
    expect(await lease.tryHold()).toBe(false);
    expect(errors).toHaveLength(1);
    closed.disconnect();
  });
});
