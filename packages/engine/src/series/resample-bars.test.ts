import { describe, expect, it } from 'vitest';
import type { Bar } from './bar.js';
import { BarSeries } from './bar-series.js';
import { bucketStart, resampleBars } from './resample-bars.js';
import type { Timeframe } from './timeframe.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function series(bars: readonly Bar[], timeframe?: Timeframe): BarSeries {
  return BarSeries.fromBars({ symbol: 'T', timeframe }, bars);
}
const bars = (result: BarSeries): Bar[] => Array.from({ length: result.length }, (_, i) => result.bar(i));

describe('resampleBars', () => {
  it('turns 1h bars into 4h buckets aligned to 00:00/04:00 UTC (hand-computed)', () => {
    // Six hourly bars 02:00..07:00 on 2024-01-02: 02-03 fall in the 00:00 bucket, 04-07 in the 04:00 bucket.
    const t0 = Date.UTC(2024, 0, 2, 2);
    const hourly = series(
      [
        { time: t0, open: 10, high: 12, low: 9, close: 11, volume: 100 },
        { time: t0 + HOUR, open: 11, high: 13, low: 10, close: 12, volume: 50 },
        { time: t0 + 2 * HOUR, open: 12, high: 14, low: 11.5, close: 13, volume: 10 },
        { time: t0 + 3 * HOUR, open: 13, high: 13.5, low: 8, close: 9, volume: 20 },
        { time: t0 + 4 * HOUR, open: 9, high: 15, low: 9, close: 14, volume: 30 },
        { time: t0 + 5 * HOUR, open: 14, high: 14.5, low: 12, close: 12.5, volume: 40 },
      ],
      '1h',
    );
    const result = resampleBars(hourly, '4h');
    expect(result.timeframe).toBe('4h');
    expect(bars(result)).toEqual([
      { time: Date.UTC(2024, 0, 2, 0), open: 10, high: 13, low: 9, close: 12, volume: 150 },
      { time: Date.UTC(2024, 0, 2, 4), open: 12, high: 15, low: 8, close: 12.5, volume: 100 },
    ]);
  });

  it('turns 1d bars into weeks starting Monday 00:00 UTC (hand-computed)', () => {
    // 2024-01-04 is a Thursday; Thu, Fri | Mon..Fri | Mon.
    const day = (d: number) => Date.UTC(2024, 0, d);
    const daily = series([
      { time: day(4), open: 100, high: 105, low: 99, close: 104, volume: 1 },
      { time: day(5), open: 104, high: 106, low: 101, close: 102, volume: 2 },
      { time: day(8), open: 102, high: 103, low: 95, close: 96, volume: 3 },
      { time: day(9), open: 96, high: 99, low: 94, close: 98, volume: 4 },
      { time: day(10), open: 98, high: 110, low: 97, close: 109, volume: 5 },
      { time: day(11), open: 109, high: 111, low: 107, close: 108, volume: 6 },
      { time: day(12), open: 108, high: 109, low: 100, close: 101, volume: 7 },
      { time: day(15), open: 101, high: 102, low: 100, close: 100.5, volume: 8 },
    ]);
    expect(daily.timeframe).toBeUndefined(); // the input timeframe is inferred (1d)
    const weekly = resampleBars(daily, '1w');
    expect(bars(weekly)).toEqual([
      { time: day(1), open: 100, high: 106, low: 99, close: 102, volume: 3 },
      { time: day(8), open: 102, high: 111, low: 94, close: 101, volume: 25 },
      { time: day(15), open: 101, high: 102, low: 100, close: 100.5, volume: 8 },
    ]);
    expect(new Date(weekly.time[0]).getUTCDay()).toBe(1);
  });

  it('keeps aligned bars unchanged when resampling to the same timeframe', () => {
    const daily = series([
      { time: 0, open: 1, high: 2, low: 0.5, close: 1.5, volume: 7 },
      { time: DAY, open: 1.5, high: 3, low: 1, close: 2, volume: 8 },
    ]);
    expect(bars(resampleBars(daily, '1d'))).toEqual(bars(daily));
  });

  it('refuses a finer target, naming both timeframes', () => {
    const daily = series([{ time: 0, open: 1, high: 1, low: 1, close: 1, volume: 1 }], '1d');
    expect(() => resampleBars(daily, '1h')).toThrow('cannot resample T from 1d to the finer timeframe 1h');
  });

  it('refuses input that is not ascending, and input whose timeframe is unknown', () => {
    const shuffled = series(
      [
        { time: HOUR, open: 1, high: 1, low: 1, close: 1, volume: 1 },
        { time: 0, open: 1, high: 1, low: 1, close: 1, volume: 1 },
      ],
      '1h',
    );
    expect(() => resampleBars(shuffled, '4h')).toThrow(
      'resampleBars needs ascending times: bar 1 (1970-01-01T00:00:00.000Z) is not after bar 0 (1970-01-01T01:00:00.000Z)',
    );
    const monthly = series([0, 1, 2].map((m) => ({ time: Date.UTC(2024, m, 1), open: 1, high: 1, low: 1, close: 1, volume: 1 })));
    expect(() => resampleBars(monthly, '1w')).toThrow(/timeframe is not declared/);
  });
});

describe('bucketStart', () => {
  it('floors times before the epoch too', () => {
    expect(bucketStart(-1, '1h')).toBe(-HOUR);
    expect(bucketStart(Date.UTC(1969, 11, 31, 12), '1w')).toBe(Date.UTC(1969, 11, 29));
  });
});
