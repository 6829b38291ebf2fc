import { describe, expect, it } from 'vitest';
import { epochDayOf } from './calendar-day.js';
import { ZoneClock } from './zone-clock.js';

const HOUR = 3_600_000;

describe('ZoneClock', () => {
  const newYork = new ZoneClock('America/New_York');

  it('switches New York to daylight time at 02:00 local on 2024-03-10 and back on 2024-11-03', () => {
    expect(newYork.offsetAt(Date.parse('2024-03-10T06:59:00Z'))).toBe(-5 * HOUR);
    expect(newYork.offsetAt(Date.parse('2024-03-10T07:00:00Z'))).toBe(-4 * HOUR);
    expect(newYork.offsetAt(Date.parse('2024-11-03T05:59:00Z'))).toBe(-4 * HOUR);
    expect(newYork.offsetAt(Date.parse('2024-11-03T06:00:00Z'))).toBe(-5 * HOUR);
  });

  it('turns New York wall times into instants on both sides of a switch', () => {
    expect(new Date(newYork.wallTimeToEpoch(epochDayOf(2024, 3, 8), 570)).toISOString()).toBe('2024-03-08T14:30:00.000Z');
    expect(new Date(newYork.wallTimeToEpoch(epochDayOf(2024, 3, 10), 570)).toISOString()).toBe('2024-03-10T13:30:00.000Z');
    expect(new Date(newYork.wallTimeToEpoch(epochDayOf(2024, 11, 3), 570)).toISOString()).toBe('2024-11-03T14:30:00.000Z');
  });

  it('gives the local date of an instant near midnight', () => {
    expect(newYork.localDayOf(Date.parse('2024-03-10T04:30:00Z'))).toBe(epochDayOf(2024, 3, 9));
    expect(newYork.localDayOf(Date.parse('2024-03-10T05:30:00Z'))).toBe(epochDayOf(2024, 3, 10));
  });

  it('rejects an unknown zone by name', () => {
    expect(() => new ZoneClock('Mars/Olympus')).toThrow('unknown time zone "Mars/Olympus"');
  });
});
