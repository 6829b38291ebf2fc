import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../random/seeded-random.js';
import { isoTime } from './iso-time.js';

describe('isoTime', () => {
  it('matches Date#toISOString on 100,000 random times from 1970 to 9999', () => {
    const random = createSeededRandom(7);
    const mismatches: number[] = [];
    for (let k = 0; k < 100_000; k++) {
      const ms = Math.floor(random.next() * 253_402_300_800_000);
      if (isoTime(ms) !== new Date(ms).toISOString()) mismatches.push(ms);
    }
    expect(mismatches).toEqual([]);
  });

  it('matches it on the edges: epoch, leap days, century rules, the last four-digit year and beyond', () => {
    const times = [
      0, -0, 1, 86_399_999, 86_400_000, Date.UTC(2000, 1, 29), Date.UTC(2100, 1, 28, 23, 59, 59, 999), Date.UTC(2100, 2, 1), Date.UTC(2024, 1, 29, 13, 5, 9, 7),
      253_402_300_799_999, 253_402_300_800_000, -1, Date.UTC(1969, 11, 31, 23, 59, 59), -62_198_755_200_000, 1.5,
    ];
    for (const ms of times) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    // The same time twice, and a time of day seen before on another day, come from the caches.
    expect(isoTime(Date.UTC(2024, 1, 29, 13, 5, 9, 7))).toBe('2024-02-29T13:05:09.007Z');
    expect(isoTime(Date.UTC(2024, 2, 1, 13, 5, 9, 7))).toBe('2024-03-01T13:05:09.007Z');
  });

  it('throws for a time that is not a number, as Date does', () => {
    expect(() => isoTime(NaN)).toThrow(RangeError);
  });
});
