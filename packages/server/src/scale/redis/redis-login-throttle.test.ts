import { describe, expect, it } from 'vitest';
import { describeLoginThrottling, fakeClock } from '../../security/limits/login-throttling.contract.test-support.js';
import { RedisLoginThrottle } from './redis-login-throttle.js';
import { useRedisTestClients } from './redis-test-clients.test-support.js';
import { probeRedis, TEST_REDIS_URL } from './test-redis.test-support.js';

const redisProblem = await probeRedis();
if (redisProblem !== null) console.warn(`RedisLoginThrottle tests skipped: Redis at ${TEST_REDIS_URL} is unreachable (${redisProblem})`);

const { connection, freshPrefix } = useRedisTestClients(redisProblem);

describe.skipIf(redisProblem !== null)('RedisLoginThrottle on the test Redis', () => {
  describeLoginThrottling('RedisLoginThrottle', async (options) => new RedisLoginThrottle({ ...options, redis: await connection(), keyPrefix: freshPrefix() }));

  it('counts the failures of every node together, losing none when nodes count at the same time', async () => {
    const clock = fakeClock();
    const keyPrefix = freshPrefix();
    const nodes = [
      new RedisLoginThrottle({ redis: await connection(), keyPrefix, now: clock.now, freeAttemptsPerAccount: 30 }),
      new RedisLoginThrottle({ redis: await connection(), keyPrefix, now: clock.now, freeAttemptsPerAccount: 30 }),
    ];
    // 32 failures at once, alternating nodes: 2 beyond the 30 free ones → the next try waits 2 s, on either node.
    await Promise.all(Array.from({ length: 32 }, (_unused, i) => nodes[i % 2].recordFailure('ann@example.com', `10.4.0.${i}`)));
    for (const node of nodes) expect(await node.check('ann@example.com', '10.5.0.1')).toEqual({ allowed: false, retryAfterMs: 2000, scope: 'account' });
    // A success on one node clears the account for both.
    await nodes[1].recordSuccess('ann@example.com', '10.5.0.1');
    expect(await nodes[0].check('ann@example.com', '10.5.0.1')).toEqual({ allowed: true });
  });

  it('keeps each counter only as long as it can matter (its TTL is forgetAfterMs)', async () => {
    const keyPrefix = freshPrefix();
    const redis = await connection();
    const throttle = new RedisLoginThrottle({ redis, keyPrefix, forgetAfterMs: 90_000 });
    await throttle.recordFailure('ann@example.com', '10.6.0.1');
    expect((await redis.keys(`${keyPrefix}*`)).sort()).toEqual([`${keyPrefix}login-throttle:account:ann@example.com`, `${keyPrefix}login-throttle:ip:10.6.0.1`]);
    const ttl = await redis.pttl(`${keyPrefix}login-throttle:account:ann@example.com`);
    expect(ttl).toBeGreaterThan(85_000);
    expect(ttl).toBeLessThanOrEqual(90_000);
  });
});

describe('RedisLoginThrottle while Redis is unreachable', () => {
  it('throttles on this node alone, quickly, and reports the outage once', async () => {
    const problems: string[] = [];
    const throttle = new RedisLoginThrottle({ redis: await connection('redis://127.0.0.1:1', false), now: fakeClock().now, freeAttemptsPerAccount: 2, onError: (error) => problems.push(error.message) });
    const started = Date.now();
    for (let i = 0; i < 3; i += 1) await throttle.recordFailure('ann@example.com', '10.7.0.1');
    expect(await throttle.check('ann@example.com', '10.7.0.2')).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'account' });
    await throttle.recordSuccess('ann@example.com', '10.7.0.1');
    expect(await throttle.check('ann@example.com', '10.7.0.2')).toEqual({ allowed: true });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the login throttle store \(Redis\) is unavailable \(.+\); counting failed logins on this node only until it answers again/);
  });
});
