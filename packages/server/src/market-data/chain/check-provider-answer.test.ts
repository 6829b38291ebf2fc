import { describe, expect, it } from 'vitest';
import type { BarRequest } from '../bar-request.js';
import { ProviderError } from '../provider-error.js';
import { checkProviderBars, checkProviderQuote } from './check-provider-answer.js';

const T0 = Date.UTC(2024, 0, 2);
const HOUR = 3_600_000;
const REQUEST: BarRequest = { symbol: 'AAPL', timeframe: '1h', from: T0, to: T0 + 3 * HOUR };
const GOOD = [
  { time: T0, open: 10, high: 11, low: 9.5, close: 10.5, volume: 100 },
  { time: T0 + HOUR, open: 10.5, high: 10.8, low: 10.1, close: 10.2, volume: 0 },
];

function problemOf(bars: unknown): string {
  try {
    checkProviderBars('yahoo', REQUEST, bars as never);
  } catch (error) {
    if (error instanceof ProviderError && error.kind === 'bad-response') return error.message;
    throw error;
  }
  return 'accepted';
}

describe('checkProviderBars', () => {
  it('accepts valid ascending bars inside the range, and no bars at all', () => {
    expect(checkProviderBars('yahoo', REQUEST, GOOD)).toBe(GOOD);
    expect(checkProviderBars('yahoo', REQUEST, [])).toEqual([]);
  });

  it('names the bar and the broken rule for every kind of malformed bar', () => {
    const prefix = 'yahoo: bars AAPL 1h 2024-01-02T00:00:00.000Z–2024-01-02T03:00:00.000Z: ';
    expect(problemOf({ bars: [] })).toBe(`${prefix}answered object, not an array of bars`);
    expect(problemOf([{ ...GOOD[0], close: Number.NaN }])).toBe(`${prefix}bar 0 (2024-01-02T00:00:00.000Z): close is NaN, not a finite number`);
    expect(problemOf([{ ...GOOD[0], time: T0 + 3 * HOUR }])).toBe(`${prefix}bar 0 (2024-01-02T03:00:00.000Z): its time lies outside the requested range`);
    expect(problemOf([GOOD[1], GOOD[0]])).toBe(`${prefix}bar 1 (2024-01-02T00:00:00.000Z): its time is not after the previous bar's (2024-01-02T01:00:00.000Z)`);
    expect(problemOf([GOOD[0], GOOD[0]])).toBe(`${prefix}bar 1 (2024-01-02T00:00:00.000Z): its time is not after the previous bar's (2024-01-02T00:00:00.000Z)`);
    expect(problemOf([{ ...GOOD[0], high: 9 }])).toBe(`${prefix}bar 0 (2024-01-02T00:00:00.000Z): high 9 is below low 9.5`);
    expect(problemOf([{ ...GOOD[0], close: 12 }])).toBe(`${prefix}bar 0 (2024-01-02T00:00:00.000Z): close 12 lies outside [low 9.5, high 11]`);
    expect(problemOf([{ ...GOOD[0], volume: -1 }])).toBe(`${prefix}bar 0 (2024-01-02T00:00:00.000Z): volume -1 is negative`);
  });
});

describe('checkProviderQuote', () => {
  it('refuses a quote without a positive price', () => {
    const quote = { symbol: 'AAPL', price: 0, previousClose: null, change: null, changePercent: null, open: null, high: null, low: null, volume: null, bid: null, ask: null, currency: null, time: T0, source: 'yahoo', simulated: false };
    expect(() => checkProviderQuote('yahoo', 'AAPL', quote)).toThrow('yahoo: quote AAPL: price is 0, not a positive number');
    expect(checkProviderQuote('yahoo', 'AAPL', { ...quote, price: 187.5 }).price).toBe(187.5);
  });
});
