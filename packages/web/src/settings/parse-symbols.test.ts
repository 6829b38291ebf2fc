import { describe, expect, it } from 'vitest';
import { parseSymbols } from './parse-symbols.js';

describe('parseSymbols', () => {
  it('splits on commas, spaces and lines, upper-cases and drops repeats', () => {
    expect(parseSymbols(' aapl, msft\nbtc-usd  AAPL;eurusd=x ')).toEqual(['AAPL', 'MSFT', 'BTC-USD', 'EURUSD=X']);
  });

  it('gives no symbols for blank text', () => {
    expect(parseSymbols(' , \n')).toEqual([]);
  });
});
