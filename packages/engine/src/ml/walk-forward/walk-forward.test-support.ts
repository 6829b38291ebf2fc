import { createSeededRandom } from '../../random/seeded-random.js';
import type { BarColumns } from '../../series/bar-series.js';
import type { SymbolBars } from './direction-dataset.js';

/**
 * Daily bars whose one-bar log returns follow r[t] = -phi * r[t-1] + noise (mean reversion), so the
 * next bar's direction is predictable from `return1` with a hit rate well above 50% when phi is large.
 */
export function meanRevertingBars(symbol: string, length: number, phi: number, seed: number): SymbolBars {
  const random = createSeededRandom(seed);
  const columns: { [K in keyof BarColumns]: Float64Array } = {
    time: new Float64Array(length),
    open: new Float64Array(length),
    high: new Float64Array(length),
    low: new Float64Array(length),
    close: new Float64Array(length),
    volume: new Float64Array(length),
  };
  let close = 100;
  let previousReturn = 0;
  for (let i = 0; i < length; i++) {
    const r = -phi * previousReturn + 0.01 * random.normal();
    const open = close;
    close = open * Math.exp(r);
    previousReturn = r;
    columns.time[i] = Date.UTC(2015, 0, 1) + i * 86_400_000;
    columns.open[i] = open;
    columns.close[i] = close;
    columns.high[i] = Math.max(open, close) * (1 + 0.002 * random.next());
    columns.low[i] = Math.min(open, close) * (1 - 0.002 * random.next());
    columns.volume[i] = 1e5 * (1 + random.next());
  }
  return { symbol, columns };
}
