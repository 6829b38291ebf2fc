/**
 * Why a provider call failed. `rate-limited`, `unavailable` (5xx, timeouts, network) and `bad-response`
 * (a malformed answer, often an error page) are retried
 * with backoff and count toward the circuit breaker; the rest are answers, not outages.
 */
export type ProviderErrorKind =
  | 'rate-limited'
  | 'unavailable'
  | 'not-found'
  | 'unauthorized'
  | 'bad-request'
  | 'bad-response'
  | 'unsupported';

/** Options of {@link ProviderError}. */
export interface ProviderErrorOptions {
  /** HTTP status of the source's answer, when there was one. */
  readonly status?: number;
  /** How long the source asked us to wait (from `Retry-After` or its body), in ms. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

/** A market data provider's failure, naming the provider and what went wrong. */
export class ProviderError extends Error {
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly provider: string,
    readonly kind: ProviderErrorKind,
    message: string,
    options: ProviderErrorOptions = {},
  ) {
    super(`${provider}: ${message}`, { cause: options.cause });
    this.name = 'ProviderError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** True for outages worth retrying and counting against the provider's circuit. */
  get retryable(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'unavailable' || this.kind === 'bad-response';
  }
}
