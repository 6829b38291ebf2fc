import { BarSeries } from '../../series/bar-series.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';

/**
 * Bars for the contract and oracle tests: a long random walk with a flat stretch spliced in, so
 * division-by-zero edges (no range, no movement, no volume) are exercised too.
 */
export function contractBars(length = 1500, seed = 7): BarSeries {
  const walk = randomWalkBars({ length, seed });
  const flatStart = Math.floor(length * 0.6);
  const flatEnd = flatStart + 40;
  const columns = {
    time: walk.time.slice(),
    open: walk.open.slice(),
    high: walk.high.slice(),
    low: walk.low.slice(),
    close: walk.close.slice(),
    volume: walk.volume.slice(),
  };
  const level = columns.close[flatStart - 1];
  for (let i = flatStart; i < Math.min(flatEnd, length); i++) {
    columns.open[i] = level;
    columns.high[i] = level;
    columns.low[i] = level;
    columns.close[i] = level;
    columns.volume[i] = i % 2 === 0 ? 0 : 1000;
  }
  return new BarSeries({ symbol: 'CONTRACT', timeframe: '1d' }, columns);
}
