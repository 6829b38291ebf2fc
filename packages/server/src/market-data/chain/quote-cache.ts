import type { Quote } from '../quote.js';
import type { ChainClock } from './chain-clock.js';
import type { SourcedData } from './sourced-data.js';

/** How long quotes are reused. */
export interface QuoteCacheOptions {
  /** Quotes younger than this are answered without asking a provider. */
  readonly ttlMs: number;
  /** When every provider fails, quotes up to this old are answered, flagged stale. */
  readonly maxStaleMs: number;
  /** Symbols remembered at most; the least recently fetched are forgotten first. */
  readonly maxEntries: number;
}

interface Entry {
  readonly answer: SourcedData<Quote>;
  readonly fetchedAt: number;
}

/** The last quote per symbol, so a burst of quote calls costs one request and an outage can show the last price. */
export class QuoteCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly options: QuoteCacheOptions,
    private readonly clock: ChainClock,
  ) {
    for (const field of ['ttlMs', 'maxStaleMs'] as const) {
      const value = options[field];
      if (!Number.isFinite(value) || value < 0) throw new RangeError(`quote cache ${field} must be a non-negative number of milliseconds, got ${value}`);
    }
    if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) throw new RangeError(`quote cache maxEntries must be a positive integer, got ${options.maxEntries}`);
  }

  /** The quote of `symbol` if it was fetched less than `ttlMs` ago. */
  fresh(symbol: string): SourcedData<Quote> | undefined {
    const entry = this.entries.get(symbol);
    return entry !== undefined && this.clock.now() - entry.fetchedAt < this.options.ttlMs ? entry.answer : undefined;
  }

  /** The last quote of `symbol` and its age in ms, if it is at most `maxStaleMs` old. */
  lastKnown(symbol: string): { readonly answer: SourcedData<Quote>; readonly ageMs: number } | undefined {
    const entry = this.entries.get(symbol);
    if (entry === undefined) return undefined;
    const ageMs = this.clock.now() - entry.fetchedAt;
    return ageMs <= this.options.maxStaleMs ? { answer: entry.answer, ageMs } : undefined;
  }

  /** Remembers a freshly fetched quote. */
  store(symbol: string, answer: SourcedData<Quote>): void {
    this.entries.delete(symbol);
    this.entries.set(symbol, { answer, fetchedAt: this.clock.now() });
    // Maps iterate in insertion order, so the first key is the one fetched longest ago.
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }
}
