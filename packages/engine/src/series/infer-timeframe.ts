import type { BarColumns } from './bar-series.js';
import { TIMEFRAMES, TIMEFRAME_MS, type Timeframe } from './timeframe.js';

/**
 * The most common spacing between consecutive bars, in milliseconds (ties go to the shorter spacing);
 * NaN when there are fewer than two bars or no positive spacing. Gaps such as weekends and
 * holidays are outvoted by the regular spacing, which is why the mode is used and not the minimum.
 */
export function mostCommonBarSpacing(series: Pick<BarColumns, 'time'>): number {
  const time = series.time;
  const counts = new Map<number, number>();
  for (let i = 1; i < time.length; i++) {
    const spacing = time[i] - time[i - 1];
    if (spacing > 0) counts.set(spacing, (counts.get(spacing) ?? 0) + 1);
  }
  let best = NaN;
  let bestCount = 0;
  for (const [spacing, count] of counts) {
    if (count > bestCount || (count === bestCount && spacing < best)) {
      best = spacing;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The timeframe whose bar length equals the most common bar spacing, or `undefined` when that
 * spacing is not one of {@link TIMEFRAMES} (monthly bars, ticks) or there are fewer than two bars.
 */
export function inferTimeframe(series: Pick<BarColumns, 'time'>): Timeframe | undefined {
  const spacing = mostCommonBarSpacing(series);
  return TIMEFRAMES.find((timeframe) => TIMEFRAME_MS[timeframe] === spacing);
}
