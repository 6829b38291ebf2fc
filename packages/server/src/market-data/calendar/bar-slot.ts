/** Where one bar of a market's calendar lies. Times are epoch ms UTC. */
export interface BarSlot {
  /**
   * The bar's `time` as providers store it: the first instant for intraday bars, 00:00 UTC of the
   * trading date for daily bars, Monday 00:00 UTC of the week for weekly bars.
   */
  readonly time: number;
  /** First instant of trading inside the bar. */
  readonly open: number;
  /** When the bar closes: the next bar boundary or the session close, whichever comes first. */
  readonly close: number;
}
