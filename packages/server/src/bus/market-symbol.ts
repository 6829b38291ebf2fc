const SYMBOL = /^[A-Z0-9.\-=^/]{1,20}$/;

/** What a market symbol may contain, for error messages. */
export const MARKET_SYMBOL_RULE = 'letters, digits and . - = ^ /, at most 20 characters';

/**
 * The canonical (upper-case) form of a market symbol (`aapl` → `AAPL`, `btc/usdt` → `BTC/USDT`, `^gspc`), or
 * `undefined` when it is empty, too long or holds other characters (see {@link MARKET_SYMBOL_RULE}).
 */
export function canonicalMarketSymbol(text: string): string | undefined {
  const symbol = text.toUpperCase();
  return SYMBOL.test(symbol) ? symbol : undefined;
}
