import { describe, expect, it } from 'vitest';
import { ceilToResolution, resolutionOf } from './ceil-to-resolution.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('resolutionOf', () => {
  it('is the smallest non-zero unit of the bar period', () => {
    expect(resolutionOf(DAY)).toBe(DAY);
    expect(resolutionOf(7 * DAY)).toBe(DAY);
    expect(resolutionOf(1.5 * DAY)).toBe(HOUR);
    expect(resolutionOf(HOUR)).toBe(HOUR);
    expect(resolutionOf(30 * 60_000)).toBe(60_000);
    expect(resolutionOf(1500)).toBe(1);
    expect(resolutionOf(NaN)).toBeNaN();
  });
});

describe('ceilToResolution', () => {
  it('rounds a duration up to a whole number of units, leaving exact ones and NaN alone', () => {
    expect(ceilToResolution(DAY + 8 * HOUR, DAY)).toBe(2 * DAY);
    expect(ceilToResolution(3 * DAY, DAY)).toBe(3 * DAY);
    expect(ceilToResolution(90 * 60_000, HOUR)).toBe(2 * HOUR);
    expect(ceilToResolution(NaN, DAY)).toBeNaN();
    expect(ceilToResolution(1234, NaN)).toBe(1234);
  });
});
