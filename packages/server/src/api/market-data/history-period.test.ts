import { describe, expect, it } from 'vitest';
import { CRYPTO_CALENDAR, FX_CALENDAR, NYSE_CALENDAR } from '../../market-data/calendar/market-calendars.js';
import { monthsBefore, periodStart } from './history-period.js';

const iso = (time: number | null): string | null => (time === null ? null : new Date(time).toISOString());

describe('monthsBefore', () => {
  it('keeps the wall-clock time and lands on the last day of a shorter month', () => {
    expect(iso(monthsBefore(Date.parse('2024-03-31T12:34:56.789Z'), 1))).toBe('2024-02-29T12:34:56.789Z');
    expect(iso(monthsBefore(Date.parse('2024-02-29T00:00:00.000Z'), 12))).toBe('2023-02-28T00:00:00.000Z');
    expect(iso(monthsBefore(Date.parse('2024-01-15T08:00:00.000Z'), 3))).toBe('2023-10-15T08:00:00.000Z');
    expect(iso(monthsBefore(Date.parse('2024-05-31T08:00:00.000Z'), 120))).toBe('2014-05-31T08:00:00.000Z');
  });
});

describe('periodStart', () => {
  it('starts 1d on a weekend at the last session (Friday), not at an empty Saturday', () => {
    expect(iso(periodStart('1d', NYSE_CALENDAR, Date.parse('2024-03-16T12:00:00Z')))).toBe('2024-03-15T00:00:00.000Z');
  });

  it('starts 1d before the opening bell at the previous session', () => {
    expect(iso(periodStart('1d', NYSE_CALENDAR, Date.parse('2024-03-18T12:00:00Z')))).toBe('2024-03-15T00:00:00.000Z');
  });

  it('counts 5d in NYSE sessions, skipping the Good Friday holiday', () => {
    expect(iso(periodStart('5d', NYSE_CALENDAR, Date.parse('2024-04-01T15:00:00Z')))).toBe('2024-03-25T00:00:00.000Z');
    expect(iso(periodStart('5d', NYSE_CALENDAR, Date.parse('2024-03-29T15:00:00Z')))).toBe('2024-03-22T00:00:00.000Z');
  });

  it('starts an FX day at its Sunday-evening open, before 00:00 UTC of its trading date', () => {
    expect(iso(periodStart('1d', FX_CALENDAR, Date.parse('2024-03-18T12:00:00Z')))).toBe('2024-03-17T21:00:00.000Z');
  });

  it('starts a crypto day at 00:00 UTC', () => {
    expect(iso(periodStart('1d', CRYPTO_CALENDAR, Date.parse('2024-03-15T18:00:00Z')))).toBe('2024-03-15T00:00:00.000Z');
  });

  it('counts months back from now, ytd from 1 January, and leaves max open', () => {
    const now = Date.parse('2024-08-31T18:00:00Z');
    expect(iso(periodStart('6mo', NYSE_CALENDAR, now))).toBe('2024-02-29T18:00:00.000Z');
    expect(iso(periodStart('2y', NYSE_CALENDAR, now))).toBe('2022-08-31T18:00:00.000Z');
    expect(iso(periodStart('ytd', NYSE_CALENDAR, now))).toBe('2024-01-01T00:00:00.000Z');
    expect(periodStart('max', NYSE_CALENDAR, now)).toBeNull();
  });
});
