import { describe, expect, it } from 'vitest';
import { coverableEnd } from './bar-cache.js';

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
