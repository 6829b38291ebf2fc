import { describe, expect, it } from 'vitest';
import { BarSeriesBuilder } from './bar-series-builder.js';

describe('BarSeriesBuilder', () => {
  it('grows past its initial capacity and builds an exact-length series in append order', () => {
    const builder = new BarSeriesBuilder(0);
    for (let i = 0; i < 100; i++) builder.push(i * 1000, i + 1, i + 2, i, i + 1.5, 10 * i);
    const series = builder.build({ symbol: 'X', timeframe: '1m' });
    expect(series.length).toBe(100);
    expect(series.time.length).toBe(100);
    expect(series.time.buffer.byteLength).toBe(100 * 8);
    expect(series.bar(99)).toEqual({ time: 99_000, open: 100, high: 101, low: 99, close: 100.5, volume: 990 });
    expect(series.symbol).toBe('X');
    expect(series.timeframe).toBe('1m');
  });

  it('hands over full columns without copying, and later appends do not change the built series', () => {
    const builder = new BarSeriesBuilder(2);
    builder.pushBar({ time: 1, open: 1, high: 1, low: 1, close: 1, volume: 1 });
    builder.pushBar({ time: 2, open: 2, high: 2, low: 2, close: 2, volume: 2 });
    const first = builder.build({ symbol: 'X' });
    builder.push(3, 3, 3, 3, 3, 3);
    const second = builder.build({ symbol: 'X' });
    expect(Array.from(first.close)).toEqual([1, 2]);
    expect(Array.from(second.close)).toEqual([1, 2, 3]);
    expect(builder.timeAt(2)).toBe(3);
  });

  it('rejects a negative or fractional capacity and an index outside the bars', () => {
    expect(() => new BarSeriesBuilder(-1)).toThrow('initialCapacity must be an integer >= 0, got -1');
    expect(() => new BarSeriesBuilder(1.5)).toThrow(/initialCapacity/);
    expect(() => new BarSeriesBuilder().timeAt(0)).toThrow(/outside/);
  });
});
