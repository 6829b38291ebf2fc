import { describe, expect, it } from 'vitest';
import { runBacktest } from '../run/run-backtest.js';
import { barsOf, flat } from '../test/backtest-bars.test-support.js';
import { smaCross } from './sma-cross.js';

// SMA(1) is the close. Against SMA(3): crosses up on bar 5 (8 < 9, then 9 > 8.67), down on bar 8
// (12 > 10.67, then 11 < 11.33). Flat bars, so every fill is at that bar's price.
const closes = [10, 10, 10, 9, 8, 9, 11, 12, 11, 9, 8, 8];

describe('smaCross', () => {
  it('buys on a cross up, then closes and sells short on the cross down', () => {
    const result = runBacktest(barsOf(closes.map(flat)), smaCross({ fast: 1, slow: 3 }), { finalizeTrades: true });
    // Long 909 at 11 (909 × 11 = 9999) out at 9; short floor(8181.99 / 9) = 909 at 9, out at 8.
    expect(result.trades.map((t) => [t.size, t.entryBar, t.exitBar, t.entryPrice, t.exitPrice, t.pnl])).toEqual([
      [909, 6, 9, 11, 9, -1818],
      [-909, 9, 11, 9, 8, 909],
    ]);
    expect(result.stats['Equity Final [$]']).toBe(10_000 - 1818 + 909);
    // Buy & Hold from the first defined SMA(3), bar 2: 10 → 8.
    expect(result.stats['Buy & Hold Return [%]']).toBe(-20);
  });

  it('does not trade while the averages only touch', () => {
    const result = runBacktest(barsOf([10, 10, 10, 10, 10, 10].map(flat)), smaCross({ fast: 1, slow: 3 }), { finalizeTrades: true });
    expect(result.trades).toEqual([]);
  });
});
