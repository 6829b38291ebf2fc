import type { ProviderErrorKind } from '../provider-error.js';

/** Why one provider could not answer, as listed in a {@link MarketDataUnavailableError}. */
export interface ProviderFailure {
  readonly provider: string;
  /** The last error's kind, or why the provider was not called at all. */
  readonly kind: ProviderErrorKind | 'circuit-open' | 'throttled';
  /** A sentence naming the provider and the problem, e.g. `yahoo: HTTP 503 (unavailable) after 3 attempts`. */
  readonly reason: string;
  /** Calls made to the provider (0 when it was skipped). */
  readonly attempts: number;
}
