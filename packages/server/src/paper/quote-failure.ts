import { AppError } from '../errors/app-error.js';
import { MarketDataRequestError } from '../market-data/chain/market-data-request-error.js';
import { MarketDataUnavailableError } from '../market-data/chain/market-data-unavailable-error.js';

/**
 * The answer for a quote that could not be had: a symbol no provider knows or the chain refuses is the
 * client's mistake (400 naming `field`), providers being down is a 503 with their reasons. Anything
 * else is returned unchanged (a bug: 500).
 */
export function quoteFailure(error: unknown, symbol: string, field: string): unknown {
  if (error instanceof MarketDataUnavailableError) {
    if (error.notFound) return AppError.invalid(field, `no market data provider knows ${symbol}`);
    const refused = error.failures.some((failure) => failure.kind === 'bad-request');
    if (refused && error.failures.every((failure) => failure.kind === 'bad-request' || failure.kind === 'unsupported')) {
      return AppError.invalid(field, `${symbol} is refused by the market data providers: ${error.failures.map((failure) => failure.reason).join('; ')}`);
    }
    return new AppError('GS_ERR_MARKET_DATA_UNAVAILABLE', `no quote for ${symbol}: ${error.message}`, [], { cause: error, retryAfterSeconds: 30 });
  }
  if (error instanceof MarketDataRequestError) return AppError.invalid(field, error.message);
  return error;
}
