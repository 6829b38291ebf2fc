import { describe, expect, it } from 'vitest';
import type { BacktestStats } from '../../statistics/backtest-stats.js';
import { objectiveValue } from './objective-value.js';

describe('objectiveValue', () => {
  const stats = { 'Sharpe Ratio': 0.5, SQN: NaN, 'Return [%]': -3 } as unknown as BacktestStats;

  it('reads the statistic and turns NaN into null so it never wins', () => {
    expect(objectiveValue(stats, 'Sharpe Ratio')).toBe(0.5);
    expect(objectiveValue(stats, 'Return [%]')).toBe(-3);
    expect(objectiveValue(stats, 'SQN')).toBeNull();
  });

  it('counts absent commissions as 0', () => {
    expect(objectiveValue(stats, 'Commissions [$]')).toBe(0);
  });
});
