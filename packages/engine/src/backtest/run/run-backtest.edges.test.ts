import { describe, expect, it } from 'vitest';
import { smaCross } from '../strategies/sma-cross.js';
import { barsOf, flat } from '../test/backtest-bars.test-support.js';
import { runBacktest } from './run-backtest.js';

describe('runBacktest on short series', () => {
  it('reports a single bar with the starting cash and undefined ratios', () => {
    const { stats, trades, equity } = runBacktest(barsOf([flat(100)]), smaCross({ fast: 1, slow: 2 }));
    expect(trades).toEqual([]);
    expect([...equity.equity]).toEqual([10_000]);
    expect([stats.Duration, stats['Equity Final [$]'], stats['Return [%]']]).toEqual(['0 days 00:00:00', 10_000, 0]);
    expect(stats['CAGR [%]']).toBeNaN();
    expect(stats.Beta).toBeNaN();
  });

  it('never trades when the warm-up covers the whole series', () => {
    const result = runBacktest(barsOf([flat(1), flat(2), flat(3)]), smaCross({ fast: 2, slow: 10 }), { finalizeTrades: true });
    expect(result.trades).toEqual([]);
    expect([...result.equity.equity]).toEqual([10_000, 10_000, 10_000]);
  });

  it('rejects invalid options before running', () => {
    expect(() => runBacktest(barsOf([flat(1)]), smaCross({ fast: 1, slow: 2 }), { cash: -5 })).toThrow('cash must be > 0, got -5');
  });
});
