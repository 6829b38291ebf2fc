import type { Bar, BarSeries } from '@goldensignals/engine';

/** Bars of an ascending series whose start time lies in [`from`, `to`), as objects. */
export function barsInRange(series: BarSeries, from: number, to: number): Bar[] {
  const time = series.time;
  let low = 0;
  let high = time.length;
  // Binary search for the first bar at or after `from`: files hold years of intraday bars.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (time[middle] < from) low = middle + 1;
    else high = middle;
  }
  const bars: Bar[] = [];
  for (let i = low; i < time.length && time[i] < to; i++) bars.push(series.bar(i));
  return bars;
}
