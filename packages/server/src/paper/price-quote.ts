import type { ProviderChain } from '../market-data/chain/provider-chain.js';

/** The price the paper broker fills and values at, and where it came from. */
export interface PriceQuote {
  readonly price: number;
  /** When the price was observed (epoch ms UTC). */
  readonly time: number;
  /** True when it came from the market simulator. */
  readonly simulated: boolean;
  /** True when the providers failed and this is an older cached price. */
  readonly stale?: boolean;
}

/** Where current prices come from (usually {@link chainQuoteSource}). Errors are the provider chain's. */
export type QuoteSource = (symbol: string) => Promise<PriceQuote>;

/** The provider chain's quotes as a {@link QuoteSource}, keeping its simulated and stale flags. */
export function chainQuoteSource(chain: Pick<ProviderChain, 'quote'>): QuoteSource {
  return async (symbol) => {
    const answer = await chain.quote(symbol);
    return { price: answer.data.price, time: answer.data.time, simulated: answer.simulated, stale: answer.stale };
  };
}
