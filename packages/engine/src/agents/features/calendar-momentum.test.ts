import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { CalendarMomentum, daysInMonths } from './calendar-momentum.js';

const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);

function bar(time: number, close: number): Bar {
  return { time, open: close, high: close, low: close, close, volume: 1 };
}

describe('CalendarMomentum', () => {
  it('turns months into whole days: 12 -> 365, 1 -> 30', () => {
    expect(daysInMonths(12)).toBe(365);
    expect(daysInMonths(1)).toBe(30);
    expect(daysInMonths(6)).toBe(183);
  });

  it('on one bar a day, returns close(30 bars ago) / close(365 bars ago) - 1 from bar 365 on', () => {
    const momentum = new CalendarMomentum(12, 1);
    expect(momentum.lookback).toBe(365);
    const closes = Array.from({ length: 500 }, (_, i) => 100 + i + 0.01 * i * i);
    const values = closes.map((close, i) => momentum.update(bar(START + i * DAY, close)));
    expect(values.slice(0, 365).every((v) => v === null)).toBe(true);
    for (const i of [365, 400, 499]) expect(values[i]).toBe(closes[i - 30] / closes[i - 365] - 1);
  });

  it('uses the last close of each UTC day for intraday bars', () => {
    const momentum = new CalendarMomentum(2, 1);
    let value: number | null = null;
    // 70 days of 4 bars each; each day closes at 100 + day.
    for (let day = 0; day < 70; day++) {
      for (let k = 0; k < 4; k++) value = momentum.update(bar(START + day * DAY + k * 6 * 3_600_000, k === 3 ? 100 + day : 1));
    }
    // Last bar: day 69. Start: day 69 - 61 = 8 (close 108); end: day 69 - 30 = 39 (close 139).
    expect(value).toBe(139 / 108 - 1);
  });

  it('takes the latest close at or before a target day that has no bar (weekends, gaps)', () => {
    const momentum = new CalendarMomentum(2, 1);
    let value: number | null = null;
    // Weekdays only (day % 7 of 5 and 6 are the weekend), up to day 80.
    for (let day = 0; day <= 80; day++) if (day % 7 < 5) value = momentum.update(bar(START + day * DAY, 100 + day));
    // Start target 80 - 61 = 19 is a Saturday: Friday, day 18, is used. End target 80 - 30 = 50 is a weekday.
    expect(value).toBe(150 / 118 - 1);
  });

  it('rejects a skip not below the lookback, and resets', () => {
    expect(() => new CalendarMomentum(1, 1)).toThrow('skipMonths must be below lookbackMonths, got 1 and 1');
    expect(() => new CalendarMomentum(0, 0)).toThrow('lookbackMonths must be an integer >= 1, got 0');
    const momentum = new CalendarMomentum(1, 0);
    for (let day = 0; day < 40; day++) momentum.update(bar(START + day * DAY, 100 + day));
    expect(momentum.value).not.toBeNull();
    momentum.reset();
    expect(momentum.value).toBeNull();
    expect(momentum.update(bar(START, 1))).toBeNull();
  });
});
