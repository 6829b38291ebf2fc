import type { Quote as YahooQuote } from 'yahoo-finance2/modules/quote';
import { ProviderError } from '../../provider-error.js';
import type { Quote } from '../../quote.js';
import { priceChange } from '../../price-change.js';

/**
 * Our quote from Yahoo's regular-market fields. Change and change percent are computed from price
 * and previous close (Yahoo's own `regularMarketChange` of a crypto pair is a 24-hour change, which
 * is not what `change` means here). A bid or ask of 0 is Yahoo's "no bid/ask" and becomes null.
 */
export function quoteFromYahoo(provider: string, quote: YahooQuote): Quote {
  const price = quote.regularMarketPrice;
  const time = quote.regularMarketTime;
  if (typeof price !== 'number' || !Number.isFinite(price)) {
    throw new ProviderError(provider, 'bad-response', `quote of ${quote.symbol}: Yahoo sent no regularMarketPrice`);
  }
  if (!(time instanceof Date)) throw new ProviderError(provider, 'bad-response', `quote of ${quote.symbol}: Yahoo sent no regularMarketTime`);
  const previousClose = finite(quote.regularMarketPreviousClose);
  const { change, changePercent } = priceChange(price, previousClose);
  return {
    symbol: quote.symbol,
    price,
    previousClose,
    change,
    changePercent,
    open: finite(quote.regularMarketOpen),
    high: finite(quote.regularMarketDayHigh),
    low: finite(quote.regularMarketDayLow),
    volume: finite(quote.regularMarketVolume),
    bid: positive(quote.bid),
    ask: positive(quote.ask),
    currency: typeof quote.currency === 'string' ? quote.currency : null,
    time: time.getTime(),
    source: provider,
    simulated: false,
  };
}

function finite(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function positive(value: number | undefined): number | null {
  return typeof value === 'number' && value > 0 ? value : null;
}
