import type { ProviderChain } from '../../market-data/chain/provider-chain.js';

/** What every group of market data routes works with, resolved from {@link MarketDataRoutesOptions}. */
export interface MarketDataContext {
  readonly chain: ProviderChain;
  /** Symbols the movers are picked from (the watchlists' and defaults, as the server decides). */
  readonly universe: () => Promise<readonly string[]>;
  /** The current time, epoch ms (the chain's and the simulator's clock in tests). */
  readonly now: () => number;
  /** How many closed bars the indicators are computed over. */
  readonly indicatorsBarCount: number;
}
