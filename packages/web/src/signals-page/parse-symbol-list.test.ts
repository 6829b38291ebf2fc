import { describe, expect, it } from 'vitest';
import { parseSymbolList } from './parse-symbol-list.js';

describe('parseSymbolList', () => {
  it('splits on commas, semicolons and spaces, upper-cases and drops repeats', () => {
    expect(parseSymbolList(' aapl, msft;btc-usd  AAPL ,,')).toEqual(['AAPL', 'MSFT', 'BTC-USD']);
    expect(parseSymbolList('   ')).toEqual([]);
  });
});
