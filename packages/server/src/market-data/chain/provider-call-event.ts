import type { ProviderErrorKind } from '../provider-error.js';

/** The market data operations a provider can be asked for. */
export type ProviderMethod = 'bars' | 'quote' | 'search' | 'news' | 'optionsChain' | 'fundamentals' | 'earnings' | 'analystRatings' | 'earningsCallTranscript';

/**
 * What became of one attempt at one provider. Calls that were made: `success`, `error` (an outage:
 * retried, counts toward the circuit), `timeout`, `rejected` (an answer such as not-found: no retry),
 * `aborted` (the caller gave up). Calls that were not made: `circuit-open`, `throttled` (no rate-limit
 * token within the wait bound), `unsupported` (the provider lacks the method).
 */
export type ProviderCallOutcome = 'success' | 'error' | 'timeout' | 'rejected' | 'aborted' | 'circuit-open' | 'throttled' | 'unsupported';

/** One attempt at one provider, reported to `onProviderCall` for metrics and logs. */
export interface ProviderCallEvent {
  readonly provider: string;
  readonly method: ProviderMethod;
  readonly outcome: ProviderCallOutcome;
  /** Time spent in the provider call (0 when no call was made); rate-limit waits are not included. */
  readonly durationMs: number;
  /** 1 for the first attempt at this provider within one chain call. */
  readonly attempt: number;
  /** The provider error's kind for `error`, `timeout` and `rejected`. */
  readonly errorKind?: ProviderErrorKind;
}
