import { dayOfWeek, type ResampleRule } from './annualization.js';
import { DAY_MS } from './time-units.js';

function bucketOf(time: number, rule: ResampleRule): number {
  switch (rule) {
    case 'D':
      return Math.floor(time / DAY_MS);
    case 'W':
      return Math.floor(time / DAY_MS) + 6 - dayOfWeek(time); // the Sunday that ends the week
    case 'ME': {
      const date = new Date(time);
      return date.getUTCFullYear() * 12 + date.getUTCMonth();
    }
    case 'YE':
      return new Date(time).getUTCFullYear();
  }
}

/**
 * `E.resample(rule).last().dropna().pct_change().dropna()`: the last equity of each calendar bucket
 * (UTC) that has bars, then the simple return between consecutive buckets; undefined returns (0/0)
 * are dropped. Writes the returns to the start of `out` (at least n − 1 long) and returns a view of them.
 */
export function periodicReturns(
  time: ArrayLike<number>,
  equity: ArrayLike<number>,
  rule: ResampleRule,
  out: Float64Array = new Float64Array(Math.max(0, time.length - 1)),
): Float64Array {
  const n = time.length;
  let count = 0;
  let previous = NaN;
  let bucket = n > 0 ? bucketOf(time[0], rule) : 0;
  for (let k = 0; k < n; k++) {
    const next = k + 1 < n ? bucketOf(time[k + 1], rule) : NaN;
    if (next !== bucket) {
      const value = equity[k];
      const r = value / previous - 1; // NaN for the first bucket, as pct_change
      if (!Number.isNaN(r)) out[count++] = r;
      previous = value;
    }
    bucket = next;
  }
  return out.subarray(0, count);
}
