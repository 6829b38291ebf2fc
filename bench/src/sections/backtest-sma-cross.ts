import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buyAndHold, runBacktest, smaCross, type BarSeries, type Strategy } from '@goldensignals/engine';
import { readBarsFile } from '@goldensignals/cli';
import { progress, round, timeMedianMs } from '../measure.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ohlcv-sp500-daily/all_stocks_5yr.csv.gz');

/** Backtests every series with a fresh strategy each; returns the trades made (a checksum that the runs did the work). */
function runAll(series: readonly BarSeries[], make: () => Strategy): number {
  let trades = 0;
  for (const s of series) trades += runBacktest(s, make()).stats['# Trades'];
  return trades;
}

/**
 * The event-driven backtester over all 505 symbols of the S&P 500 file: `sma-cross` (10, 20), default
 * options, each symbol a full run (broker, equity curve, every statistic), in bars per second; with
 * `buy-and-hold` through the same runner as the baseline (what the runner costs with a strategy that
 * does nothing per bar). Median of 5 after 2 warm-up passes, and the first, cold pass on its own.
 */
export async function backtestSmaCross(): Promise<unknown> {
  if (!existsSync(file)) return { skipped: `shared data not found at ${file}` };
  const parsed = await readBarsFile(file, { invalidRows: 'skip' });
  const series = [...parsed.symbols.values()].map((symbol) => symbol.series);
  const bars = series.reduce((sum, s) => sum + s.length, 0);
  const sma = () => smaCross({ fast: 10, slow: 20 });
  progress(`backtest sma-cross: ${series.length} symbols, ${bars} bars`);
  const coldStart = performance.now();
  const trades = runAll(series, sma);
  const coldMs = performance.now() - coldStart;
  const smaMs = timeMedianMs(() => runAll(series, sma), 5, 2);
  const baselineMs = timeMedianMs(() => runAll(series, buyAndHold), 5, 2);
  const barsPerSecond = (bars / smaMs) * 1000;
  return {
    symbols: series.length,
    bars,
    strategy: 'sma-cross(10,20)',
    trades,
    ms: round(smaMs, 1),
    barsPerSecond: Math.round(barsPerSecond),
    coldFirstPassMs: round(coldMs, 1),
    baseline: { strategy: 'buy-and-hold', ms: round(baselineMs, 1), barsPerSecond: Math.round((bars / baselineMs) * 1000) },
    target: { barsPerSecond: 5_000_000 },
    meetsTarget: barsPerSecond >= 5_000_000,
  };
}
