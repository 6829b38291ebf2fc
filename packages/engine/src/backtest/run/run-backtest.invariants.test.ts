import { describe, expect, it } from 'vitest';
import { createSeededRandom, type SeededRandom } from '../../random/seeded-random.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import type { BacktestOptions } from '../options/backtest-options.js';
import type { Strategy, StrategyContext } from '../strategy/strategy.js';
import { BACKTEST_STAT_NAMES } from '../statistics/backtest-stats.js';
import { runBacktest } from './run-backtest.js';

/** Random orders of every kind: market, limit, stop, stop-limit, with SL/TP, partial closes, moved stops, cancels. */
function randomTrader(random: SeededRandom, lastBar: number): Strategy {
  const pick = (low: number, high: number) => low + (high - low) * random.next();
  const order = (ctx: StrategyContext) => {
    const close = ctx.bars.close();
    const long = random.next() < 0.5;
    const size = random.next() < 0.5 ? pick(0.05, 0.95) : 1 + Math.floor(pick(0, 5));
    const type = random.next();
    const limit = type < 0.25 ? close * (long ? pick(0.97, 0.999) : pick(1.001, 1.03)) : undefined;
    const stop = type > 0.75 ? close * (long ? pick(1.001, 1.03) : pick(0.97, 0.999)) : undefined;
    const entry = limit ?? stop ?? close;
    const sl = random.next() < 0.4 ? entry * (long ? pick(0.9, 0.98) : pick(1.02, 1.1)) : undefined;
    const tp = random.next() < 0.4 ? entry * (long ? pick(1.02, 1.1) : pick(0.9, 0.98)) : undefined;
    const request = { size, limit, stop, sl, tp };
    if (long) ctx.buy(request);
    else ctx.sell(request);
  };
  return {
    next(_bar, ctx) {
      if (ctx.index === lastBar) {
        // Nothing may open during the finalizing pass, so every trade ends closed.
        for (const pending of [...ctx.orders]) if (!pending.isContingent) pending.cancel();
        return;
      }
      const action = random.next();
      if (action < 0.25) order(ctx);
      else if (action < 0.3) ctx.close(pick(0.1, 1));
      else if (action < 0.33 && ctx.trades.length > 0) {
        const trade = ctx.trades[0];
        trade.setStopLoss(trade.isLong ? ctx.bars.close() * 0.95 : ctx.bars.close() * 1.05);
      } else if (action < 0.35 && ctx.orders.length > 0) ctx.orders[ctx.orders.length - 1].cancel();
    },
  };
}

describe('runBacktest invariants under random orders', () => {
  it('keeps the books balanced: final equity = cash + Σ PnL, trades consistent, drawdowns in [0, 1]', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = createSeededRandom(seed);
      const series = randomWalkBars({ length: 150, seed, volatility: 0.03 });
      const options: BacktestOptions = {
        cash: 10_000,
        // No fixed part: a partly closed trade books the fixed entry fee on every part (see costs test).
        commission: random.next() * 0.005,
        spread: random.next() < 0.5 ? 0 : random.next() * 0.002,
        margin: random.next() < 0.7 ? 1 : 0.2 + random.next() * 0.8,
        tradeOnClose: random.next() < 0.3,
        exclusiveOrders: random.next() < 0.3,
        fractional: random.next() < 0.3,
        finalizeTrades: true,
      };
      const label = `seed ${seed} ${JSON.stringify(options)}`;
      const result = runBacktest(series, randomTrader(random, series.length - 1), options);
      const { stats, trades, equity } = result;
      expect(Object.keys(stats).filter((k) => k !== 'Commissions [$]'), label).toEqual(BACKTEST_STAT_NAMES.filter((k) => k !== 'Commissions [$]'));
      const brokeDown = result.warnings.some((w) => w.startsWith('the equity fell to 0'));
      const pnl = trades.reduce((sum, t) => sum + t.pnl, 0);
      if (brokeDown) expect(stats['Equity Final [$]'], label).toBe(0);
      else expect(stats['Equity Final [$]'], label).toBeCloseTo(10_000 + pnl, 6);
      for (const trade of trades) {
        // With tradeOnClose the finalizing pass fills at the previous bar's close (see the exits test).
        expect(trade.exitBar, label).toBeGreaterThanOrEqual(trade.entryBar - (options.tradeOnClose ? 1 : 0));
        expect(trade.commission, label).toBeGreaterThanOrEqual(0);
        expect(trade.pnl, label).toBeCloseTo(trade.size * (trade.exitPrice - trade.entryPrice) - trade.commission, 6);
        if (!options.fractional) expect(Number.isInteger(trade.size), label).toBe(true);
      }
      for (let k = 0; k < series.length; k++) {
        expect(equity.equity[k], label).toBeGreaterThanOrEqual(0);
        expect(equity.drawdownPct[k] >= 0 && equity.drawdownPct[k] <= 1, label).toBe(true);
      }
    }
  });
});
