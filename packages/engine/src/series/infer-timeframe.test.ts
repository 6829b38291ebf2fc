import { describe, expect, it } from 'vitest';
import { inferTimeframe, mostCommonBarSpacing } from './infer-timeframe.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const times = (...values: number[]) => ({ time: Float64Array.from(values) });

describe('inferTimeframe', () => {
  it('answers 1d for weekday bars, the weekend gaps being outvoted', () => {
    // Mon..Fri, Mon..Fri: eight 1-day steps, one 3-day step.
    const monday = Date.UTC(2024, 0, 1);
    const days = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11].map((d) => monday + d * DAY);
    expect(mostCommonBarSpacing(times(...days))).toBe(DAY);
    expect(inferTimeframe(times(...days))).toBe('1d');
  });

  it('answers 15m, 4h and 1w for those spacings', () => {
    expect(inferTimeframe(times(0, 900_000, 1_800_000))).toBe('15m');
    expect(inferTimeframe(times(0, 4 * HOUR, 8 * HOUR))).toBe('4h');
    expect(inferTimeframe(times(0, 7 * DAY, 14 * DAY))).toBe('1w');
  });

  it('answers undefined for monthly bars, a single bar, or no positive spacing', () => {
    const months = [0, 1, 2, 3].map((m) => Date.UTC(2024, m, 1));
    expect(inferTimeframe(times(...months))).toBeUndefined();
    expect(inferTimeframe(times(0))).toBeUndefined();
    expect(mostCommonBarSpacing(times(5, 5))).toBeNaN();
  });

  it('breaks a tie in favour of the shorter spacing', () => {
    expect(mostCommonBarSpacing(times(0, 2 * HOUR, 3 * HOUR))).toBe(HOUR);
  });
});
