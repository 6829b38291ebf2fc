/** The nine standard indicators the issue benchmarks, in a fixed order. */
export const STANDARD_NINE = ['SMA20', 'EMA20', 'RSI14', 'MACD_12_26_9', 'BB_20_2', 'ATR14', 'STOCH_14_3_3', 'ADX14', 'OBV'] as const;

/** Name of one of the nine. */
export type StandardIndicator = (typeof STANDARD_NINE)[number];

/**
 * One implementation of the nine: `batch[name]()` computes the whole series once, `streaming[name]()` creates
 * a fresh instance and feeds every bar. Both return something derived from the output so the work cannot be
 * optimised away.
 */
export interface IndicatorSuite {
  readonly name: string;
  readonly batch?: Readonly<Record<StandardIndicator, () => number>>;
  readonly streaming: Readonly<Record<StandardIndicator, () => number>>;
}
