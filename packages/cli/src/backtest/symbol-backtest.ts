import type { BacktestStats, BacktestTrade, EquityCurve } from '@goldensignals/engine';

/** One symbol's backtest, in a shape that crosses a worker boundary (typed arrays clone cheaply). */
export interface SymbolBacktest {
  readonly symbol: string;
  /** The strategy's own name, e.g. `sma-cross(10,20)`. */
  readonly strategy: string;
  readonly stats: BacktestStats;
  readonly trades: readonly BacktestTrade[];
  readonly equity: EquityCurve;
  readonly warmup: number;
  readonly warnings: readonly string[];
}

/** A symbol's backtest, or why it could not run (too few bars, missing prices, ...). */
export type SymbolBacktestOutcome = SymbolBacktest | { readonly symbol: string; readonly error: string };
