/** Asset class of a symbol; agents' accuracy is tracked per class because what works on FX need not work on equities. */
export type SymbolClass = 'equity' | 'crypto' | 'fx' | 'index';

/** Every symbol class, in a stable order. */
export const SYMBOL_CLASSES = ['equity', 'crypto', 'fx', 'index'] as const satisfies readonly SymbolClass[];

const FIAT = new Set(['USD', 'EUR', 'JPY', 'GBP', 'CHF', 'AUD', 'CAD', 'NZD', 'CNY', 'CNH', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'TRY', 'ZAR', 'MXN', 'BRL', 'INR', 'KRW', 'TWD', 'THB', 'ILS', 'RUB']);
const STABLECOINS = ['FDUSD', 'USDT', 'USDC', 'BUSD', 'TUSD', 'DAI'];
const CRYPTO = new Set(['BTC', 'ETH', 'SOL', 'XRP', 'ADA', 'DOGE', 'DOT', 'LTC', 'BNB', 'AVAX', 'MATIC', 'POL', 'LINK', 'TRX', 'SHIB', 'BCH', 'XLM', 'ATOM', 'UNI', 'ETC', 'XMR', 'TON', 'NEAR', 'APT', 'ARB', 'OP', 'SUI', 'PEPE', ...STABLECOINS]);

/** Class of a base/quote pair such as BTC-USD, ETH/USDT or EUR/USD; `null` when it is no currency pair. */
function pairClass(base: string, quote: string): SymbolClass | null {
  if (CRYPTO.has(base) || CRYPTO.has(quote)) return 'crypto';
  if (FIAT.has(base) && FIAT.has(quote)) return 'fx';
  // Yahoo names every coin BASE-USD (PEPE-USD, WIF-USD); equity share classes use one letter (BRK-B).
  if (FIAT.has(quote) && base.length >= 2) return 'crypto';
  return null;
}

/**
 * The asset class of a symbol from the shapes data sources use: `^GSPC`, `$SPX`, `I:SPX` (index);
 * `EURUSD=X`, `EUR/USD`, `EURUSD`, `C:EURUSD` (fx); `BTC-USD`, `BTC/USDT`, `BTCUSDT`, `X:BTCUSD`
 * (crypto). Anything else, `BRK-B` and `BRK.B` included, is an equity.
 */
export function symbolClass(symbol: string): SymbolClass {
  const s = symbol.trim().toUpperCase();
  if (s.startsWith('^') || s.startsWith('$') || s.startsWith('I:')) return 'index';
  if (s.endsWith('=X') || s.startsWith('C:')) return 'fx';
  if (s.startsWith('X:')) return 'crypto';
  const separated = /^([A-Z0-9]+)[-/]([A-Z0-9]+)$/.exec(s);
  if (separated) return pairClass(separated[1], separated[2]) ?? 'equity';
  for (const coin of STABLECOINS) {
    if (s.length > coin.length && s.endsWith(coin)) return 'crypto';
  }
  if (s.length === 6 && FIAT.has(s.slice(0, 3)) && FIAT.has(s.slice(3))) return 'fx';
  if (s.length >= 6 && s.endsWith('USD') && CRYPTO.has(s.slice(0, -3))) return 'crypto';
  return 'equity';
}
