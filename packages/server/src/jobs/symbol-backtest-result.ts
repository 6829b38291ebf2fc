import { isoTime, type BacktestResult, type BarSeries } from '@goldensignals/engine';
import { downsampleIndices } from './downsample-indices.js';
import { jsonSafe, type JsonValue } from './json-safe.js';

/** Most equity curve points a result keeps per symbol. */
export const MAX_EQUITY_POINTS = 2000;
/** Most trades a result lists per symbol (the latest); the statistics count them all. */
export const MAX_LISTED_TRADES = 1000;

/** What one symbol's backtest produced, before it is made JSON-safe. */
export interface SymbolBacktestInput {
  readonly series: BarSeries;
  /** The strategy's own name, e.g. `sma-cross(10,20)`. */
  readonly strategy: string;
  readonly run: BacktestResult;
  /** Buy-and-hold over the same bars with the same costs. */
  readonly baseline: BacktestResult;
  readonly simulated: boolean;
  /** Why the bars may be incomplete (providers failed, cached bars used), or `null`. */
  readonly stale: string | null;
}

/**
 * One symbol's part of a backtest result, JSON-safe (undefined statistics are null): backtesting.py's
 * statistics as the engine names them, the latest trades, the equity curve downsampled to at most
 * {@link MAX_EQUITY_POINTS} points with the buy-and-hold equity at the same bars next to it, and the
 * baseline's own statistics.
 */
export function symbolBacktestResult(input: SymbolBacktestInput): JsonValue {
  const { series, run, baseline } = input;
  const indices = downsampleIndices(run.equity.equity, MAX_EQUITY_POINTS);
  const equity = indices.map((k) => ({
    time: isoTime(run.equity.time[k]),
    equity: run.equity.equity[k],
    drawdownPct: run.equity.drawdownPct[k],
    baseline: baseline.equity.equity[k],
  }));
  const trades = run.trades.slice(-MAX_LISTED_TRADES);
  return jsonSafe({
    symbol: series.symbol,
    strategy: input.strategy,
    bars: series.length,
    firstBar: isoTime(series.time[0]),
    lastBar: isoTime(series.time[series.length - 1]),
    simulated: input.simulated,
    stale: input.stale !== null,
    stats: run.stats,
    warnings: input.stale === null ? run.warnings : [input.stale, ...run.warnings],
    tradeCount: run.trades.length,
    trades,
    equity,
    baseline: { strategy: 'buy-and-hold', stats: baseline.stats, warnings: baseline.warnings },
  });
}
