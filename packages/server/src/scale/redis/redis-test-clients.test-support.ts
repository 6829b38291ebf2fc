import type { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { closeRedis, openRedis, redisReady } from './redis-connection.js';
import { clearRedisPrefix, TEST_REDIS_URL, testRedisPrefix } from './test-redis.test-support.js';

/** Connections and key prefixes of one test file, closed and cleared after it. */
export interface RedisTestClients {
  /** A 'cache' connection (ready when it is the test Redis); `url` may name an unreachable one. */
  connection(url?: string, waitUntilReady?: boolean): Promise<Redis>;
  /** A key prefix of its own, under the file's (cleared at the end). */
  freshPrefix(): string;
}

/** Registers the file's `afterAll`: every connection closed, every key under its prefix deleted when Redis answered. */
export function useRedisTestClients(redisProblem: string | null): RedisTestClients {
  const prefix = testRedisPrefix();
  const clients: Redis[] = [];
  let opened = 0;
  afterAll(async () => {
    await Promise.all(clients.splice(0).map((client) => closeRedis(client)));
    if (redisProblem === null) await clearRedisPrefix(prefix);
  });
  return {
    async connection(url = TEST_REDIS_URL, waitUntilReady = url === TEST_REDIS_URL) {
      const client = openRedis(url, { role: 'cache', onError: () => undefined });
      clients.push(client);
      if (waitUntilReady) await redisReady(client, 5000);
      return client;
    },
    freshPrefix() {
      opened += 1;
      return `${prefix}${opened}:`;
    },
  };
}
