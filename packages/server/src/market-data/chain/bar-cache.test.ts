import { describe, expect, it } from 'vitest';
import { coverableEnd, coveredEnd, publicationGraceMs } from './bar-cache.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2024, 0, 2);

describe('coverableEnd', () => {
  it('ends before the first bar that may still be forming, rounded down to the minute', () => {
    const request = { symbol: 'AAPL', timeframe: '1h' as const, from: T0, to: T0 + 24 * HOUR };
    // At 10:10:30 the 09:10 start is the latest that has closed; equity hours start at :30, so 09:30 is still open.
    expect(coverableEnd(request, T0 + 10 * HOUR + 10 * MINUTE + 30_000)).toBe(T0 + 9 * HOUR + 10 * MINUTE);
    expect(coverableEnd(request, T0 + 30 * HOUR)).toBe(T0 + 24 * HOUR);
    expect(coverableEnd(request, T0 + 30 * MINUTE)).toBe(T0);
    expect(coverableEnd({ ...request, timeframe: '1d' }, T0 + 36 * HOUR)).toBe(T0 + 12 * HOUR);
  });
});

describe('coveredEnd', () => {
  const now = T0 + 100 * HOUR;
  it('covers a whole settled range, gaps and all', () => {
    expect(coveredEnd(T0, T0 + 50 * HOUR, T0 + 10 * HOUR, now, HOUR)).toBe(T0 + 50 * HOUR);
  });

  it('leaves a recent tail without bars uncovered, so a late bar is fetched next time', () => {
    // The grace for 1h bars is 2 h: before 98:00 is settled.
    expect(coveredEnd(T0 + 90 * HOUR, T0 + 99 * HOUR, T0 + 97 * HOUR, now, HOUR)).toBe(T0 + 98 * HOUR);
    expect(coveredEnd(T0 + 90 * HOUR, T0 + 99 * HOUR, T0 + 99 * HOUR, now, HOUR)).toBe(T0 + 99 * HOUR);
    expect(coveredEnd(T0 + 99 * HOUR, T0 + 99 * HOUR + 30 * MINUTE, null, now, HOUR)).toBe(T0 + 99 * HOUR);
  });

  it('gives daily bars two days of grace', () => {
    expect(publicationGraceMs(24 * HOUR)).toBe(48 * HOUR);
    expect(publicationGraceMs(MINUTE)).toBe(HOUR);
  });
});
