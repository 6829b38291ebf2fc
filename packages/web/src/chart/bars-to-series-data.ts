import type { CandlestickData, HistogramData, UTCTimestamp } from 'lightweight-charts';
import { CHART_COLORS } from './chart-colors.js';
import type { BarView } from './historical-bars-answer.js';

/** The candle and volume series of a chart, both keyed by the bar's start in UTC seconds. */
export interface ChartSeriesData {
  readonly candles: CandlestickData<UTCTimestamp>[];
  readonly volumes: HistogramData<UTCTimestamp>[];
}

// Volume bars are a backdrop to the candles: the candle's colour, mostly transparent.
const VOLUME_ALPHA = '66';

/** Candles and volume bars of `bars` (oldest first); volume coloured by the candle's direction. */
export function barsToSeriesData(bars: readonly BarView[]): ChartSeriesData {
  const candles: CandlestickData<UTCTimestamp>[] = [];
  const volumes: HistogramData<UTCTimestamp>[] = [];
  for (const bar of bars) {
    const time = (Date.parse(bar.time) / 1000) as UTCTimestamp;
    candles.push({ time, open: bar.open, high: bar.high, low: bar.low, close: bar.close });
    volumes.push({ time, value: bar.volume, color: `${bar.close >= bar.open ? CHART_COLORS.up : CHART_COLORS.down}${VOLUME_ALPHA}` });
  }
  return { candles, volumes };
}
