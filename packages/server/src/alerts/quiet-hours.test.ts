import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { canonicalTimeZone, isQuietAt, parseQuietHours } from './quiet-hours.js';

const at = (iso: string): number => Date.parse(iso);

describe('isQuietAt', () => {
  // Berlin is UTC+1 in winter (CET) and UTC+2 in summer (CEST).
  const nights = { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' };

  it('holds across midnight on the wall clock of the zone, start inclusive and end exclusive', () => {
    expect(isQuietAt(nights, at('2026-01-15T20:59:00Z'))).toBe(false); // 21:59 in Berlin
    expect(isQuietAt(nights, at('2026-01-15T21:00:00Z'))).toBe(true); // 22:00
    expect(isQuietAt(nights, at('2026-01-15T23:30:00Z'))).toBe(true); // 00:30 the next day
    expect(isQuietAt(nights, at('2026-01-16T05:59:00Z'))).toBe(true); // 06:59
    expect(isQuietAt(nights, at('2026-01-16T06:00:00Z'))).toBe(false); // 07:00
    expect(isQuietAt(nights, at('2026-01-16T12:00:00Z'))).toBe(false); // 13:00
  });

  it('follows daylight saving time: the same UTC instant is quiet in summer and not in winter', () => {
    // 20:30 UTC is 21:30 in winter (awake) and 22:30 in summer (quiet).
    expect(isQuietAt(nights, at('2026-01-15T20:30:00Z'))).toBe(false);
    expect(isQuietAt(nights, at('2026-07-15T20:30:00Z'))).toBe(true);
    // 05:30 UTC is 06:30 in winter (quiet) and 07:30 in summer (awake).
    expect(isQuietAt(nights, at('2026-01-16T05:30:00Z'))).toBe(true);
    expect(isQuietAt(nights, at('2026-07-16T05:30:00Z'))).toBe(false);
  });

  it('holds a window within one day, in a zone west of UTC', () => {
    const lunch = { start: '12:00', end: '13:30', timeZone: 'America/New_York' };
    expect(isQuietAt(lunch, at('2026-03-02T16:59:00Z'))).toBe(false); // 11:59 EST
    expect(isQuietAt(lunch, at('2026-03-02T17:00:00Z'))).toBe(true); // 12:00
    expect(isQuietAt(lunch, at('2026-03-02T18:29:00Z'))).toBe(true); // 13:29
    expect(isQuietAt(lunch, at('2026-03-02T18:30:00Z'))).toBe(false); // 13:30
    expect(isQuietAt(lunch, at('2026-03-03T04:00:00Z'))).toBe(false); // 23:00 the day before
  });
});

describe('parseQuietHours', () => {
  function problemOf(value: { start: string; end: string; timeZone: string }): { field: string; message: string } | undefined {
    try {
      parseQuietHours(value, 'body.quietHours');
    } catch (error) {
      if (error instanceof AppError) return error.problems[0];
      throw error;
    }
    return undefined;
  }

  it('keeps the window and writes the time zone the canonical way', () => {
    expect(parseQuietHours({ start: '22:00', end: '07:00', timeZone: 'europe/berlin' }, 'body.quietHours')).toEqual({ start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' });
    expect(canonicalTimeZone('UTC')).toBe('UTC');
  });

  it('refuses a time zone Intl does not know, and a window of no length, naming the field', () => {
    expect(problemOf({ start: '22:00', end: '07:00', timeZone: 'Mars/Olympus_Mons' })).toEqual({
      field: 'body.quietHours.timeZone',
      message: 'is not a known IANA time zone (e.g. Europe/Berlin, America/New_York, UTC); got "Mars/Olympus_Mons"',
    });
    expect(problemOf({ start: '08:00', end: '08:00', timeZone: 'UTC' })?.field).toBe('body.quietHours.end');
  });
});
