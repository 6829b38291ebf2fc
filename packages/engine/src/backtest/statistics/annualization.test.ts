import { describe, expect, it } from 'vitest';
import { DAY, MONDAY } from '../test/backtest-bars.test-support.js';
import { annualization, dayOfWeek } from './annualization.js';

const every = (step: number, count: number, start = MONDAY) => Float64Array.from({ length: count }, (_, k) => start + k * step);
const weekdays = (count: number) => Float64Array.from({ length: count }, (_, k) => MONDAY + (Math.floor(k / 5) * 7 + (k % 5)) * DAY);

describe('annualization', () => {
  it('uses 252 daily periods for weekday data', () => {
    expect(annualization(weekdays(30), DAY)).toEqual({ periodsPerYear: 252, rule: 'D' });
  });

  it('uses 365 daily periods when weekends are traded (crypto), for daily and intraday bars', () => {
    expect(annualization(every(DAY, 30), DAY)).toEqual({ periodsPerYear: 365, rule: 'D' });
    expect(annualization(every(3_600_000, 24 * 14), 3_600_000)).toEqual({ periodsPerYear: 365, rule: 'D' });
  });

  it('uses weekly, month-end and year-end buckets for 7-, 31- and 365-day periods', () => {
    expect(annualization(every(7 * DAY, 10), 7 * DAY)).toEqual({ periodsPerYear: 52, rule: 'W' });
    expect(annualization(every(31 * DAY, 10), 31 * DAY + 1000)).toEqual({ periodsPerYear: 12, rule: 'ME' });
    expect(annualization(every(365 * DAY, 10), 365 * DAY)).toEqual({ periodsPerYear: 1, rule: 'YE' });
  });

  it('falls back to daily for other periods, such as a 30-day median', () => {
    expect(annualization(every(30 * DAY, 10), 30 * DAY).rule).toBe('D');
  });

  it('numbers the days of the week from Monday = 0, before 1970 too', () => {
    expect(dayOfWeek(MONDAY)).toBe(0);
    expect(dayOfWeek(MONDAY + 6 * DAY + 1)).toBe(6);
    expect(dayOfWeek(Date.UTC(1969, 11, 31, 12))).toBe(2); // a Wednesday
  });
});
