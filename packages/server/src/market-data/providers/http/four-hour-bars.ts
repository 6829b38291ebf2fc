import { BarSeries, TIMEFRAME_MS, bucketStart, resampleBars, type Bar } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';

const FOUR_HOURS = TIMEFRAME_MS['4h'];

/** The 1h request whose bars make up the 4h bars of `request`: its range widened to whole 4h buckets. */
export function hourRequestFor(request: BarRequest): BarRequest {
  return { ...request, timeframe: '1h', from: bucketStart(request.from, '4h'), to: bucketStart(request.to - 1, '4h') + FOUR_HOURS };
}

/**
 * 4h bars for sources without a 4-hour resolution: the 1h bars `fetchHours` answers (ascending,
 * validated) aggregated with the engine's `resampleBars`, so buckets align to the UTC epoch
 * (00:00, 04:00, ... UTC) like every 4h series in GoldenSignals, then cut to [`from`, `to`).
 */
export async function fourHourBarsFromHours(request: BarRequest, fetchHours: (hours: BarRequest) => Promise<Bar[]>): Promise<Bar[]> {
  if (request.from >= request.to) return [];
  const hours = await fetchHours(hourRequestFor(request));
  const series = resampleBars(BarSeries.fromBars({ symbol: request.symbol, timeframe: '1h' }, hours), '4h');
  const bars: Bar[] = [];
  for (let i = 0; i < series.length; i++) {
    const time = series.time[i];
    if (time >= request.from && time < request.to) bars.push(series.bar(i));
  }
  return bars;
}
