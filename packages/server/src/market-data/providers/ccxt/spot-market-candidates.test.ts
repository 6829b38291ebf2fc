import { describe, expect, it } from 'vitest';
import { spotMarketCandidates } from './spot-market-candidates.js';

const QUOTES = ['USDT', 'USDC', 'USD', 'BTC', 'EUR'];

describe('spotMarketCandidates', () => {
  it('reads unified, Yahoo-style and exchange-style pairs', () => {
    expect(spotMarketCandidates('ETH/BTC', QUOTES)).toEqual(['ETH/BTC']);
    expect(spotMarketCandidates('eth-eur', QUOTES)).toEqual(['ETH/EUR']);
    expect(spotMarketCandidates('BTCUSDT', QUOTES)).toEqual(['BTC/USDT']);
  });

  it('lets a USD pair fall back to the dollar stablecoins, in order', () => {
    expect(spotMarketCandidates('BTC-USD', QUOTES)).toEqual(['BTC/USD', 'BTC/USDT', 'BTC/USDC']);
    expect(spotMarketCandidates('BTCUSD', QUOTES)).toEqual(['BTC/USD', 'BTC/USDT', 'BTC/USDC']);
  });

  it('has no candidate for a symbol it cannot split', () => {
    expect(spotMarketCandidates('AAPL', QUOTES)).toEqual([]);
    expect(spotMarketCandidates('USDT', QUOTES)).toEqual([]);
    expect(spotMarketCandidates('-USD', QUOTES)).toEqual([]);
  });
});
