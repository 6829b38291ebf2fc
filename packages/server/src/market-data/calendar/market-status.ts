import type { AssetClass } from './asset-class.js';
import type { MarketName } from './session-rules.js';

/** Trading state of a market: pre-market, regular session, post-market, or closed. */
export type MarketState = 'pre' | 'open' | 'post' | 'closed';

/** Where a market stands at one instant. All times are epoch ms UTC. */
export interface MarketStatus {
  readonly market: MarketName;
  readonly assetClass: AssetClass;
  /** The instant this status describes. */
  readonly time: number;
  readonly state: MarketState;
  /** Name of the holiday closing the market on today's trading date, or null. */
  readonly holiday: string | null;
  /** True when today's session closes early (13:00 New York on NYSE). */
  readonly earlyClose: boolean;
  /**
   * Start of the next regular trading period after `time` (today's open during pre-market).
   * Null for a market that never closes.
   */
  readonly nextOpen: number | null;
  /**
   * End of the current trading period while open, otherwise the end of the next one. For FX that is
   * Friday 17:00 New York, not the daily rollover. Null for a market that never closes.
   */
  readonly nextClose: number | null;
}
