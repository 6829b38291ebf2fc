import { TimedCache } from '../security/accounts/timed-cache.js';
import { cacheEntryText, type SharedCache } from './shared-cache.js';

/** Options of {@link InProcessSharedCache}. */
export interface InProcessSharedCacheOptions {
  /** Most entries kept; the oldest written is dropped first (default 10,000). */
  readonly maxEntries?: number;
  /** Clock in milliseconds (tests pass a fake one). */
  readonly now?: () => number;
}

interface Entry {
  readonly text: string;
  readonly expiresAt: number;
}

/**
 * The {@link SharedCache} of a single process (embedded mode): a bounded map of JSON texts, each with its own
 * expiry. Built on the project's `TimedCache`, whose single lifetime is set to never, as entries carry their own.
 */
export class InProcessSharedCache implements SharedCache {
  readonly #entries: TimedCache<Entry>;
  readonly #now: () => number;

  constructor(options: InProcessSharedCacheOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#entries = new TimedCache<Entry>(Number.POSITIVE_INFINITY, options.maxEntries ?? 10_000, this.#now);
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.#now() >= entry.expiresAt) {
      this.#entries.delete(key);
      return undefined;
    }
    return JSON.parse(entry.text) as T;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.#entries.set(key, { text: cacheEntryText(key, value, ttlMs), expiresAt: this.#now() + ttlMs });
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }
}
