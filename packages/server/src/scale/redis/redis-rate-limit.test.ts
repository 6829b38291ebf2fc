import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { installRateLimits } from '../../security/limits/rate-limit-plugin.js';
import { closeRedis, openRedis, redisReady } from './redis-connection.js';
import { clearRedisPrefix, probeRedis, TEST_REDIS_URL, testRedisPrefix } from './test-redis.test-support.js';

const redisProblem = await probeRedis();
if (redisProblem !== null) console.warn(`shared rate limit tests skipped: Redis at ${TEST_REDIS_URL} is unreachable (${redisProblem})`);

describe.skipIf(redisProblem !== null)('installRateLimits with a Redis store', () => {
  const prefix = testRedisPrefix();
  const apps: FastifyInstance[] = [];
  const clients: Redis[] = [];

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
    await Promise.all(clients.splice(0).map((client) => closeRedis(client)));
  });
  afterAll(async () => {
    await clearRedisPrefix(prefix);
  });

  async function connection(url = TEST_REDIS_URL, waitUntilReady = url === TEST_REDIS_URL): Promise<Redis> {
    const client = openRedis(url, { role: 'cache', onError: () => undefined });
    clients.push(client);
    if (waitUntilReady) await redisReady(client, 5000);
    return client;
  }

  /** A node: its own app and Redis connection, counting anonymous callers 3 a minute and logins 1 a minute. */
  async function node(redis: Redis, keyPrefix = prefix): Promise<FastifyInstance> {
    const app = await createBaseApp();
    apps.push(app);
    await installRateLimits(app, { principalOf: () => null, anonymousPerMinute: 3, redis, keyPrefix });
    await app.register(async (routes) => {
      routes.get('/api/v1/things', async () => ({ ok: true }));
      routes.post('/api/v1/auth/login', { config: { rateLimit: { max: 1 } } }, async () => ({ ok: true }));
    });
    return app;
  }

  async function status(app: FastifyInstance, url = '/api/v1/things', remoteAddress = '10.0.0.1', method: 'GET' | 'POST' = 'GET'): Promise<number> {
    return (await app.inject({ method, url, remoteAddress })).statusCode;
  }

  it('shares one budget between two nodes: the limit is reached by requests spread over both', async () => {
    const nodeA = await node(await connection());
    const nodeB = await node(await connection());
    expect([await status(nodeA), await status(nodeB), await status(nodeA)]).toEqual([200, 200, 200]);
    expect(await status(nodeB)).toBe(429);
    const refused = await nodeA.inject({ method: 'GET', url: '/api/v1/things', remoteAddress: '10.0.0.1' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'GS_ERR_RATE_LIMITED', message: expect.stringMatching(/^too many requests: 3 per minute allowed for IP address 10\.0\.0\.1; retry in \d+ s$/) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(59);
    // Another address has its own budget, on both nodes.
    expect([await status(nodeB, undefined, '10.0.0.2'), await status(nodeA, undefined, '10.0.0.2')]).toEqual([200, 200]);
  });

  it("shares a route's own limit too", async () => {
    const nodeA = await node(await connection());
    const nodeB = await node(await connection());
    expect(await status(nodeA, '/api/v1/auth/login', '10.0.0.9', 'POST')).toBe(200);
    expect(await status(nodeB, '/api/v1/auth/login', '10.0.0.9', 'POST')).toBe(429);
    expect(await status(nodeB, '/api/v1/things', '10.0.0.9')).toBe(200);
  });

  it('keeps the budgets of different key prefixes apart', async () => {
    const redis = await connection();
    const ours = await node(redis, testRedisPrefix());
    const theirs = await node(redis, testRedisPrefix());
    for (let i = 0; i < 3; i += 1) expect(await status(ours, undefined, '10.0.0.3')).toBe(200);
    expect(await status(ours, undefined, '10.0.0.3')).toBe(429);
    expect(await status(theirs, undefined, '10.0.0.3')).toBe(200);
  });

  it('lets requests through, quickly and uncounted, while Redis is unreachable', async () => {
    const app = await node(await connection('redis://127.0.0.1:1', false));
    const started = Date.now();
    const answers: number[] = [];
    for (let i = 0; i < 5; i += 1) answers.push(await status(app, undefined, '10.0.0.4'));
    expect(answers).toEqual([200, 200, 200, 200, 200]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
