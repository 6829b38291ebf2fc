import { describe, expect, it } from 'vitest';
import { DAY } from '../test/backtest-bars.test-support.js';
import { dataPeriod } from './data-period.js';

describe('dataPeriod', () => {
  it('is the median step of the last 100 bars, ignoring older bars and rare gaps', () => {
    const hourly = Array.from({ length: 50 }, (_, k) => k * 3_600_000);
    const daily = Array.from({ length: 100 }, (_, k) => hourly[49] + (k + 1) * DAY + (k > 60 ? 2 * DAY : 0));
    expect(dataPeriod([...hourly, ...daily])).toBe(DAY);
  });

  it('averages the middle two steps of an even count, and is NaN for one bar', () => {
    expect(dataPeriod([0, DAY, 3 * DAY])).toBe(1.5 * DAY);
    expect(dataPeriod([0])).toBeNaN();
  });
});
