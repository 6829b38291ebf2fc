import { describe, expect, it } from 'vitest';
import { symbolAbstention } from './symbol-abstention.js';

describe('symbolAbstention', () => {
  it('hands out one frozen abstention per symbol while the symbol stays the same', () => {
    let written = 0;
    const noNews = symbolAbstention((symbol) => {
      written++;
      return `no news items for ${symbol}`;
    });
    const first = noNews('AAPL');
    expect(first).toEqual({ kind: 'abstain', reason: 'no news items for AAPL' });
    expect(Object.isFrozen(first)).toBe(true);
    expect(noNews('AAPL')).toBe(first);
    expect(written).toBe(1);
    expect(noNews('MSFT')).toEqual({ kind: 'abstain', reason: 'no news items for MSFT' });
    expect(noNews('AAPL')).toEqual(first);
    expect(written).toBe(3);
  });
});
