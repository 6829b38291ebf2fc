/**
 * backtesting.py's statistics under its own names, in its order. Durations are pandas-Timedelta
 * strings ("3116 days 00:00:00"); a statistic that is undefined (no trades, no drawdown, ...) is NaN,
 * durations included. `Commissions [$]` is present only when non-zero, as in backtesting.py.
 * Percentages are percent; `Calmar`, `Sharpe`, `Sortino`, `SQN`, `Beta` and `Kelly` are plain ratios.
 */
export interface BacktestStats {
  readonly Start: string;
  readonly End: string;
  readonly Duration: string;
  readonly 'Exposure Time [%]': number;
  readonly 'Equity Final [$]': number;
  readonly 'Equity Peak [$]': number;
  readonly 'Commissions [$]'?: number;
  readonly 'Return [%]': number;
  readonly 'Buy & Hold Return [%]': number;
  readonly 'Return (Ann.) [%]': number;
  readonly 'Volatility (Ann.) [%]': number;
  readonly 'CAGR [%]': number;
  readonly 'Sharpe Ratio': number;
  readonly 'Sortino Ratio': number;
  readonly 'Calmar Ratio': number;
  readonly 'Alpha [%]': number;
  readonly Beta: number;
  readonly 'Max. Drawdown [%]': number;
  readonly 'Avg. Drawdown [%]': number;
  /** A duration; NaN without a drawdown; a plain number in backtesting.py's degenerate case (see computeStats). */
  readonly 'Max. Drawdown Duration': string | number;
  readonly 'Avg. Drawdown Duration': string | number;
  readonly '# Trades': number;
  readonly 'Win Rate [%]': number;
  readonly 'Best Trade [%]': number;
  readonly 'Worst Trade [%]': number;
  readonly 'Avg. Trade [%]': number;
  readonly 'Max. Trade Duration': string | number;
  readonly 'Avg. Trade Duration': string | number;
  readonly 'Profit Factor': number;
  readonly 'Expectancy [%]': number;
  readonly SQN: number;
  readonly 'Kelly Criterion': number;
}

/** Every statistic name in backtesting.py's order (`Commissions [$]` may be absent from a result). */
export const BACKTEST_STAT_NAMES: readonly (keyof BacktestStats)[] = [
  'Start',
  'End',
  'Duration',
  'Exposure Time [%]',
  'Equity Final [$]',
  'Equity Peak [$]',
  'Commissions [$]',
  'Return [%]',
  'Buy & Hold Return [%]',
  'Return (Ann.) [%]',
  'Volatility (Ann.) [%]',
  'CAGR [%]',
  'Sharpe Ratio',
  'Sortino Ratio',
  'Calmar Ratio',
  'Alpha [%]',
  'Beta',
  'Max. Drawdown [%]',
  'Avg. Drawdown [%]',
  'Max. Drawdown Duration',
  'Avg. Drawdown Duration',
  '# Trades',
  'Win Rate [%]',
  'Best Trade [%]',
  'Worst Trade [%]',
  'Avg. Trade [%]',
  'Max. Trade Duration',
  'Avg. Trade Duration',
  'Profit Factor',
  'Expectancy [%]',
  'SQN',
  'Kelly Criterion',
];
