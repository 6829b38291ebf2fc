import { OnBalanceVolume, randomWalkBars, SimpleMovingAverage, type Bar } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators.js';
import { INDICATOR_CATALOG } from './indicator-catalog.js';

const series = randomWalkBars({ length: 30, seed: 7, timeframe: '1d', startTime: Date.UTC(2024, 0, 1), symbol: 'TEST' });
const BARS: Bar[] = Array.from({ length: series.length }, (_, i) => series.bar(i));
const pick = (...ids: string[]) => INDICATOR_CATALOG.filter((indicator) => ids.includes(indicator.id));

describe('computeIndicators', () => {
  it("answers the engine's values at the last bar and the last `points` bars of the series", () => {
    const results = computeIndicators('TEST', BARS, pick('sma20', 'obv'), 3);
    const sma = new SimpleMovingAverage(20);
    const obv = new OnBalanceVolume();
    const smaValues = BARS.map((bar) => sma.update(bar.close));
    const obvValues = BARS.map((bar) => obv.update(bar));
    expect(results.sma20.name).toBe('SMA(20)');
    expect(results.sma20.values).toEqual({ value: smaValues[29] });
    expect(results.sma20.series).toEqual([27, 28, 29].map((i) => ({ time: new Date(BARS[i].time).toISOString(), values: { value: smaValues[i] } })));
    expect(results.obv.values).toEqual({ value: obvValues[29] });
    expect(Object.keys(results)).toEqual(['sma20', 'obv']);
  });

  it('answers null for an indicator still warming up (30 bars are too few for SMA(50) and ADX(14) first has a value at bar 27, its lookback)', () => {
    const results = computeIndicators('TEST', BARS, pick('sma50', 'adx'), 4);
    expect(results.sma50.values).toEqual({ value: null });
    expect(results.adx.series.map((point) => point.values.adx === null)).toEqual([true, false, false, false]);
  });

  it('answers nulls and an empty series without bars', () => {
    const results = computeIndicators('TEST', [], pick('macd'), 5);
    expect(results.macd).toEqual({ name: 'MACD(12,26,9)', values: { macd: null, signal: null, histogram: null }, series: [] });
  });
});
