import { describe, expect, it } from 'vitest';
import { runBacktest } from '../run/run-backtest.js';
import { barsOf, flat } from '../test/backtest-bars.test-support.js';
import { buyAndHold } from './buy-and-hold.js';

describe('buyAndHold', () => {
  it('buys with all the cash on the first tradable bar and holds to the end', () => {
    const result = runBacktest(barsOf([flat(100), flat(100), flat(120), flat(150)]), buyAndHold(), { finalizeTrades: true });
    // Decided on bar 1, filled at bar 2's open: floor(9999.99 / 120) = 83 units.
    expect(result.trades.map((t) => [t.size, t.entryBar, t.exitBar, t.entryPrice, t.exitPrice])).toEqual([[83, 2, 3, 120, 150]]);
    expect(result.stats['Exposure Time [%]']).toBe(50);
  });
});
