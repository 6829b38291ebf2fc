import { describe, expect, it } from 'vitest';
import type { BacktestStats } from '../statistics/backtest-stats.js';
import { meanStats } from './mean-stats.js';

describe('meanStats', () => {
  it('averages each numeric statistic over the runs that define it', () => {
    const runs = [
      { 'Sharpe Ratio': 1, SQN: NaN, 'Return [%]': 10, 'Commissions [$]': 4 },
      { 'Sharpe Ratio': 0.5, SQN: NaN, 'Return [%]': -4 },
    ] as unknown as BacktestStats[];
    const mean = meanStats(runs);
    expect(mean['Sharpe Ratio']).toBe(0.75);
    expect(mean['Return [%]']).toBe(3);
    expect(mean.SQN).toBeNull();
    expect(mean['Commissions [$]']).toBe(2);
    expect(Object.keys(mean)).toHaveLength(25);
  });
});
