import { describe, expect, it } from 'vitest';
import type { QuoteBody } from './quote-body.js';
import { rankMovers } from './rank-movers.js';

function quote(symbol: string, changePercent: number | null, volume: number | null): QuoteBody {
  return {
    symbol,
    price: 100,
    previousClose: changePercent === null ? null : 100 / (1 + changePercent / 100),
    change: null,
    changePercent,
    open: null,
    high: null,
    low: null,
    volume,
    bid: null,
    ask: null,
    currency: 'USD',
    time: '2024-03-15T18:00:00.000Z',
    source: 'simulator',
    simulated: true,
    stale: false,
  };
}

const QUOTES = [quote('AAA', 3, 10), quote('BBB', -5, 500), quote('CCC', 7, 50), quote('DDD', 0, 80), quote('EEE', -1, null), quote('FFF', null, 900), quote('GGG', 3, 10)];
const symbols = (list: readonly QuoteBody[]): string[] => list.map((item) => item.symbol);

describe('rankMovers', () => {
  it('lists only rises as gainers and only falls as losers, biggest first, ties by symbol', () => {
    const movers = rankMovers(QUOTES, 10);
    expect(symbols(movers.gainers)).toEqual(['CCC', 'AAA', 'GGG']);
    expect(symbols(movers.losers)).toEqual(['BBB', 'EEE']);
  });

  it('ranks the most active by volume, leaving out quotes without one', () => {
    expect(symbols(rankMovers(QUOTES, 10).mostActive)).toEqual(['FFF', 'BBB', 'DDD', 'CCC', 'AAA', 'GGG']);
  });

  it('keeps the top `limit` of each list', () => {
    const movers = rankMovers(QUOTES, 1);
    expect([symbols(movers.gainers), symbols(movers.losers), symbols(movers.mostActive)]).toEqual([['CCC'], ['BBB'], ['FFF']]);
  });
});
