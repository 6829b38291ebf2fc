import { TickMarkType, type UTCTimestamp } from 'lightweight-charts';
import { describe, expect, it } from 'vitest';
import { chartTimeFormat } from './chart-time-format.js';

// 00:00 UTC on 2 March 2026: where a daily bar of that trading date is stamped.
const MAR_2 = 1_772_409_600 as UTCTimestamp;

describe('chartTimeFormat', () => {
  it('writes daily bars as their UTC date, wherever the viewer is', () => {
    const format = chartTimeFormat('1d', 'en-US');
    expect(format.time(MAR_2)).toBe('Mar 2, 2026');
    expect(format.tick(MAR_2, TickMarkType.DayOfMonth)).toBe('Mar 2');
    expect(format.tick(MAR_2, TickMarkType.Year)).toBe('2026');
  });

  it('writes intraday bars with their time of day', () => {
    const format = chartTimeFormat('5m', 'en-US');
    expect(format.tick(MAR_2, TickMarkType.Time)).toMatch(/^\d{2}:\d{2}( [AP]M)?$/);
    expect(format.time(MAR_2)).toMatch(/\d{1,2}:\d{2}/);
  });
});
