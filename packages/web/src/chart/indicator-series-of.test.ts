import { describe, expect, it } from 'vitest';
import type { BarView } from './historical-bars-answer.js';
import { indicatorSeriesOf } from './indicator-series-of.js';

const START = Date.UTC(2026, 0, 5, 14, 30);

function bars(closes: readonly number[], stepMs = 3_600_000): BarView[] {
  return closes.map((close, index) => ({ time: new Date(START + index * stepMs).toISOString(), open: close, high: close + 1, low: close - 1, close, volume: 100 }));
}

describe('indicatorSeriesOf', () => {
  it('gives one point per bar, gaps while warming up, then the SMA of the last 20 closes', () => {
    const series = indicatorSeriesOf(bars(Array.from({ length: 25 }, (_, index) => index + 1)));
    expect(series.sma20).toHaveLength(25);
    expect(series.sma20[18]).toEqual({ time: (START + 18 * 3_600_000) / 1000 });
    expect(series.sma20[19]).toEqual({ time: (START + 19 * 3_600_000) / 1000, value: 10.5 });
    expect(series.sma20[24]).toMatchObject({ value: 15.5 });
    expect(series.sma50.every((point) => !('value' in point))).toBe(true);
  });

  it('puts the Bollinger middle band on the SMA and the bands two deviations around it', () => {
    const series = indicatorSeriesOf(bars(Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? 9 : 11))));
    const value = (points: readonly { time: number; value?: number }[]) => points[19].value;
    expect(value(series.bollingerMiddle)).toBe(10);
    expect(value(series.sma20)).toBe(10);
    // Closes alternate 9 and 11: a population standard deviation of 1.
    expect(value(series.bollingerUpper)).toBeCloseTo(12, 9);
    expect(value(series.bollingerLower)).toBeCloseTo(8, 9);
  });

  it('restarts the VWAP on each UTC day', () => {
    const series = indicatorSeriesOf([
      { time: '2026-01-05T20:00:00.000Z', open: 10, high: 12, low: 8, close: 10, volume: 100 },
      { time: '2026-01-05T21:00:00.000Z', open: 10, high: 22, low: 18, close: 20, volume: 100 },
      { time: '2026-01-06T14:00:00.000Z', open: 30, high: 31, low: 29, close: 30, volume: 50 },
    ]);
    expect(series.vwap.map((point) => ('value' in point ? point.value : null))).toEqual([10, 15, 30]);
  });

  it('colours the MACD histogram by sign and keeps RSI within 0..100', () => {
    // Accelerating up to bar 34 (MACD above its signal), then falling hard (below it).
    const rising = Array.from({ length: 40 }, (_, index) => (index <= 34 ? 100 + index * index * 0.1 : 222.5 - (index - 34) * 20));
    const series = indicatorSeriesOf(bars(rising));
    const last = series.macdHistogram[39];
    expect(last).toMatchObject({ color: '#ef5350' });
    expect(series.macdHistogram[32]).toEqual({ time: (START + 32 * 3_600_000) / 1000 });
    expect(series.macdHistogram[34]).toMatchObject({ color: '#26a69a' });
    for (const point of series.rsi) if ('value' in point) expect(point.value).toBeGreaterThanOrEqual(0);
    expect(series.rsi[20]).toMatchObject({ value: 100 });
  });

  it('answers empty series for no bars', () => {
    expect(indicatorSeriesOf([]).macd).toEqual([]);
  });
});
