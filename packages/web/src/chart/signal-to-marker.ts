import type { SeriesMarkerBar, UTCTimestamp } from 'lightweight-charts';
import type { SignalView } from '../signals/signal-view.js';
import { CHART_COLORS } from './chart-colors.js';

/**
 * The marker of a signal at its bar: a BUY is an arrow under the bar, a SELL an arrow over it, both with their
 * confidence; a HOLD is a small grey dot over the bar, without text (there is one on most bars where signals
 * are generated every bar, and their labels would cover the candles).
 */
export function signalToMarker(signal: Pick<SignalView, 'id' | 'time' | 'action' | 'confidence'>): SeriesMarkerBar<UTCTimestamp> {
  const time = (Date.parse(signal.time) / 1000) as UTCTimestamp;
  if (signal.action === 'HOLD') return { id: signal.id, time, position: 'aboveBar', shape: 'circle', color: CHART_COLORS.holdMarker, size: 0.75 };
  const buy = signal.action === 'BUY';
  return {
    id: signal.id,
    time,
    position: buy ? 'belowBar' : 'aboveBar',
    shape: buy ? 'arrowUp' : 'arrowDown',
    color: buy ? CHART_COLORS.buyMarker : CHART_COLORS.sellMarker,
    text: `${signal.action} ${Math.round(signal.confidence * 100)}%`,
  };
}
