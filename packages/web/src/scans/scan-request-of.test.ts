import { describe, expect, it } from 'vitest';
import { scanRequestOf } from './scan-request-of.js';

describe('scanRequestOf', () => {
  it('sends the typed symbols upper-cased, each once, with the timeframe', () => {
    expect(scanRequestOf({ symbols: ' aapl, msft;btc-usd  AAPL ', timeframe: '4h' })).toEqual({ body: { symbols: ['AAPL', 'MSFT', 'BTC-USD'], timeframe: '4h' } });
  });

  it('leaves the symbols out when none are typed, so the server scans the watchlists', () => {
    expect(scanRequestOf({ symbols: '  ', timeframe: '1d' })).toEqual({ body: { timeframe: '1d' } });
  });

  it('names the first symbol the API would refuse', () => {
    expect(scanRequestOf({ symbols: 'AAPL, MS$FT, BAD!', timeframe: '1d' })).toEqual({ problem: 'MS$FT is not a symbol (letters, digits and . - = ^ /, up to 20)' });
    expect(scanRequestOf({ symbols: 'A'.repeat(21), timeframe: '1d' }).problem).toBe(`${'A'.repeat(21)} is not a symbol (letters, digits and . - = ^ /, up to 20)`);
  });

  it('takes up to 500 symbols, as many as one scan takes', () => {
    const symbols = (count: number) => Array.from({ length: count }, (_unused, index) => `S${index}`).join(' ');
    expect(scanRequestOf({ symbols: symbols(500), timeframe: '1d' }).body?.symbols).toHaveLength(500);
    expect(scanRequestOf({ symbols: symbols(501), timeframe: '1d' })).toEqual({ problem: 'at most 500 symbols (501 given)' });
  });
});
