import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBarsCsv } from '../../../data/parse-bars-csv.js';
import { randomWalkBars } from '../../../series/random-walk-bars.js';
import type { BarSeries } from '../../../series/bar-series.js';
import { hasSharedData, sharedDataPath } from '../../../test-support/shared-data.test-support.js';
import type { BacktestOptions } from '../../options/backtest-options.js';
import { BUILT_IN_STRATEGIES } from '../../strategies/built-in-strategies.js';
import { crossover } from '../../strategies/crossover.js';
import { namedIndicator } from '../../strategy/named-indicator.js';
import { BUY_AND_HOLD_FAST } from '../fast/buy-and-hold-fast.js';
import { SMA_CROSS_FAST } from '../fast/sma-cross-fast.js';
import type { ParamSet } from '../grid/param-set.js';
import { EventDrivenRunner } from './event-driven-runner.js';
import { FastRunner } from './fast-runner.js';
import type { WindowRun } from './window-run.js';

const OPTIONS: readonly BacktestOptions[] = [
  {},
  { commission: 0.002 },
  { commission: { fixed: 3, relative: 0.001 } },
  { spread: 0.001 },
  { exclusiveOrders: true },
  { finalizeTrades: true },
  { tradeOnClose: true },
  { tradeOnClose: true, finalizeTrades: true },
  { cash: 1_000_000, commission: 0.002, spread: 0.0005, exclusiveOrders: true, finalizeTrades: true },
  { fractional: true, commission: 0.001, finalizeTrades: true },
  { cash: 120, commission: { fixed: 5, relative: 0 } },
];

const SMA_PARAMS: readonly ParamSet[] = [
  { fast: 5, slow: 20 },
  { fast: 10, slow: 30 },
  { fast: 3, slow: 7 },
  { fast: 20, slow: 10 },
  { fast: 15, slow: 15 },
  { fast: 5, slow: 5000 },
];

type Name = 'sma-cross' | 'buy-and-hold';

/** Compares a fast-path run with the event-driven one value for value (NaN equals NaN). */
function compare(series: BarSeries, strategy: Name, params: ParamSet, options: BacktestOptions, from = 0, to = series.length): WindowRun {
  const fast = new FastRunner(series, strategy === 'sma-cross' ? SMA_CROSS_FAST : BUY_AND_HOLD_FAST, options);
  const event = new EventDrivenRunner(series, strategy, options, BUILT_IN_STRATEGIES);
  const label = `${strategy} ${JSON.stringify(params)} ${JSON.stringify(options)} [${from}, ${to})`;
  const run = fast.run(params, from, to);
  const reference = event.run(params, from, to);
  expect(run.stats, label).toEqual(reference.stats);
  expect(Array.from(run.equity), label).toEqual(Array.from(reference.equity));
  const fields = (r: WindowRun) => r.trades.map(({ entryBar, exitBar, pnl, returnPct, commission }) => ({ entryBar, exitBar, pnl, returnPct, commission }));
  expect(fields(run), label).toEqual(fields(reference));
  expect(fast.stats(params, from, to), label).toEqual(run.stats);
  return run;
}

