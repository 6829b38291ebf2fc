import { AppError } from '../errors/app-error.js';
import { Decimal } from './decimal.js';
import { MONEY_PLACES } from './paper-costs.js';
import type { PriceQuote, QuoteSource } from './price-quote.js';
import { quoteFailure } from './quote-failure.js';

/** A quote good enough to trade at, with its price as an exact decimal. */
export interface TradablePrice {
  readonly price: Decimal;
  readonly quote: PriceQuote;
}

/**
 * The current price of `symbol` to fill at. A stale price (the providers are failing and the chain
 * answered its last known one) is refused rather than traded at; so is a price that is not a positive
 * number. Failures become API errors, the client's mistakes naming `field`.
 */
export async function currentPrice(quote: QuoteSource, symbol: string, field: string): Promise<TradablePrice> {
  let answer: PriceQuote;
  try {
    answer = await quote(symbol);
  } catch (error) {
    throw quoteFailure(error, symbol, field);
  }
  if (answer.stale === true) {
    throw new AppError('GS_ERR_MARKET_DATA_UNAVAILABLE', `the latest ${symbol} quote is stale (the market data providers are failing); orders fill only at a current price`, [], { retryAfterSeconds: 30 });
  }
  if (!Number.isFinite(answer.price) || answer.price <= 0) {
    throw new AppError('GS_ERR_MARKET_DATA_UNAVAILABLE', `the ${symbol} quote has no usable price (got ${answer.price})`);
  }
  return { price: Decimal.of(answer.price).round(MONEY_PLACES), quote: answer };
}
