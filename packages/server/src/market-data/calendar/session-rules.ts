import type { AssetClass } from './asset-class.js';
import type { TradingSession } from './trading-session.js';

/** Short name of a market as the API shows it. */
export type MarketName = 'NYSE' | 'CRYPTO' | 'FX';

/** How one market's trading days are laid out; {@link MarketCalendar} builds everything else on it. */
export interface SessionRules {
  readonly market: MarketName;
  readonly assetClass: AssetClass;
  /** IANA zone of the market's trading dates. */
  readonly timeZone: string;
  /** True for a market that never closes (crypto): its sessions are calendar days back to back. */
  readonly alwaysOpen: boolean;
  /** The session of a trading date (days since 1970-01-01), or null on weekends and holidays. */
  sessionOnDay(epochDay: number): TradingSession | null;
  /** The name of the holiday that closes the market on a weekday, or null. */
  holidayOnDay(epochDay: number): string | null;
  /** The trading date (days since 1970-01-01, in the market's zone) of the instant `time`. */
  localDayOf(time: number): number;
}
