import { describe, expect, it } from 'vitest';
import { MarketSimulator } from './market-simulator.js';

const at = (iso: string): number => Date.parse(iso);
const NOW = at('2025-06-12T15:00:00Z');
const simulator = new MarketSimulator({ seed: 4, now: () => NOW });

describe('simulated fundamentals', () => {
  it('derives market cap and P/E from the simulated price and the 52-week range from its own bars', async () => {
    const fundamentals = await simulator.fundamentals('AAPL');
    const { price } = await simulator.quote('AAPL');
    const year = await simulator.bars({ symbol: 'AAPL', timeframe: '1d', from: NOW - 365 * 86_400_000, to: NOW + 1 });
    expect(fundamentals).toMatchObject({
      symbol: 'AAPL', name: 'Apple Inc.', sector: 'Technology', industry: 'Consumer Electronics', eps: 6.44, dividendYield: 0.0044, source: 'simulator',
      marketCap: Math.round(price * 15_100e6),
      fiftyTwoWeekHigh: Math.max(...year.map((bar) => bar.high)),
      fiftyTwoWeekLow: Math.min(...year.map((bar) => bar.low)),
    });
    expect(fundamentals.peRatio).toBeCloseTo(price / 6.44, 2);
    expect(fundamentals.beta).toBeGreaterThan(0.3);
  });

  it('gives crypto a market cap from its supply and FX no company figures', async () => {
    const bitcoin = await simulator.fundamentals('BTC-USD');
    expect(bitcoin.marketCap).toBe(Math.round((await simulator.quote('BTC-USD')).price * 19.8e6));
    expect(bitcoin).toMatchObject({ sector: null, peRatio: null, eps: null });
    expect(await simulator.fundamentals('EURUSD=X')).toMatchObject({ name: 'EUR/USD', marketCap: null, peRatio: null, beta: null, source: 'simulator' });
    expect((await simulator.fundamentals('ZZZQ')).name).toBe('ZZZQ (simulated)');
  });
});

describe('simulated search', () => {
  it('finds built-in symbols by ticker and by name', async () => {
    expect((await simulator.search('apple'))[0]).toEqual({ symbol: 'AAPL', name: 'Apple Inc.', exchange: 'NASDAQ', type: 'equity' });
    expect((await simulator.search('btc-usd'))[0]).toEqual({ symbol: 'BTC-USD', name: 'Bitcoin USD', exchange: 'CCC', type: 'crypto' });
    expect((await simulator.search('bitcoin')).map((match) => match.symbol)).toContain('BTC-USD');
    expect((await simulator.search('MS')).map((match) => match.symbol)).toContain('MSFT');
  });

  it('offers any valid ticker it does not list, since it can simulate it', async () => {
    expect(await simulator.search('zzzq')).toEqual([{ symbol: 'ZZZQ', name: 'ZZZQ (simulated)', exchange: null, type: 'equity' }]);
    expect((await simulator.search('DOT-USD'))[0]).toEqual({ symbol: 'DOT-USD', name: 'DOT-USD (simulated)', exchange: null, type: 'crypto' });
    expect(await simulator.search('no such thing!')).toEqual([]);
    await expect(simulator.search('  ')).rejects.toThrow('simulator: search query is empty');
  });
});
