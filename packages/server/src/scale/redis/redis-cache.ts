import type { Redis } from 'ioredis';
import { cacheEntryText, type SharedCache } from '../../support/shared-cache.js';
import { OutageReporter } from './outage-reporter.js';

/** Options of {@link RedisCache}. */
export interface RedisCacheOptions {
  /** A fail-fast connection (`openRedis(url, { role: 'cache' })`): a cache that waits for Redis is worse than none. */
  readonly redis: Redis;
  /** Prefix of the entries' keys, `<keyPrefix>cache:<key>` (default `goldensignals:`). */
  readonly keyPrefix?: string;
  /** Told of the first failure of each Redis outage and of unreadable entries; the default writes to stderr. */
  readonly onError?: (error: Error) => void;
}

/**
 * The {@link SharedCache} of a scaled-out deployment: entries are Redis strings of JSON with a millisecond expiry,
 * shared by every node. While Redis is unavailable `get` answers a miss and `set` and `delete` do nothing; the
 * outage is reported once, not per call. A `delete` lost that way leaves the old value until it expires, which is
 * why values that change get short lifetimes.
 */
export class RedisCache implements SharedCache {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #onError: (error: Error) => void;
  readonly #outage: OutageReporter;

  constructor(options: RedisCacheOptions) {
    this.#redis = options.redis;
    this.#prefix = `${options.keyPrefix ?? 'goldensignals:'}cache:`;
    this.#onError = options.onError ?? ((error) => console.error(error.message));
    this.#outage = new OutageReporter('the shared cache (Redis)', 'answering misses', this.#onError);
  }

  async get<T>(key: string): Promise<T | undefined> {
    let text: string | null;
    try {
      text = await this.#redis.get(this.#prefix + key);
      this.#outage.succeeded();
    } catch (error) {
      this.#outage.failed(error);
      return undefined;
    }
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      // Written by something else than this class; a miss lets the caller refetch and overwrite it.
      this.#onError(new Error(`shared cache entry ${JSON.stringify(key)} is not JSON; answered as a miss`, { cause: error }));
      return undefined;
    }
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    const text = cacheEntryText(key, value, ttlMs);
    try {
      await this.#redis.set(this.#prefix + key, text, 'PX', Math.ceil(ttlMs));
      this.#outage.succeeded();
    } catch (error) {
      this.#outage.failed(error);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.#redis.del(this.#prefix + key);
      this.#outage.succeeded();
    } catch (error) {
      this.#outage.failed(error);
    }
  }
}
