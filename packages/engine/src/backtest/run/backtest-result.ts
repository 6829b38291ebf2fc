import type { BacktestStats } from '../statistics/backtest-stats.js';
import type { StatsTrade } from '../statistics/stats-trade.js';

/** A closed trade, as backtesting.py's `_trades` row. Prices include the spread at entry. */
export interface BacktestTrade extends StatsTrade {
  /** Units; negative for a short trade. */
  readonly size: number;
  readonly entryBar: number;
  readonly exitBar: number;
  readonly entryPrice: number;
  readonly exitPrice: number;
  /** ISO-8601 UTC. */
  readonly entryTime: string;
  readonly exitTime: string;
  /** `size × (exit − entry) − commission`. */
  readonly pnl: number;
  /** `sign(size) × (exit / entry − 1) − commission / (|size| × entry)`, a fraction. */
  readonly returnPct: number;
  /** Entry plus exit commission. */
  readonly commission: number;
  /** Exit time minus entry time, pandas-style ("46 days 00:00:00"). */
  readonly duration: string;
  /** Stop-loss when one was set (and, if it filled, only when it filled at its own price, as backtesting.py reports it). */
  readonly sl?: number;
  readonly tp?: number;
}

/** The equity curve, one value per bar in columns (the CLI turns it into rows for JSON). */
export interface EquityCurve {
  /** Epoch ms. */
  readonly time: Float64Array;
  readonly equity: Float64Array;
  /** Drawdown from the running peak as a fraction (backtesting.py's DrawdownPct column). */
  readonly drawdownPct: Float64Array;
  /** Duration in ms of a drawdown period, on the bar where it ends (recovery or last bar); NaN elsewhere. */
  readonly drawdownDuration: Float64Array;
}

/** What {@link runBacktest} returns. */
export interface BacktestResult {
  readonly stats: BacktestStats;
  readonly trades: readonly BacktestTrade[];
  readonly equity: EquityCurve;
  /** Indicator warm-up `w`: trading starts at bar w + 1. */
  readonly warmup: number;
  /** Things backtesting.py would warn about: canceled orders, trades left open, running out of money. */
  readonly warnings: readonly string[];
}
