/**
 * A cache of JSON values with a lifetime per entry: in process memory on one machine, in Redis when scaled out (so
 * what one node fetched, every node reuses). Values are copied in and out as JSON text: a `Date` comes back as its
 * ISO string, `undefined` properties vanish, and changing a returned object changes nothing in the cache. A cache
 * may forget an entry at any time and answers a miss when its store is unavailable: callers fall back to the
 * source, so an outage only costs speed.
 */
export interface SharedCache {
  /** The value stored under `key`, or `undefined` when absent, expired or unavailable; the caller knows its type. */
  get<T>(key: string): Promise<T | undefined>;
  /** Stores `value` (anything JSON can carry) for `ttlMs` milliseconds; throws on a bad value or lifetime. */
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Forgets `key` (after a change, so nobody reads the old value until it expires). */
  delete(key: string): Promise<void>;
}

/** The JSON text of a cache entry; throws a RangeError naming the argument when the value or lifetime cannot be cached. */
export function cacheEntryText(key: string, value: unknown, ttlMs: number): string {
  if (!Number.isFinite(ttlMs) || ttlMs < 1) throw new RangeError(`cache ttlMs must be a positive number of milliseconds, got ${ttlMs} (key ${JSON.stringify(key)})`);
  const text = JSON.stringify(value);
  // JSON.stringify answers undefined (not a string) for undefined, functions and symbols.
  if (typeof text !== 'string') throw new RangeError(`cache value of key ${JSON.stringify(key)} cannot be written as JSON (got ${typeof value})`);
  return text;
}
