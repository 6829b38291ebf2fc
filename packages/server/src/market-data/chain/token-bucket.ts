import type { ChainClock } from './chain-clock.js';

/** A provider's request budget: at most `requests` per `perMs` milliseconds. */
export interface RateLimit {
  readonly requests: number;
  readonly perMs: number;
}

/**
 * A token bucket holding up to `requests` tokens, refilled at `requests / perMs` per ms. Waiting
 * callers reserve their token up front (the count goes negative), so concurrent callers queue in
 * order instead of all waking at the same refill.
 */
export class TokenBucket {
  private readonly msPerToken: number;
  private tokens: number;
  private updatedAt: number;
  private blockedUntil = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: ChainClock,
  ) {
    if (!Number.isInteger(limit.requests) || limit.requests < 1) throw new RangeError(`rateLimit.requests must be a positive integer, got ${limit.requests}`);
    if (!Number.isFinite(limit.perMs) || limit.perMs <= 0) throw new RangeError(`rateLimit.perMs must be a positive number of milliseconds, got ${limit.perMs}`);
    this.msPerToken = limit.perMs / limit.requests;
    this.tokens = limit.requests;
    this.updatedAt = clock.now();
  }

  /** How long a request made now would wait for its token, in ms. */
  waitMs(): number {
    const now = this.refill();
    const forToken = this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) * this.msPerToken);
    return Math.max(forToken, Math.ceil(this.blockedUntil - now));
  }

  /**
   * Takes a token, waiting for it when that takes at most `maxWaitMs`. Resolves false, without
   * waiting or taking anything, when the wait would be longer: the caller should go elsewhere.
   */
  async take(maxWaitMs: number, signal?: AbortSignal): Promise<boolean> {
    const wait = this.waitMs();
    if (wait > maxWaitMs) return false;
    this.tokens -= 1;
    if (wait <= 0) return true;
    try {
      await this.clock.sleep(wait, signal);
    } catch (error) {
      this.tokens += 1;
      throw error;
    }
    return true;
  }

  /** Lets no request start before `time` (epoch ms): the source asked us to back off (Retry-After). */
  holdUntil(time: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, time);
  }

  private refill(): number {
    const now = this.clock.now();
    if (now > this.updatedAt) {
      this.tokens = Math.min(this.limit.requests, this.tokens + (now - this.updatedAt) / this.msPerToken);
      this.updatedAt = now;
    }
    return now;
  }
}
