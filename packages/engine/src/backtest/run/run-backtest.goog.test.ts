import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBarsCsv } from '../../data/parse-bars-csv.js';
import type { BarSeries } from '../../series/bar-series.js';
import { hasSharedData, sharedDataPath } from '../../test-support/shared-data.test-support.js';
import { smaCross } from '../strategies/sma-cross.js';
import { runBacktest } from './run-backtest.js';

// backtesting.py's test data: daily GOOG, 2004-08-19 .. 2013-03-01, 2148 bars (SOURCE.md).
const GOOG = ['backtesting-py', 'GOOG.csv'] as const;

describe.skipIf(!hasSharedData(...GOOG))('SmaCross on GOOG.csv (backtesting.py test data)', () => {
  let goog: BarSeries;
  beforeAll(() => {
    const [bars] = parseBarsCsv(readFileSync(sharedDataPath(...GOOG), 'utf8'), { symbol: 'GOOG' }).symbols.values();
    goog = bars.series;
  });

  describe('SmaCross(10, 20), cash 10 000, commission 0.2 %, exclusive orders, finalized', () => {
    const options = { cash: 10_000, commission: 0.002, exclusiveOrders: true, finalizeTrades: true };
    const run = () => runBacktest(goog, smaCross({ fast: 10, slow: 20 }), options);

    it('spans the whole file', () => {
      const { stats } = run();
      expect(goog.length).toBe(2148);
      expect([stats.Start, stats.End, stats.Duration]).toEqual(['2004-08-19T00:00:00.000Z', '2013-03-01T00:00:00.000Z', '3116 days 00:00:00']);
    });

    it('closes the last trade at the Open of the last bar, 797.80 on 2013-03-01', () => {
      const last = run().trades.at(-1);
      expect([last?.exitBar, last?.exitPrice, last?.exitTime]).toEqual([2147, 797.8, '2013-03-01T00:00:00.000Z']);
    });

    it('is always in the market after the first cross, alternating long and short', () => {
      const { trades, warmup } = run();
      expect(warmup).toBe(19);
      for (let k = 1; k < trades.length; k++) {
        expect(Math.sign(trades[k].size)).toBe(-Math.sign(trades[k - 1].size));
        expect(trades[k].entryBar).toBe(trades[k - 1].exitBar);
      }
    });

    it('charges 0.2 % of the traded value at entry and at exit', () => {
      for (const trade of run().trades) {
        expect(trade.commission).toBeCloseTo(0.002 * Math.abs(trade.size) * (trade.entryPrice + trade.exitPrice), 9);
      }
    });

    it('adds up: final equity = cash + the trades PnL, commissions and returns agree', () => {
      const { stats, trades, equity } = run();
      const pnl = trades.reduce((sum, t) => sum + t.pnl, 0);
      expect(stats['Equity Final [$]']).toBeCloseTo(10_000 + pnl, 6);
      expect(stats['Equity Final [$]']).toBe(equity.equity[2147]);
      expect(stats['Commissions [$]']).toBeCloseTo(trades.reduce((sum, t) => sum + t.commission, 0), 9);
      expect(stats['Return [%]']).toBeCloseTo((stats['Equity Final [$]'] / 10_000 - 1) * 100, 9);
      expect(stats['Equity Peak [$]']).toBe(Math.max(...equity.equity));
      expect(stats['# Trades']).toBe(trades.length);
      expect(stats['Win Rate [%]']).toBeCloseTo((trades.filter((t) => t.pnl > 0).length / trades.length) * 100, 12);
      const firstEntry = trades[0].entryBar;
      expect(stats['Exposure Time [%]']).toBeCloseTo(((2147 - firstEntry + 1) / 2148) * 100, 12);
      expect(stats['Buy & Hold Return [%]']).toBeCloseTo(((806.19 - goog.close[19]) / goog.close[19]) * 100, 12);
      expect(stats['Max. Drawdown [%]']).toBeCloseTo(-Math.max(...equity.drawdownPct) * 100, 12);
    });
  });

  describe('SmaCross(10, 30), defaults, finalized: backtesting.py’s own reference run', () => {
    const run = () => runBacktest(goog, smaCross({ fast: 10, slow: 30 }), { finalizeTrades: true });

    it('measures Buy & Hold from the SMA(30) warm-up: C[29] = 129.60 gives 522.06 %', () => {
      const { stats, warmup } = run();
      expect(warmup).toBe(29);
      expect(goog.close[29]).toBe(129.6);
      expect(stats['Buy & Hold Return [%]']).toBeCloseTo(522.0601851851852, 10);
    });

    it('reproduces the figures backtesting.py publishes for this run (those the conventions doc leaves unchanged)', () => {
      const { stats } = run();
      // From backtesting.py's documentation and test suite (Backtest.run example, test_compute_stats).
      expect(stats['Equity Final [$]']).toBeCloseTo(51_422.99, 6);
      expect(stats['Equity Peak [$]']).toBeCloseTo(75_787.44, 6);
      expect(stats['Return [%]']).toBeCloseTo(414.2299, 6);
      expect(stats['Exposure Time [%]']).toBeCloseTo(96.74115456238361, 10);
      expect(stats['# Trades']).toBe(66);
      expect(stats['Win Rate [%]']).toBeCloseTo(46.96969696969697, 10);
      expect(stats['Best Trade [%]']).toBeCloseTo(53.59595229490424, 10);
      expect(stats['Worst Trade [%]']).toBeCloseTo(-18.39887353835481, 10);
      expect(stats['Avg. Trade [%]']).toBeCloseTo(2.531715975158555, 10);
      expect(stats['Expectancy [%]']).toBeCloseTo(3.2748078066748834, 10);
      expect(stats['Profit Factor']).toBeCloseTo(2.167945974262033, 10);
      expect(stats.SQN).toBeCloseTo(1.0766187356697705, 10);
      expect(stats['Kelly Criterion']).toBeCloseTo(0.1518705127029717, 10);
      expect(stats['Max. Drawdown [%]']).toBeCloseTo(-47.98012705007589, 10);
      expect(stats['Avg. Drawdown [%]']).toBeCloseTo(-5.925851581948801, 10);
      expect(stats['Max. Drawdown Duration']).toBe('584 days 00:00:00');
      expect(stats['Avg. Drawdown Duration']).toBe('41 days 00:00:00');
      expect(stats['Max. Trade Duration']).toBe('183 days 00:00:00');
      expect(stats['Avg. Trade Duration']).toBe('46 days 00:00:00');
      expect(stats.Beta).toBeCloseTo(0.03803390709192, 12);
      expect(stats['Alpha [%]']).toBeCloseTo(394.37391142027462, 8);
    });
  });
});
