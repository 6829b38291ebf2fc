import {
  bollingerBands,
  exponentialMovingAverage,
  movingAverageConvergenceDivergence,
  relativeStrengthIndex,
  simpleMovingAverage,
  volumeWeightedAveragePrice,
} from '@goldensignals/engine';
import type { HistogramData, LineData, UTCTimestamp, WhitespaceData } from 'lightweight-charts';
import { CHART_COLORS } from './chart-colors.js';
import type { BarView } from './historical-bars-answer.js';

/** A line point, or a gap while the indicator warms up (kept so every series has one entry per bar). */
export type LinePoint = LineData<UTCTimestamp> | WhitespaceData<UTCTimestamp>;

/** A histogram point, or a gap while warming up. */
export type HistogramPoint = HistogramData<UTCTimestamp> | WhitespaceData<UTCTimestamp>;

/** Every indicator the chart draws, one point per bar. */
export interface IndicatorSeries {
  readonly sma20: LinePoint[];
  readonly sma50: LinePoint[];
  readonly ema12: LinePoint[];
  readonly ema26: LinePoint[];
  readonly bollingerUpper: LinePoint[];
  readonly bollingerMiddle: LinePoint[];
  readonly bollingerLower: LinePoint[];
  readonly vwap: LinePoint[];
  readonly rsi: LinePoint[];
  readonly macd: LinePoint[];
  readonly macdSignal: LinePoint[];
  readonly macdHistogram: HistogramPoint[];
}

function column(bars: readonly BarView[], pick: (bar: BarView) => number): Float64Array {
  return Float64Array.from(bars, pick);
}

function points(times: readonly UTCTimestamp[], values: Float64Array): LinePoint[] {
  return times.map((time, index) => (Number.isFinite(values[index]) ? { time, value: values[index] } : { time }));
}

/**
 * The overlays and pane indicators of `bars` (oldest first), computed with the engine's indicators — the same
 * functions the server's indicators route uses — so they line up bar for bar with the candles shown.
 */
export function indicatorSeriesOf(bars: readonly BarView[]): IndicatorSeries {
  const epochMs = column(bars, (bar) => Date.parse(bar.time));
  const close = column(bars, (bar) => bar.close);
  const times = Array.from(epochMs, (ms) => (ms / 1000) as UTCTimestamp);
  const bollinger = bollingerBands(close, 20, 2);
  const vwap = volumeWeightedAveragePrice(
    epochMs,
    column(bars, (bar) => bar.high),
    column(bars, (bar) => bar.low),
    close,
    column(bars, (bar) => bar.volume),
  );
  const macd = movingAverageConvergenceDivergence(close, 12, 26, 9);
  return {
    sma20: points(times, simpleMovingAverage(close, 20)),
    sma50: points(times, simpleMovingAverage(close, 50)),
    ema12: points(times, exponentialMovingAverage(close, 12)),
    ema26: points(times, exponentialMovingAverage(close, 26)),
    bollingerUpper: points(times, bollinger.upper),
    bollingerMiddle: points(times, bollinger.middle),
    bollingerLower: points(times, bollinger.lower),
    vwap: points(times, vwap),
    rsi: points(times, relativeStrengthIndex(close, 14)),
    macd: points(times, macd.macd),
    macdSignal: points(times, macd.signal),
    macdHistogram: times.map((time, index) => {
      const value = macd.histogram[index];
      return Number.isFinite(value) ? { time, value, color: value >= 0 ? CHART_COLORS.up : CHART_COLORS.down } : { time };
    }),
  };
}
