import type { Bar } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import type { BarRequest } from '../../bar-request.js';
import { fourHourBarsFromHours, hourRequestFor } from './four-hour-bars.js';

const HOUR = 3_600_000;
const JAN_2 = Date.UTC(2024, 0, 2);

describe('fourHourBarsFromHours', () => {
  it('asks for whole UTC 4h buckets of 1h bars and aggregates them, cut to the requested range', async () => {
    const request: BarRequest = { symbol: 'AAPL', timeframe: '4h', from: JAN_2 + 13 * HOUR, to: JAN_2 + 21 * HOUR };
    expect(hourRequestFor(request)).toEqual({ symbol: 'AAPL', timeframe: '1h', from: JAN_2 + 12 * HOUR, to: JAN_2 + 24 * HOUR });
    const asked: BarRequest[] = [];
    const hours: Bar[] = [14, 15, 16, 17, 18, 19, 20].map((h, i) => ({
      time: JAN_2 + h * HOUR,
      open: 100 + i,
      high: 102 + i,
      low: 99 + i,
      close: 101 + i,
      volume: 10 * (i + 1),
    }));
    const bars = await fourHourBarsFromHours(request, async (hourRequest) => {
      asked.push(hourRequest);
      return hours;
    });
    expect(asked).toEqual([hourRequestFor(request)]);
    // The 12:00 bucket starts before `from` and is cut; 16:00 holds 16-19 h; 20:00 holds the 20 h bar.
    expect(bars).toEqual([
      { time: JAN_2 + 16 * HOUR, open: 102, high: 107, low: 101, close: 106, volume: 30 + 40 + 50 + 60 },
      { time: JAN_2 + 20 * HOUR, open: 106, high: 108, low: 105, close: 107, volume: 70 },
    ]);
  });

  it('answers an empty range without fetching', async () => {
    const request: BarRequest = { symbol: 'AAPL', timeframe: '4h', from: JAN_2, to: JAN_2 };
    await expect(fourHourBarsFromHours(request, () => Promise.reject(new Error('must not fetch')))).resolves.toEqual([]);
  });
});
