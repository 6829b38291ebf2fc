import type { SeriesMarkerBar, UTCTimestamp } from 'lightweight-charts';
import type { SignalView } from '../signals/signal-view.js';
import { signalToMarker } from './signal-to-marker.js';

/**
 * The markers of the signals of `timeframe` whose bar is among the chart's bars (a signal of another timeframe
 * has no bar of its own here), HOLDs only when `holds`; oldest first as the chart wants them, the newest
 * signal's marker where two share a bar.
 */
export function signalsToMarkers(
  signals: readonly SignalView[],
  timeframe: string,
  barTimes: ReadonlySet<number>,
  holds: boolean,
): SeriesMarkerBar<UTCTimestamp>[] {
  const byTime = new Map<number, SeriesMarkerBar<UTCTimestamp>>();
  const newestFirst = [...signals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const signal of newestFirst) {
    if (signal.timeframe !== timeframe || (signal.action === 'HOLD' && !holds)) continue;
    const marker = signalToMarker(signal);
    if (barTimes.has(marker.time) && !byTime.has(marker.time)) byTime.set(marker.time, marker);
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}
