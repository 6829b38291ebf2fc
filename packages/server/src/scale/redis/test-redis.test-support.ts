import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the scale-out tests run against; `TEST_REDIS_URL` overrides it. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** True in CI, where an unreachable Redis must fail the tests instead of skipping them. */
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** A client for test set-up: one try to connect, no reconnecting, so an absent Redis fails at once. */
function oneShotClient(url: string): Redis {
  return new Redis(url, { lazyConnect: true, connectTimeout: 2000, retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false });
}

/**
 * Why Redis cannot be used, or `null` when it answers PING. In CI (CI=true/1) an unreachable Redis is an error,
 * not a skip: the promise rejects, so the test file fails naming the reason.
 */
export async function probeRedis(url: string = TEST_REDIS_URL): Promise<string | null> {
  const client = oneShotClient(url);
  // The cause (refused, unknown host) arrives as an error event; connect() itself only says the connection closed.
  let firstError: Error | undefined;
  client.on('error', (error: Error) => (firstError ??= error));
  let problem: string | null = null;
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const cause = firstError ?? error;
    problem = cause instanceof Error ? cause.message || cause.name : String(cause);
  } finally {
    client.disconnect();
  }
  if (problem !== null && IN_CI) throw new Error(`Redis at ${url} is unreachable in CI: ${problem}`);
  return problem;
}

/** A unique key prefix per test file or run (`gs-test:<random>:`), so test files running at once never share keys. */
export function testRedisPrefix(): string {
  return `gs-test:${randomBytes(6).toString('hex')}:`;
}

/** Deletes every key under the prefix (SCAN + UNLINK, never KEYS, so a big shared Redis is not blocked). */
export async function clearRedisPrefix(prefix: string, url: string = TEST_REDIS_URL): Promise<void> {
  if (prefix === '') throw new RangeError('clearRedisPrefix needs a non-empty prefix; it would delete every key');
  const client = oneShotClient(url);
  client.on('error', () => undefined);
  try {
    await client.connect();
    // Glob characters in the prefix are escaped, so only keys that really start with it match.
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await client.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
