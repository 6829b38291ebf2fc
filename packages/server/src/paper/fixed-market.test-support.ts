import { MarketDataUnavailableError } from '../market-data/chain/market-data-unavailable-error.js';
import type { ProviderFailure } from '../market-data/chain/provider-failure.js';
import type { PriceQuote, QuoteSource } from './price-quote.js';

/** Time of every quote the fixed market gives. */
export const QUOTE_TIME = Date.UTC(2024, 2, 1, 15, 0);

/**
 * Quotes a test sets by hand: a symbol without a price is unknown to every provider (as a chain
 * answers), one marked down fails as an outage, one marked stale is answered as the chain's last price.
 */
export class FixedMarket {
  private readonly prices = new Map<string, number>();
  private readonly down = new Set<string>();
  private readonly stale = new Set<string>();

  set(symbol: string, price: number): this {
    this.prices.set(symbol, price);
    return this;
  }

  markDown(symbol: string): this {
    this.down.add(symbol);
    return this;
  }

  markStale(symbol: string): this {
    this.stale.add(symbol);
    return this;
  }

  reset(): void {
    this.prices.clear();
    this.down.clear();
    this.stale.clear();
  }

  readonly quote: QuoteSource = async (symbol: string): Promise<PriceQuote> => {
    if (this.down.has(symbol)) throw this.failure(symbol, { provider: 'fixed', kind: 'unavailable', reason: 'fixed: HTTP 503 (unavailable) after 3 attempts', attempts: 3 });
    const price = this.prices.get(symbol);
    if (price === undefined) throw this.failure(symbol, { provider: 'fixed', kind: 'not-found', reason: `fixed: no symbol ${symbol}`, attempts: 1 });
    return { price, time: QUOTE_TIME, simulated: false, stale: this.stale.has(symbol) };
  };

  private failure(symbol: string, failure: ProviderFailure): MarketDataUnavailableError {
    return new MarketDataUnavailableError(`quote ${symbol}`, [failure]);
  }
}
