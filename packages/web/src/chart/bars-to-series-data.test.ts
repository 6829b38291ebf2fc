import { describe, expect, it } from 'vitest';
import { barsToSeriesData } from './bars-to-series-data.js';

describe('barsToSeriesData', () => {
  it('turns bars into candles and volume bars at the bar start in UTC seconds, volume coloured by direction', () => {
    const data = barsToSeriesData([
      { time: '2026-03-02T00:00:00.000Z', open: 100, high: 105, low: 99, close: 104, volume: 1_200 },
      { time: '2026-03-03T00:00:00.000Z', open: 104, high: 104.5, low: 98, close: 99.5, volume: 3_400 },
    ]);
    expect(data.candles).toEqual([
      { time: 1_772_409_600, open: 100, high: 105, low: 99, close: 104 },
      { time: 1_772_496_000, open: 104, high: 104.5, low: 98, close: 99.5 },
    ]);
    expect(data.volumes).toEqual([
      { time: 1_772_409_600, value: 1_200, color: '#26a69a66' },
      { time: 1_772_496_000, value: 3_400, color: '#ef535066' },
    ]);
  });

  it('gives empty series for no bars', () => {
    expect(barsToSeriesData([])).toEqual({ candles: [], volumes: [] });
  });
});
