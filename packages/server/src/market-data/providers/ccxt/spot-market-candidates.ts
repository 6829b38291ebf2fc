/** Quote currencies tried, in order, for a `-USD`/`USD` pair on exchanges that list no USD market. */
const USD_STAND_INS = ['USD', 'USDT', 'USDC'] as const;

/**
 * The unified ccxt symbols (`BASE/QUOTE`) a symbol may mean, most literal first:
 * - `BTC/USDT` is already unified;
 * - `BTC-USD` (Yahoo style) is `BTC/USD`;
 * - `BTCUSDT` (exchange style, no separator) is looked up by the exchange's market id by the
 *   caller; here it is split before a known quote currency (`BTCUSDT` → `BTC/USDT`);
 * and a USD quote also tries USDT then USDC, the dollar stablecoins most exchanges quote crypto in
 * (so `BTC-USD` works on Binance, which has no BTC/USD market).
 */
export function spotMarketCandidates(symbol: string, knownQuotes: readonly string[]): string[] {
  const text = symbol.trim().toUpperCase();
  let base: string | undefined;
  let quote: string | undefined;
  const separator = text.match(/[/-]/);
  if (separator?.index !== undefined) {
    base = text.slice(0, separator.index);
    quote = text.slice(separator.index + 1);
  } else {
    // Longest quote first: BTCUSDT is BTC/USDT, not BTCU/SDT or BTC/USD + T.
    const suffix = [...knownQuotes].sort((a, b) => b.length - a.length).find((candidate) => text.length > candidate.length && text.endsWith(candidate));
    if (suffix) {
      base = text.slice(0, -suffix.length);
      quote = suffix;
    }
  }
  if (!base || !quote) return [];
  const quotes = quote === 'USD' ? USD_STAND_INS : [quote];
  return quotes.map((candidate) => `${base}/${candidate}`);
}
