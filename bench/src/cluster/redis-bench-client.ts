import { Redis } from 'ioredis';

/** A client for the bench's own Redis work: one try to connect, no reconnecting, so an absent Redis fails at once. */
export async function openBenchRedis(url: string): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 3000, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  let firstError: Error | undefined;
  client.on('error', (error: Error) => (firstError ??= error));
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    const cause = firstError ?? error;
    throw new Error(`the cluster bench needs Redis at ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  return client;
}

/** Deletes every key under the prefix (SCAN + UNLINK, never KEYS, so a shared Redis is not blocked); returns how many. */
export async function clearRedisPrefix(url: string, prefix: string): Promise<number> {
  if (prefix === '') throw new RangeError('clearRedisPrefix needs a non-empty prefix; it would delete every key');
  const client = await openBenchRedis(url);
  let deleted = 0;
  try {
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) deleted += await client.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
  return deleted;
}