describe('FastRunner gives exactly the event-driven statistics, equity and trades', () => {
  const walk = randomWalkBars({ length: 700, seed: 7, volatility: 0.02 });

  it('for sma-cross over several parameter sets and every option combination', () => {
    let trades = 0;
    for (const options of OPTIONS) {
      for (const params of SMA_PARAMS) trades += compare(walk, 'sma-cross', params, options).trades.length;
    }
    expect(trades).toBeGreaterThan(500);
  });

  it('for buy-and-hold under every option combination', () => {
    for (const options of OPTIONS) compare(walk, 'buy-and-hold', {}, options);
  });

  it('when the account cannot afford one unit (orders canceled for margin)', () => {
    const run = compare(walk, 'sma-cross', { fast: 5, slow: 20 }, { cash: 25 });
    expect(run.trades).toHaveLength(0);
    expect(run.stats['Equity Final [$]']).toBe(25);
  });

  it('when leverage wipes the account out and the run stops', () => {
    const stopped = [0.01, 0.02, 0.05].map((margin) => compare(walk, 'sma-cross', { fast: 3, slow: 7 }, { margin, finalizeTrades: true }));
    expect(stopped.some((run) => run.equity.at(-1) === 0)).toBe(true);
  });

  it('when a cross falls on the last bar and finalize opens a trade in the final pass', () => {
    const fast = namedIndicator(walk, 'sma', 3);
    const slow = namedIndicator(walk, 'sma', 7);
    const last = Array.from({ length: walk.length }, (_, i) => i).filter((i) => i > 100 && (crossover(fast, slow, i) || crossover(slow, fast, i)));
    expect(last.length).toBeGreaterThan(3);
    for (const end of last.slice(0, 4)) {
      for (const tradeOnClose of [false, true]) compare(walk, 'sma-cross', { fast: 3, slow: 7 }, { finalizeTrades: true, tradeOnClose }, 0, end + 1);
    }
  });

  it('over windows that take their warm-up from the bars before them', () => {
    for (const [from, to] of [
      [300, 400],
      [25, 90],
      [5, 60],
      [650, 700],
    ]) {
      for (const options of [{}, { finalizeTrades: true, commission: 0.002 }, { tradeOnClose: true }]) {
        const run = compare(walk, 'sma-cross', { fast: 10, slow: 30 }, options, from, to);
        expect(run.equity).toHaveLength(to - from);
        expect(run.equity[0]).toBe(10_000);
        for (const trade of run.trades) expect(trade.entryBar).toBeGreaterThanOrEqual(0);
        compare(walk, 'buy-and-hold', {}, options, from, to);
      }
    }
  });

  it('refuses windows outside the series, event-driven too', () => {
    const fast = new FastRunner(walk, SMA_CROSS_FAST, {});
    const event = new EventDrivenRunner(walk, 'sma-cross', {}, BUILT_IN_STRATEGIES);
    for (const runner of [fast, event]) {
      expect(() => runner.stats({ fast: 5, slow: 20 }, 50, 50)).toThrow("run window [50, 50) is not a non-empty range inside the series' 700 bars");
      expect(() => runner.stats({ fast: 5, slow: 20 }, 0, 701)).toThrow(RangeError);
    }
  });

  it('on a window too short for the slow SMA', () => {
    compare(walk, 'sma-cross', { fast: 5, slow: 60 }, {}, 0, 40);
    compare(walk, 'sma-cross', { fast: 5, slow: 60 }, { finalizeTrades: true }, 10, 40);
  });
});

const GOOG = ['backtesting-py', 'GOOG.csv'] as const;

describe.skipIf(!hasSharedData(...GOOG))('FastRunner on GOOG.csv', () => {
  // Read in beforeAll, not while collecting: a skipped block's body still runs at collection.
  let goog: BarSeries;
  beforeAll(() => {
    const [bars] = parseBarsCsv(readFileSync(sharedDataPath(...GOOG), 'utf8'), { symbol: 'GOOG' }).symbols.values();
    goog = bars.series;
  });

  it('matches the event-driven runs of the issue grid corners under the GOOG test options', () => {
    const options = [{}, { cash: 10_000, commission: 0.002, exclusiveOrders: true, finalizeTrades: true }, { spread: 0.0002, tradeOnClose: true }];
    for (const option of options) {
      for (const params of [{ fast: 10, slow: 20 }, { fast: 10, slow: 30 }, { fast: 5, slow: 70 }, { fast: 30, slow: 10 }]) compare(goog, 'sma-cross', params, option);
    }
  });

  it('reproduces backtesting.py’s reference SmaCross(10, 30) run: final equity 51 422.99', () => {
    const run = compare(goog, 'sma-cross', { fast: 10, slow: 30 }, { finalizeTrades: true });
    expect(run.stats['Equity Final [$]']).toBeCloseTo(51_422.99, 6);
  });
});
