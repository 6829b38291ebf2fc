import { createSeededRandom } from '../random/seeded-random.js';
import { BarSeries } from './bar-series.js';
import { TIMEFRAME_MS, type Timeframe } from './timeframe.js';

/** Options of {@link randomWalkBars}. */
export interface RandomWalkOptions {
  readonly length: number;
  readonly seed?: number;
  readonly symbol?: string;
  readonly timeframe?: Timeframe;
  readonly startTime?: number;
  readonly startPrice?: number;
  /** Per-bar volatility of log returns. */
  readonly volatility?: number;
  /** Per-bar drift of log returns. */
  readonly drift?: number;
}

/**
 * A deterministic geometric random walk with consistent OHLCV (low <= open, close <= high).
 * For tests and benchmarks; the market simulator builds richer data on top of the same idea.
 */
export function randomWalkBars(options: RandomWalkOptions): BarSeries {
  const n = options.length;
  const timeframe = options.timeframe ?? '1d';
  const step = TIMEFRAME_MS[timeframe];
  const volatility = options.volatility ?? 0.015;
  const drift = options.drift ?? 0.0002;
  const random = createSeededRandom(options.seed ?? 1);
  const columns = {
    time: new Float64Array(n),
    open: new Float64Array(n),
    high: new Float64Array(n),
    low: new Float64Array(n),
    close: new Float64Array(n),
    volume: new Float64Array(n),
  };
  let time = options.startTime ?? Date.UTC(2020, 0, 1);
  let previousClose = options.startPrice ?? 100;
  for (let i = 0; i < n; i++) {
    const open = previousClose * Math.exp(volatility * 0.25 * random.normal());
    const close = open * Math.exp(drift + volatility * random.normal());
    const wick = volatility * previousClose;
    columns.time[i] = time;
    columns.open[i] = open;
    columns.close[i] = close;
    columns.high[i] = Math.max(open, close) + wick * random.next();
    columns.low[i] = Math.min(open, close) - wick * random.next();
    columns.volume[i] = Math.round(1e5 * (0.5 + random.next()) * (1 + 4 * Math.abs(close / open - 1) / volatility));
    previousClose = close;
    time += step;
  }
  return new BarSeries({ symbol: options.symbol ?? 'RANDOM', timeframe }, columns);
}
