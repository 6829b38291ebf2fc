import type { MarketDataProvider } from '../market-data-provider.js';
import { ProviderError } from '../provider-error.js';
import { callWithTimeout, ProviderTimeoutError } from './call-with-timeout.js';
import type { ChainClock } from './chain-clock.js';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import type { ProviderCallEvent, ProviderCallOutcome, ProviderMethod } from './provider-call-event.js';
import type { ProviderFailure } from './provider-failure.js';
import { backoffDelay, type RetryPolicy } from './retry-policy.js';
import { TokenBucket } from './token-bucket.js';

/** What every gate of a chain shares. */
export interface GateSettings {
  readonly clock: ChainClock;
  /** Uniform in [0, 1), for backoff jitter. */
  readonly random: () => number;
  readonly retry: RetryPolicy;
  readonly circuitBreaker: CircuitBreakerOptions;
  /** Longest one provider call may take. */
  readonly timeoutMs: number;
  /** Longest a call waits for a rate-limit token before the chain moves on. */
  readonly maxRateLimitWaitMs: number;
  readonly onProviderCall: (event: ProviderCallEvent) => void;
}

/** A provider's answer, or why it gave none. */
export type GateResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ProviderFailure };

function asProviderError(provider: string, operation: string, thrown: unknown): ProviderError {
  if (thrown instanceof ProviderError) return thrown;
  const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  // Adapters must classify their failures; one that does not is broken, which is an outage of that source.
  return new ProviderError(provider, 'bad-response', `${operation} failed with ${detail} (not a ProviderError)`, { cause: thrown });
}

function describeError(error: ProviderError, attempts: number): string {
  const status = error.status === undefined ? '' : `, HTTP ${error.status}`;
  return `${error.message} (${error.kind}${status}${attempts > 1 ? `, after ${attempts} attempts` : ''})`;
}

/** One provider behind its rate limiter, circuit breaker, retries with backoff and per-call timeout. */
export class ProviderGate {
  readonly bucket: TokenBucket;
  readonly breaker: CircuitBreaker;

  constructor(
    readonly provider: MarketDataProvider,
    private readonly settings: GateSettings,
  ) {
    try {
      this.bucket = new TokenBucket(provider.rateLimit, settings.clock);
      this.breaker = new CircuitBreaker(settings.circuitBreaker, settings.clock);
    } catch (error) {
      throw new RangeError(`provider "${provider.id}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  /**
   * Calls the provider, retrying outages with backoff (or as long as Retry-After asks) within the
   * retry policy. Resolves with the failure instead of throwing so the chain can try the next
   * provider; throws only the caller's abort reason.
   */
  async run<T>(method: ProviderMethod, operation: string, call: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<GateResult<T>> {
    const { clock, retry } = this.settings;
    const id = this.provider.id;
    const startedAt = clock.now();
    let lastError: ProviderError | undefined;
    for (let attempt = 1; ; attempt += 1) {
      if (!this.breaker.tryAcquire()) {
        this.report(method, 'circuit-open', 0, attempt);
        const { failures, openedAt } = this.breaker.snapshot();
        const last = lastError === undefined ? '' : `; last error: ${lastError.message}`;
        return this.failed('circuit-open', `${id}: circuit open since ${new Date(openedAt ?? 0).toISOString()} after ${failures} consecutive failures${last}`, attempt - 1);
      }
      const waitMs = this.bucket.waitMs();
      let token: boolean;
      try {
        token = await this.bucket.take(this.settings.maxRateLimitWaitMs, signal);
      } catch (error) {
        this.breaker.release();
        throw error;
      }
      if (!token) {
        this.breaker.release();
        this.report(method, 'throttled', 0, attempt);
        const { requests, perMs } = this.provider.rateLimit;
        const reason = `${id}: rate limit of ${requests} requests per ${perMs} ms reached; the next request could start in ${waitMs} ms, longer than the ${this.settings.maxRateLimitWaitMs} ms the chain waits`;
        return this.failed('throttled', reason, attempt - 1);
      }
      const callStartedAt = clock.now();
      try {
        const value = await callWithTimeout(call, { provider: id, operation, timeoutMs: this.settings.timeoutMs, clock, signal });
        this.breaker.recordSuccess();
        this.report(method, 'success', clock.now() - callStartedAt, attempt);
        return { ok: true, value };
      } catch (thrown) {
        const durationMs = clock.now() - callStartedAt;
        if (signal?.aborted) {
          this.breaker.release();
          this.report(method, 'aborted', durationMs, attempt);
          throw signal.reason;
        }
        const error = asProviderError(id, operation, thrown);
        lastError = error;
        if (!error.retryable) {
          this.breaker.release();
          this.report(method, 'rejected', durationMs, attempt, error);
          return this.failed(error.kind, describeError(error, attempt), attempt);
        }
        this.breaker.recordFailure();
        this.report(method, error instanceof ProviderTimeoutError ? 'timeout' : 'error', durationMs, attempt, error);
        if (error.retryAfterMs !== undefined) this.bucket.holdUntil(clock.now() + error.retryAfterMs);
        if (attempt >= retry.maxAttempts) return this.failed(error.kind, describeError(error, attempt), attempt);
        const delay = error.retryAfterMs ?? backoffDelay(attempt, retry, this.settings.random);
        if (clock.now() - startedAt + delay > retry.maxTotalMs) {
          const reason = `${describeError(error, attempt)}; not retried: waiting ${delay} ms would exceed the ${retry.maxTotalMs} ms retry budget`;
          return this.failed(error.kind, reason, attempt);
        }
        await clock.sleep(delay, signal);
      }
    }
  }

  private failed<T>(kind: ProviderFailure['kind'], reason: string, attempts: number): GateResult<T> {
    return { ok: false, failure: { provider: this.provider.id, kind, reason, attempts } };
  }

  private report(method: ProviderMethod, outcome: ProviderCallOutcome, durationMs: number, attempt: number, error?: ProviderError): void {
    const event: ProviderCallEvent = { provider: this.provider.id, method, outcome, durationMs, attempt };
    this.settings.onProviderCall(error === undefined ? event : { ...event, errorKind: error.kind });
  }
}
