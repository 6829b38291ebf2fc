import type { Bar } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { MarketSimulator } from './market-simulator.js';
import { autocorrelation, logReturns, standardDeviation } from './simulator.test-support.js';

const at = (iso: string): number => Date.parse(iso);
const simulator = new MarketSimulator({ seed: 11, now: () => at('2026-01-01T00:00:00Z') });
const daily = (symbol: string, from = '2010-01-01', to = '2025-12-31'): Promise<Bar[]> =>
  simulator.bars({ symbol, timeframe: '1d', from: at(from), to: at(to) });

describe('statistical realism', () => {
  it('gives stocks a daily return volatility typical of stocks, scaled to each one', async () => {
    const apple = standardDeviation(logReturns(await daily('AAPL')));
    const cocaCola = standardDeviation(logReturns(await daily('KO')));
    const tesla = standardDeviation(logReturns(await daily('TSLA')));
    // Profiles: 27 %, 15 % and 60 % a year, i.e. 1.7 %, 0.9 % and 3.8 % a day.
    expect(apple).toBeGreaterThan(0.013);
    expect(apple).toBeLessThan(0.022);
    expect(cocaCola).toBeGreaterThan(0.007);
    expect(cocaCola).toBeLessThan(0.013);
    expect(tesla).toBeGreaterThan(0.03);
    expect(tesla).toBeLessThan(0.048);
  });

  it('clusters volatility: absolute daily returns are positively autocorrelated, unlike returns', async () => {
    for (const symbol of ['MSFT', 'SPY', 'BTC-USD', 'EURUSD=X']) {
      const returns = logReturns(await daily(symbol));
      const absolute = returns.map(Math.abs);
      const clustering = [1, 2, 3, 4, 5].map((lag) => autocorrelation(absolute, lag));
      expect(Math.min(...clustering), symbol).toBeGreaterThan(0.03);
      expect(clustering.reduce((sum, value) => sum + value, 0) / 5, symbol).toBeGreaterThan(0.08);
      expect(Math.abs(autocorrelation(returns, 1)), symbol).toBeLessThan(0.08);
    }
  });

  it('has fat tails from news jumps: excess kurtosis and moves beyond five standard deviations', async () => {
    const returns = logReturns(await daily('NVDA'));
    const sd = standardDeviation(returns);
    const kurtosis = returns.reduce((sum, r) => sum + r ** 4, 0) / returns.length / sd ** 4;
    expect(kurtosis).toBeGreaterThan(5);
    expect(returns.filter((r) => Math.abs(r) > 5 * sd).length).toBeGreaterThan(5);
  });

  it('trades more at the open and the close than at midday', async () => {
    const halfHours = await simulator.bars({ symbol: 'AAPL', timeframe: '30m', from: at('2025-01-01'), to: at('2025-07-01') });
    const meanAt = (minutesAfterOpen: number): number => {
      const chosen = halfHours.filter((bar) => {
        const local = new Date(bar.time - (bar.time >= at('2025-03-09T07:00:00Z') ? 4 : 5) * 3_600_000);
        return local.getUTCHours() * 60 + local.getUTCMinutes() === 570 + minutesAfterOpen;
      });
      return chosen.reduce((sum, bar) => sum + bar.volume, 0) / chosen.length;
    };
    const open = meanAt(0);
    const midday = meanAt(180);
    const close = meanAt(360);
    expect(open).toBeGreaterThan(2 * midday);
    expect(close).toBeGreaterThan(1.5 * midday);
  });

  it('puts well-known symbols at their real level on 2024-12-31 and keeps levels plausible for a decade', async () => {
    const cases = [['AAPL', 230, 12], ['SPY', 580, 12], ['EURUSD=X', 1.08, 12], ['BTC-USD', 90_000, 30]] as const;
    for (const [symbol, level, widest] of cases) {
      const [lastOf2024] = (await daily(symbol, '2024-12-20', '2025-01-01')).slice(-1);
      expect(lastOf2024.close, symbol).toBe(level);
      const closes = (await daily(symbol, '2015-01-01')).map((bar) => bar.close);
      expect(Math.min(...closes), symbol).toBeGreaterThan(level / widest);
      expect(Math.max(...closes), symbol).toBeLessThan(level * widest);
    }
  });
});
