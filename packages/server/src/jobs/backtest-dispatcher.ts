/**
 * Runs queued backtests: the in-process {@link BacktestRunner} or the BullMQ `backtests` queue. The
 * routes store the backtest first and then submit its id.
 */
export interface BacktestDispatcher {
  /** Starts (or queues) the stored backtest `backtestId`; submitting an id twice runs it once. */
  submit(backtestId: string): Promise<void>;
}
