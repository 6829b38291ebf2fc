import { describe, expect, it } from 'vitest';
import { describeSharedCache } from '../../support/shared-cache.contract.test-support.js';
import { RedisCache } from './redis-cache.js';
import { useRedisTestClients } from './redis-test-clients.test-support.js';
import { probeRedis, TEST_REDIS_URL } from './test-redis.test-support.js';

const redisProblem = await probeRedis();
if (redisProblem !== null) console.warn(`RedisCache tests skipped: Redis at ${TEST_REDIS_URL} is unreachable (${redisProblem})`);

const { connection, freshPrefix } = useRedisTestClients(redisProblem);

describe.skipIf(redisProblem !== null)('RedisCache on the test Redis', () => {
  describeSharedCache('RedisCache', async () => new RedisCache({ redis: await connection(), keyPrefix: freshPrefix() }));

  it('shares entries between nodes, under its prefix, with the lifetime set in Redis', async () => {
    const keyPrefix = freshPrefix();
    const redis = await connection();
    const nodeA = new RedisCache({ redis, keyPrefix });
    const nodeB = new RedisCache({ redis: await connection(), keyPrefix });
    await nodeA.set('quote:AAPL', { price: 189.25 }, 30_000);
    expect(await nodeB.get('quote:AAPL')).toEqual({ price: 189.25 });
    expect(await new RedisCache({ redis, keyPrefix: freshPrefix() }).get('quote:AAPL')).toBeUndefined();
    const ttl = await redis.pttl(`${keyPrefix}cache:quote:AAPL`);
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
    await nodeB.delete('quote:AAPL');
    expect(await nodeA.get('quote:AAPL')).toBeUndefined();
  });

  it('answers a miss for an entry that is not JSON, and says so', async () => {
    const keyPrefix = freshPrefix();
    const redis = await connection();
    const problems: string[] = [];
    const cache = new RedisCache({ redis, keyPrefix, onError: (error) => problems.push(error.message) });
    await redis.set(`${keyPrefix}cache:garbled`, '{not json');
    expect(await cache.get('garbled')).toBeUndefined();
    expect(problems).toEqual(['shared cache entry "garbled" is not JSON; answered as a miss']);
  });
});

describe('RedisCache while Redis is unreachable', () => {
  it('answers misses and drops writes at once, reporting the outage once', async () => {
    const problems: string[] = [];
    const cache = new RedisCache({ redis: await connection('redis://127.0.0.1:1', false), onError: (error) => problems.push(error.message) });
    const started = Date.now();
    for (let i = 0; i < 5; i += 1) {
      await cache.set('key', { i }, 60_000);
      expect(await cache.get('key')).toBeUndefined();
      await cache.delete('key');
    }
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the shared cache \(Redis\) is unavailable \(.+\); answering misses until it answers again/);
    // A programming error still throws: the outage does not hide it.
    await expect(cache.set('key', undefined, 1000)).rejects.toThrow('cannot be written as JSON');
  });
});
