/** One trading day of a market. Times are epoch ms UTC. */
export interface TradingSession {
  /** The trading date in the market's time zone, `YYYY-MM-DD`. */
  readonly date: string;
  /** The same date as days since 1970-01-01. */
  readonly epochDay: number;
  /** Start of the regular session. */
  readonly open: number;
  /** End of the regular session (13:00 New York on NYSE early-close days). */
  readonly close: number;
  /** Start of pre-market trading; equal to `open` where the market has none. */
  readonly extendedOpen: number;
  /** End of post-market trading; equal to `close` where the market has none. */
  readonly extendedClose: number;
  /** True on a scheduled early close. */
  readonly earlyClose: boolean;
}
