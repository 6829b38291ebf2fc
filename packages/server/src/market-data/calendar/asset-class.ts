/** Which market a symbol trades in; it decides the trading calendar. */
export type AssetClass = 'equity' | 'crypto' | 'fx';

/** Crypto assets recognised as the base of a pair (BTC-USD, ETH/USDT, SOLUSDT). */
export const KNOWN_CRYPTO_BASES: ReadonlySet<string> = new Set([
  'BTC', 'ETH', 'SOL', 'XRP', 'ADA', 'DOGE', 'BNB', 'DOT', 'AVAX', 'LTC', 'LINK', 'MATIC', 'POL', 'TRX', 'SHIB',
  'BCH', 'XLM', 'ATOM', 'UNI', 'ETC', 'XMR', 'NEAR', 'APT', 'ARB', 'OP', 'FIL', 'ALGO', 'AAVE', 'SUI', 'TON',
  'PEPE', 'HBAR', 'ICP', 'VET', 'XTZ', 'EOS', 'USDT', 'USDC', 'DAI', 'WBTC', 'STETH', 'MKR', 'INJ', 'RNDR',
]);

/** Quote assets that only exist in crypto markets. */
const CRYPTO_QUOTES: ReadonlySet<string> = new Set(['USDT', 'USDC', 'BUSD', 'FDUSD', 'TUSD', 'DAI']);
/** Quote assets of concatenated exchange pairs (BTCUSDT, ETHBTC) besides the stablecoins. */
const PAIR_QUOTES = ['USDT', 'USDC', 'BUSD', 'FDUSD', 'TUSD', 'DAI', 'USD', 'EUR', 'BTC', 'ETH'];

/** ISO 4217 codes of currencies traded in the FX market. */
export const FIAT_CURRENCIES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'JPY', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'CNY', 'CNH', 'HKD', 'SGD',
  'MXN', 'ZAR', 'TRY', 'PLN', 'INR', 'KRW', 'BRL', 'HUF', 'CZK', 'ILS', 'THB',
]);

/**
 * The asset class of a symbol (case-insensitive):
 * - `fx`: Yahoo currency symbols (`EURUSD=X`, `JPY=X`) and slash pairs of two fiat codes (`EUR/USD`);
 * - `crypto`: dash or slash pairs whose base is a known crypto asset or whose quote is a stablecoin
 *   (`BTC-USD`, `ETH/USDT`, `PEPE/USDT`), and concatenated exchange pairs (`BTCUSDT`, `ETHBTC`) whose
 *   quote is a stablecoin or whose base is a known crypto asset;
 * - `equity`: everything else, including ETFs (`SPY`), share classes (`BRK-B`) and indices (`^GSPC`).
 */
export function assetClassOf(symbol: string): AssetClass {
  const upper = symbol.trim().toUpperCase();
  if (/^([A-Z]{3}){1,2}=X$/.test(upper)) return 'fx';
  const pair = /^([A-Z0-9]+)[/-]([A-Z0-9]+)$/.exec(upper);
  if (pair) {
    const [, base, quote] = pair;
    if (upper.includes('/') && FIAT_CURRENCIES.has(base) && FIAT_CURRENCIES.has(quote)) return 'fx';
    if (KNOWN_CRYPTO_BASES.has(base) || CRYPTO_QUOTES.has(quote)) return 'crypto';
    // Exchanges write crypto pairs with a slash; a slash pair with a non-fiat side is crypto.
    if (upper.includes('/')) return 'crypto';
    return 'equity';
  }
  for (const quote of PAIR_QUOTES) {
    if (!upper.endsWith(quote) || upper.length < quote.length + 2) continue;
    const base = upper.slice(0, -quote.length);
    if (CRYPTO_QUOTES.has(quote) || KNOWN_CRYPTO_BASES.has(base)) return 'crypto';
  }
  return 'equity';
}
