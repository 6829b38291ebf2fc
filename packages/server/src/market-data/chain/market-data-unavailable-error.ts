import type { ProviderFailure } from './provider-failure.js';

/** No provider of the chain could answer; `failures` says why, provider by provider, in chain order. */
export class MarketDataUnavailableError extends Error {
  override readonly name = 'MarketDataUnavailableError';
  readonly code = 'GS_ERR_MARKET_DATA_UNAVAILABLE';

  constructor(
    /** What was asked, e.g. `quote AAPL`. */
    readonly operation: string,
    readonly failures: readonly ProviderFailure[],
  ) {
    super(`no market data provider could answer ${operation}: ${failures.map((failure) => failure.reason).join('; ')}`);
  }

  /**
   * True when the providers that could be asked all said the symbol or data does not exist (the rest
   * lack the method): the API answers 404 rather than 503.
   */
  get notFound(): boolean {
    return this.failures.some((failure) => failure.kind === 'not-found') && this.failures.every((failure) => failure.kind === 'not-found' || failure.kind === 'unsupported');
  }
}
