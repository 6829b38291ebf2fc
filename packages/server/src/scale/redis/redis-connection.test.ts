import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { PrivateRedisServer, redisServerProblem } from './private-redis-server.test-support.js';
import { closeRedis, describeRedisUrl, LONGEST_RECONNECT_DELAY_MS, openRedis, reconnectDelayMs, redisReady } from './redis-connection.js';

const serverProblem = redisServerProblem();
if (serverProblem !== null) console.warn(`openRedis restart tests skipped: ${serverProblem}`);

const NOBODY = 'redis://127.0.0.1:1';

describe('reconnectDelayMs', () => {
  it('starts near 100 ms, doubles, and never waits more than 2 s however long Redis is away', () => {
    const delays = (attempt: number): number[] => Array.from({ length: 200 }, () => reconnectDelayMs(attempt));
    expect(Math.min(...delays(1))).toBeGreaterThanOrEqual(80);
    expect(Math.max(...delays(1))).toBeLessThanOrEqual(100);
    expect(Math.max(...delays(3))).toBeLessThanOrEqual(400);
    expect(Math.min(...delays(3))).toBeGreaterThanOrEqual(320);
    for (const attempt of [6, 50, 10_000]) {
      expect(Math.max(...delays(attempt))).toBeLessThanOrEqual(LONGEST_RECONNECT_DELAY_MS);
      expect(Math.min(...delays(attempt))).toBeGreaterThanOrEqual(LONGEST_RECONNECT_DELAY_MS * 0.8);
    }
  });
});

describe('describeRedisUrl', () => {
  it('keeps the address and database but never the credentials', () => {
    expect(describeRedisUrl('redis://user:secret@cache.internal:6380/2')).toBe('redis://cache.internal:6380/2');
    expect(describeRedisUrl('rediss://:secret@cache.internal')).toBe('rediss://cache.internal');
    expect(describeRedisUrl('not a url')).toBe('Redis (unparsable URL)');
  });
});

describe('openRedis', () => {
  const clients: Redis[] = [];
  let server: PrivateRedisServer | undefined;
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => closeRedis(client)));
    await server?.stop();
    server = undefined;
  });
  function open(url: string, role: 'bus' | 'subscriber' | 'cache' | 'queue', errors: Error[] = []): Redis {
    const client = openRedis(url, { role, onError: (error) => errors.push(error) });
    clients.push(client);
    return client;
  }

  it('fails a cache command at once while Redis is unreachable, and hands connection errors to onError', async () => {
    const errors: Error[] = [];
    const client = open(NOBODY, 'cache', errors);
    const started = Date.now();
    await expect(client.get('anything')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(500);
    await redisReady(client, 300).catch(() => undefined);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].message).toMatch(/ECONNREFUSED/);
  });

  it('lets queue commands wait for Redis (BullMQ requires it) and keeps trying to connect', () => {
    const queue = open(NOBODY, 'queue');
    expect(queue.options.maxRetriesPerRequest).toBeNull();
    expect(queue.options.enableOfflineQueue).toBe(true);
    const subscriber = open(NOBODY, 'subscriber');
    expect(subscriber.options.autoResubscribe).toBe(true);
    expect(subscriber.options.maxRetriesPerRequest).toBeNull();
    expect(open(NOBODY, 'bus').options).toMatchObject({ enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  });

  it('names the address when Redis is not ready in time', async () => {
    await expect(redisReady(open(NOBODY, 'cache'), 200)).rejects.toThrow('Redis at 127.0.0.1:1 did not answer within 200 ms');
  });

  it('closes a connection whether Redis answers or not, and stops trying to reconnect', async () => {
    const errors: Error[] = [];
    const down = open(NOBODY, 'queue', errors);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const before = errors.length;
    expect(before).toBeGreaterThan(0);
    await closeRedis(down);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(errors.length).toBe(before);
    await closeRedis(down);
  });

  it.skipIf(serverProblem !== null)('reconnects by itself after Redis restarts, within the capped backoff', async () => {
    server = await PrivateRedisServer.start();
    const client = open(server.url, 'cache');
    await redisReady(client, 5000);
    await client.set('key', 'before');
    await server.kill();
    await expect(client.get('key')).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await server.restart();
    const back = Date.now();
    await redisReady(client, 5000);
    expect(Date.now() - back).toBeLessThanOrEqual(LONGEST_RECONNECT_DELAY_MS + 500);
    // A fresh Redis (nothing persisted) but a working connection.
    expect(await client.get('key')).toBeNull();
    await closeRedis(client);
    expect(client.status).toBe('end');
  });
});
