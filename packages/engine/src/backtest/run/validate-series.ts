import type { BarSeries } from '../../series/bar-series.js';

/** Throws a RangeError unless the series has bars, ascending times and no missing open/high/low/close. */
export function validateSeries(series: BarSeries): void {
  const { time, open, high, low, close } = series;
  const n = time.length;
  if (n === 0) throw new RangeError(`series ${series.symbol} has no bars`);
  for (let k = 0; k < n; k++) {
    if (Number.isNaN(open[k] + high[k] + low[k] + close[k])) {
      throw new RangeError(`series ${series.symbol} has a missing price at bar ${k} (${new Date(time[k]).toISOString()})`);
    }
    if (k > 0 && !(time[k] > time[k - 1])) {
      throw new RangeError(`series ${series.symbol} is not in ascending time order at bar ${k}`);
    }
  }
}
