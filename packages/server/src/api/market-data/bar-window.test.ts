import { describe, expect, it } from 'vitest';
import { CRYPTO_CALENDAR, NYSE_CALENDAR } from '../../market-data/calendar/market-calendars.js';
import { countBarSlots, MAX_BARS_PER_REQUEST, startOfLastBars } from './bar-window.js';

const at = (text: string): number => Date.parse(text);
const iso = (time: number): string => new Date(time).toISOString();

describe('countBarSlots', () => {
  it('counts the NYSE trading days of March 2024 exactly (21 weekdays, Good Friday closed)', () => {
    expect(countBarSlots(NYSE_CALENDAR, '1d', at('2024-03-01T00:00:00Z'), at('2024-04-01T00:00:00Z'), MAX_BARS_PER_REQUEST)).toBe(20);
  });

  it('counts hourly NYSE bars per session: 9:30 to 16:00 is seven bars, the last one half an hour', () => {
    expect(countBarSlots(NYSE_CALENDAR, '1h', at('2024-03-11T00:00:00Z'), at('2024-03-12T00:00:00Z'), MAX_BARS_PER_REQUEST)).toBe(7);
  });

  it('reports a year of minute bars as over the bound', () => {
    expect(countBarSlots(NYSE_CALENDAR, '1m', at('2023-03-15T00:00:00Z'), at('2024-03-15T00:00:00Z'), MAX_BARS_PER_REQUEST)).toBeGreaterThan(MAX_BARS_PER_REQUEST);
  });

  it('counts nothing in an empty range', () => {
    expect(countBarSlots(CRYPTO_CALENDAR, '1h', at('2024-03-11T00:00:00Z'), at('2024-03-11T00:00:00Z'), MAX_BARS_PER_REQUEST)).toBe(0);
  });
});

describe('startOfLastBars', () => {
  it('finds the third-last crypto day', () => {
    expect(iso(startOfLastBars(CRYPTO_CALENDAR, '1d', 3, at('2024-03-15T18:00:00Z')))).toBe('2024-03-13T00:00:00.000Z');
  });

  it('skips the weekend for NYSE days', () => {
    expect(iso(startOfLastBars(NYSE_CALENDAR, '1d', 2, at('2024-03-18T00:00:00Z')))).toBe('2024-03-14T00:00:00.000Z');
  });

  it('reaches back into the previous session for intraday bars', () => {
    // Tuesday's 13:30 bar plus Monday's seven hourly bars.
    expect(iso(startOfLastBars(NYSE_CALENDAR, '1h', 8, at('2024-03-12T14:00:00Z')))).toBe('2024-03-11T13:30:00.000Z');
  });

  it('returns 1970 when the calendar has fewer bars than asked for', () => {
    expect(startOfLastBars(CRYPTO_CALENDAR, '1w', 5_000, at('2024-03-15T00:00:00Z'))).toBe(0);
  });

  it('refuses a count below one, naming it', () => {
    expect(() => startOfLastBars(CRYPTO_CALENDAR, '1d', 0, at('2024-03-15T00:00:00Z'))).toThrow('bar count must be an integer >= 1, got 0');
  });
});
