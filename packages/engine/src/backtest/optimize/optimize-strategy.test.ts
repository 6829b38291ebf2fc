import { describe, expect, it } from 'vitest';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { runBacktest } from '../run/run-backtest.js';
import { BUILT_IN_STRATEGIES } from '../strategies/built-in-strategies.js';
import { smaCross } from '../strategies/sma-cross.js';
import type { StrategyDefinition } from '../strategies/strategy-definition.js';
import { parseGridSpec } from './grid/parse-grid-spec.js';
import { optimizeStrategy } from './optimize-strategy.js';

const series = randomWalkBars({ length: 800, seed: 11, volatility: 0.02 });
const grid = [parseGridSpec('fast=5:30:5'), parseGridSpec('slow=10:70:5')];
const options = { commission: 0.002, finalizeTrades: true };

describe('optimizeStrategy', () => {
  it('picks the combination with the highest objective, as full event-driven runs rank them', () => {
    const result = optimizeStrategy(series, { strategy: 'sma-cross', grid, objective: { stat: 'Sharpe Ratio', goal: 'maximize' }, options });
    expect(result.fastPath).toBe(true);
    expect(result.combinations).toBe(78);
    expect(result.evaluated).toBe(78);
    let bestValue = -Infinity;
    let bestParams = {};
    for (let fast = 5; fast <= 30; fast += 5) {
      for (let slow = 10; slow <= 70; slow += 5) {
        const value = runBacktest(series, smaCross({ fast, slow }), options).stats['Sharpe Ratio'];
        const row = result.results.find((r) => r.params.fast === fast && r.params.slow === slow);
        expect(row?.value ?? NaN).toEqual(value);
        if (value > bestValue) {
          bestValue = value;
          bestParams = { fast, slow };
        }
      }
    }
    expect(result.best?.params).toEqual(bestParams);
    expect(result.best?.value).toBe(bestValue);
    expect(result.best?.stats).toEqual(runBacktest(series, smaCross(result.best?.params as { fast: number; slow: number }), options).stats);
  });

  it('minimises too, and gives the same results with the fast path turned off', () => {
    const request = { strategy: 'sma-cross', grid, where: 'fast < slow', objective: { stat: 'Max. Drawdown [%]', goal: 'minimize' }, options } as const;
    const fast = optimizeStrategy(series, request);
    const slow = optimizeStrategy(series, { ...request, fastPath: false });
    expect(slow.fastPath).toBe(false);
    expect(fast.results).toEqual(slow.results);
    expect(fast.best).toEqual(slow.best);
    const values = fast.results.flatMap((r) => (r.value === null ? [] : [r.value]));
    expect(fast.best?.value).toBe(Math.min(...values));
  });

  it('runs only the combinations --where keeps: 63 of the 78 with fast < slow', () => {
    const progress: number[] = [];
    const result = optimizeStrategy(series, {
      strategy: 'sma-cross',
      grid,
      where: 'fast<slow',
      objective: { stat: 'Return [%]', goal: 'maximize' },
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(result.evaluated).toBe(63);
    expect(result.results.every((r) => r.params.fast < r.params.slow)).toBe(true);
    expect(progress).toHaveLength(63);
    expect(progress.at(-1)).toBe(1);
    const heatmap = result.heatmap;
    expect(heatmap?.xs).toEqual([5, 10, 15, 20, 25, 30]);
    expect(heatmap?.ys).toHaveLength(13);
    expect(heatmap?.values[0]).toEqual([result.results[0].value, null, null, null, null, null]); // slow = 10
    expect(heatmap?.values[12][5]).toBe(result.results.at(-1)?.value); // fast 30, slow 70
  });

  it('never lets an undefined objective win, and reports no best when none is defined', () => {
    // SQN needs two trades; SMA periods equal to each other never cross.
    const none = optimizeStrategy(series, { strategy: 'sma-cross', grid: [parseGridSpec('fast=5,10'), parseGridSpec('slow=5,10')], where: 'fast == slow', objective: { stat: 'SQN', goal: 'maximize' } });
    expect(none.results.map((r) => r.value)).toEqual([null, null]);
    expect(none.best).toBeNull();
    const some = optimizeStrategy(series, { strategy: 'sma-cross', grid: [parseGridSpec('fast=10'), parseGridSpec('slow=10,30')], objective: { stat: 'SQN', goal: 'minimize' } });
    expect(some.results[0].value).toBeNull();
    expect(some.best?.params).toEqual({ fast: 10, slow: 30 });
  });

  it('breaks ties in favour of the earlier combination in grid order', () => {
    // Without commission every combination's Commissions [$] is 0.
    const result = optimizeStrategy(series, { strategy: 'sma-cross', grid, objective: { stat: 'Commissions [$]', goal: 'maximize' } });
    expect(new Set(result.results.map((r) => r.value))).toEqual(new Set([0]));
    expect(result.best?.params).toEqual({ fast: 5, slow: 10 });
  });

  it('keeps the unswept parameters at their defaults and reports them in the best set', () => {
    const result = optimizeStrategy(series, { strategy: 'sma-cross', grid: [parseGridSpec('fast=3,5')], objective: { stat: 'Return [%]', goal: 'maximize' } });
    expect(result.params).toEqual(['fast']);
    expect(result.results.map((r) => r.params)).toEqual([{ fast: 3 }, { fast: 5 }]);
    expect(result.best?.params.slow).toBe(20);
    expect(result.heatmap).toBeNull();
  });

  it('runs strategies without a fast path event-driven, including a user sma-cross', () => {
    const mine: StrategyDefinition = { ...BUILT_IN_STRATEGIES[0], description: 'my own' };
    const definitions = [mine];
    const result = optimizeStrategy(series, { strategy: 'sma-cross', grid: [parseGridSpec('fast=5,10')], objective: { stat: 'Return [%]', goal: 'maximize' }, definitions });
    expect(result.fastPath).toBe(false);
    const builtIn = optimizeStrategy(series, { strategy: 'sma-cross', grid: [parseGridSpec('fast=5,10')], objective: { stat: 'Return [%]', goal: 'maximize' } });
    expect(result.results).toEqual(builtIn.results);
  });

  it('checks the request before running anything', () => {
    const objective = { stat: 'Sharpe Ratio', goal: 'maximize' } as const;
    expect(() => optimizeStrategy(series, { strategy: 'sma', grid, objective })).toThrow('unknown strategy "sma"; expected one of sma-cross, buy-and-hold');
    expect(() => optimizeStrategy(series, { strategy: 'sma-cross', grid: [parseGridSpec('fats=5')], objective })).toThrow(
      'strategy sma-cross has no parameter "fats"; its parameters are fast, slow',
    );
    expect(() => optimizeStrategy(series, { strategy: 'sma-cross', grid: [parseGridSpec('fast=0:10:5')], objective })).toThrow(
      'strategy sma-cross: parameter fast must be an integer >= 1, got "0"',
    );
    expect(() => optimizeStrategy(series, { strategy: 'sma-cross', grid, where: 'fast < slwo', objective })).toThrow('unknown parameter "slwo" at column 8');
    expect(() => optimizeStrategy(series, { strategy: 'sma-cross', grid, where: 'fast > 100', objective })).toThrow('where "fast > 100": none of the 78 combinations passes');
    expect(() => optimizeStrategy(series, { strategy: 'sma-cross', grid, objective, options: { cash: -1 } })).toThrow('cash must be > 0, got -1');
  });
});
