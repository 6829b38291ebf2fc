/** A market data request the chain refuses before asking any provider (an empty symbol, an inverted range). */
export class MarketDataRequestError extends Error {
  override readonly name = 'MarketDataRequestError';
  readonly code = 'GS_ERR_VALIDATION';

  constructor(
    /** The request field at fault. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
