import type { Ticker } from 'ccxt';
import { ProviderError } from '../../provider-error.js';
import type { Quote } from '../../quote.js';
import { priceChange } from '../../price-change.js';

/**
 * Our quote from a ccxt ticker. Crypto trades around the clock and has no daily close: the
 * previous close is the open of the exchange's rolling 24-hour window (what exchanges compare the
 * last price with), and open, high, low and volume (in the base currency) are that window's.
 * `time` is the exchange's ticker time, or when the answer arrived for exchanges that send none.
 */
export function quoteFromTicker(provider: string, symbol: string, quoteCurrency: string, ticker: Ticker, receivedAt: number): Quote {
  const price = finite(ticker.last) ?? finite(ticker.close);
  if (price === null) throw new ProviderError(provider, 'bad-response', `ticker of ${symbol} has no last price: ${JSON.stringify(ticker.info)}`);
  const previousClose = finite(ticker.open);
  const { change, changePercent } = priceChange(price, previousClose);
  return {
    symbol,
    price,
    previousClose,
    change,
    changePercent,
    open: previousClose,
    high: finite(ticker.high),
    low: finite(ticker.low),
    volume: finite(ticker.baseVolume),
    bid: finite(ticker.bid),
    ask: finite(ticker.ask),
    currency: quoteCurrency,
    time: finite(ticker.timestamp) ?? receivedAt,
    source: provider,
    simulated: false,
  };
}

function finite(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
