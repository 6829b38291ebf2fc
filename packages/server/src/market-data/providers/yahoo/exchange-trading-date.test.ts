import { describe, expect, it } from 'vitest';
import { exchangeTradingDate } from './exchange-trading-date.js';

describe('exchangeTradingDate', () => {
  it('keeps the UTC date of a New York session opening at 14:30 UTC', () => {
    expect(exchangeTradingDate(Date.parse('2020-01-02T14:30:00Z'), 'America/New_York')).toBe(Date.parse('2020-01-02T00:00:00Z'));
  });

  it('moves a Sydney session opening at 23:00 UTC to the next day, its local date', () => {
    expect(exchangeTradingDate(Date.parse('2024-01-01T23:00:00Z'), 'Australia/Sydney')).toBe(Date.parse('2024-01-02T00:00:00Z'));
  });

  it('refuses an unknown time zone by name', () => {
    expect(() => exchangeTradingDate(0, 'Mars/Olympus')).toThrow('unknown exchange time zone "Mars/Olympus"');
  });
});
