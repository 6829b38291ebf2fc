import { inferTimeframe, TIMEFRAME_MS, type BarSeries, type Timeframe } from '@goldensignals/engine';

/**
 * What looks wrong with the spacing of bars said to be `timeframe` bars: a most common spacing of another
 * timeframe, and bars starting less than one bar after the previous one. Warnings, not errors: gaps (nights,
 * holidays) are normal, and the user may know better.
 */
export function barSpacingWarnings(series: BarSeries, labels: readonly string[], timeframe: Timeframe): string[] {
  const warnings: string[] = [];
  const inferred = inferTimeframe(series);
  if (inferred !== undefined && inferred !== timeframe) warnings.push(`the bars are spaced like ${inferred} bars, not ${timeframe}: check the timeframe`);
  const step = TIMEFRAME_MS[timeframe];
  let closer = 0;
  let first = -1;
  for (let i = 1; i < series.length; i++) {
    if (series.time[i] - series.time[i - 1] >= step) continue;
    closer++;
    if (first < 0) first = i;
  }
  if (closer > 0) {
    const plural = closer === 1 ? 'bar starts' : 'bars start';
    warnings.push(`${closer} ${plural} less than one ${timeframe} bar after the previous one (the first at ${labels[first] ?? String(series.time[first])})`);
  }
  return warnings;
}
