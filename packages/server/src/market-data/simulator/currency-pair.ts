/** Rough US-dollar value of one unit of each currency, to give invented FX pairs a plausible rate. */
const USD_VALUE: Readonly<Record<string, number>> = {
  USD: 1, EUR: 1.08, JPY: 0.0067, GBP: 1.27, CHF: 1.13, CAD: 0.73, AUD: 0.66, NZD: 0.6, SEK: 0.095, NOK: 0.093,
  DKK: 0.145, CNY: 0.138, CNH: 0.138, HKD: 0.128, SGD: 0.74, MXN: 0.05, ZAR: 0.055, TRY: 0.029, PLN: 0.25,
  INR: 0.012, KRW: 0.00072, BRL: 0.18, HUF: 0.0027, CZK: 0.043, ILS: 0.27, THB: 0.029,
};

const CONCATENATED_QUOTES = ['USDT', 'USDC', 'BUSD', 'FDUSD', 'TUSD', 'DAI', 'USD', 'EUR', 'BTC', 'ETH'];

/** Base and quote of a pair symbol: `EURUSD=X`, `JPY=X` (USD/JPY), `EUR/USD`, `BTC-USD`, `BTCUSDT`. */
export function splitCurrencyPair(symbol: string): { readonly base: string; readonly quote: string } {
  const yahoo = /^([A-Z]{3})([A-Z]{3})?=X$/.exec(symbol);
  if (yahoo) return yahoo[2] === undefined ? { base: 'USD', quote: yahoo[1] } : { base: yahoo[1], quote: yahoo[2] };
  const separated = /^([A-Z0-9]+)[/-]([A-Z0-9]+)$/.exec(symbol);
  if (separated) return { base: separated[1], quote: separated[2] };
  const quote = CONCATENATED_QUOTES.find((candidate) => symbol.endsWith(candidate) && symbol.length > candidate.length);
  if (quote) return { base: symbol.slice(0, -quote.length), quote };
  throw new RangeError(`symbol "${symbol}" is not a currency pair (expected e.g. EURUSD=X, EUR/USD, BTC-USD or BTCUSDT)`);
}

/** US-dollar value of one unit of a fiat currency; throws naming an unknown code. */
export function usdValueOf(currency: string): number {
  const value = USD_VALUE[currency];
  if (value === undefined) throw new RangeError(`currency "${currency}" has no reference rate in the simulator`);
  return value;
}
