import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BacktestOptions } from '../../backtest/options/backtest-options.js';
import { runBacktest } from '../../backtest/run/run-backtest.js';
import { consensusStrategy } from '../../backtest/strategies/consensus-strategy.js';
import { smaCross } from '../../backtest/strategies/sma-cross.js';
import { parseBarsCsv } from '../../data/parse-bars-csv.js';
import type { BarSeries } from '../../series/bar-series.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { hasSharedData, sharedDataPath } from '../../test-support/shared-data.test-support.js';
import { roundCents } from '../money/round-cents.js';
import { paperRunConsensus, paperRunStrategy, withoutSymbol } from './replay.test-support.js';

const OPTION_SETS: readonly (readonly [string, Omit<BacktestOptions, 'finalizeTrades'>])[] = [
  ['defaults', {}],
  ['commission 0.2 %, exclusive orders', { commission: 0.002, exclusiveOrders: true }],
  ['spread 10 bps, fixed + relative commission, trade on close', { spread: 0.001, commission: { fixed: 1, relative: 0.001 }, tradeOnClose: true }],
  ['2× margin, fractional units', { margin: 0.5, fractional: true, cash: 1_000 }],
];

/** The last `n` bars, as the replay the issue asks for. */
const lastBars = (series: BarSeries, n: number): BarSeries => series.slice(series.length - n);

function expectSameAsBacktest(series: BarSeries, backtestTrades: ReturnType<typeof runBacktest>, paper: ReturnType<typeof paperRunStrategy>): void {
  expect(withoutSymbol(paper.trades)).toEqual(backtestTrades.trades);
  expect(paper.account.equity).toBe(roundCents(backtestTrades.equity.equity[series.length - 1]));
}

describe('paper replay of the last N bars of a generated series', () => {
  const series = lastBars(randomWalkBars({ length: 1500, seed: 11, volatility: 0.02 }), 800);

  for (const [label, options] of OPTION_SETS) {
    it(`makes exactly the trades of runBacktest for sma-cross(10, 20) with ${label}`, () => {
      const backtest = runBacktest(series, smaCross({ fast: 10, slow: 20 }), options);
      const paper = paperRunStrategy(series, smaCross({ fast: 10, slow: 20 }), options);
      expect(backtest.trades.length).toBeGreaterThan(10);
      expectSameAsBacktest(series, backtest, paper);
    });
  }

  for (const [label, options] of OPTION_SETS.slice(0, 3)) {
    it(`makes exactly the trades of runBacktest for consensus, followed signal by signal, with ${label}`, () => {
      const backtest = runBacktest(series, consensusStrategy(), options);
      const paper = paperRunConsensus(series, options);
      expect(backtest.trades.length).toBeGreaterThan(5);
      expectSameAsBacktest(series, backtest, paper);
      expect(paper.refusals.filter((r) => !r.reason.startsWith('first bar'))).toEqual([]);
    });
  }
});

const GOOG = ['backtesting-py', 'GOOG.csv'] as const;

describe.skipIf(!hasSharedData(...GOOG))('paper replay of the last 1000 bars of GOOG.csv', () => {
  let goog: BarSeries;
  beforeAll(() => {
    const [bars] = parseBarsCsv(readFileSync(sharedDataPath(...GOOG), 'utf8'), { symbol: 'GOOG' }).symbols.values();
    goog = lastBars(bars.series, 1000);
  });

  it('makes exactly the trades of runBacktest for sma-cross(10, 20), commission 0.2 %, exclusive orders', () => {
    const options = { commission: 0.002, exclusiveOrders: true };
    const backtest = runBacktest(goog, smaCross({ fast: 10, slow: 20 }), options);
    expect(backtest.trades.length).toBeGreaterThan(20);
    expectSameAsBacktest(goog, backtest, paperRunStrategy(goog, smaCross({ fast: 10, slow: 20 }), options));
  });

  it('makes exactly the trades of runBacktest for consensus followed signal by signal', () => {
    const backtest = runBacktest(goog, consensusStrategy(), {});
    expect(backtest.trades.length).toBeGreaterThan(5);
    expectSameAsBacktest(goog, backtest, paperRunConsensus(goog));
  });
});
