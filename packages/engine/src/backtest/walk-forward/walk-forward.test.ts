import { describe, expect, it } from 'vitest';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { BUILT_IN_STRATEGIES } from '../strategies/built-in-strategies.js';
import type { StrategyDefinition } from '../strategies/strategy-definition.js';
import { parseGridSpec } from '../optimize/grid/parse-grid-spec.js';
import { optimizeStrategy } from '../optimize/optimize-strategy.js';
import { walkForward, type WalkForwardRequest } from './walk-forward.js';

const series = randomWalkBars({ length: 1250, seed: 5, volatility: 0.02 });
const request: WalkForwardRequest = {
  strategy: 'sma-cross',
  grid: [parseGridSpec('fast=5:20:5'), parseGridSpec('slow=20:60:10')],
  where: 'fast < slow',
  objective: { stat: 'Sharpe Ratio', goal: 'maximize' },
  options: { commission: 0.001, finalizeTrades: true },
  train: 400,
  test: 100,
};

describe('walkForward', () => {
  const result = walkForward(series, request);

  it('lays out rolling windows and leaves the bars after the last whole test window untested', () => {
    expect(result.windows).toHaveLength(8);
    expect(result.windows.map((w) => [w.trainStart, w.trainEnd, w.testStart, w.testEnd])[7]).toEqual([700, 1100, 1100, 1200]);
    expect(result.untestedBars).toBe(50);
    expect(result.combinations).toBe(19); // 4 × 5, less fast = slow = 20
    expect(result.fastPath).toBe(true);
    expect(result.windows[0].testFrom).toBe(new Date(series.time[400]).toISOString());
  });

  it('chooses on each window exactly what optimising its train bars alone chooses', () => {
    for (const window of result.windows) {
      const alone = optimizeStrategy(series.slice(window.trainStart, window.trainEnd), request);
      expect(window.params).toEqual(alone.best?.params);
      expect(window.inSample.value).toBe(alone.best?.value);
      expect(window.inSample.stats).toEqual(alone.best?.stats);
    }
  });

  it('gives the same windows and aggregates event-driven', () => {
    const slow = walkForward(series, { ...request, fastPath: false });
    expect(slow.fastPath).toBe(false);
    expect(slow.windows).toEqual(result.windows);
    expect(slow.outOfSample).toEqual(result.outOfSample);
    expect(slow.inSample).toEqual(result.inSample);
  });

  it('stitches the test windows into one out-of-sample run and compares it with the in-sample mean', () => {
    const oos = result.outOfSample;
    expect(oos.Start).toBe(result.windows[0].testFrom);
    expect(oos.End).toBe(result.windows[7].testTo);
    expect(oos['# Trades']).toBe(result.windows.reduce((sum, w) => sum + w.outOfSample.stats['# Trades'], 0));
    const growth = result.windows.reduce((product, w) => product * (w.outOfSample.stats['Equity Final [$]'] / 10_000), 1);
    expect(oos['Equity Final [$]']).toBeCloseTo(10_000 * growth, 6);
    const meanSharpe = result.windows.reduce((sum, w) => sum + (w.inSample.value ?? 0), 0) / 8;
    expect(result.inSample['Sharpe Ratio']).toBeCloseTo(meanSharpe, 12);
    expect(result.ratio).toBeCloseTo(oos['Sharpe Ratio'] / meanSharpe, 12);
    const meanOos = result.windows.reduce((sum, w) => sum + (w.outOfSample.value ?? 0), 0) / 8;
    expect(result.windowRatio).toBeCloseTo(meanOos / meanSharpe, 12);
  });

  it('anchors every train window at the first bar', () => {
    const anchored = walkForward(series, { ...request, anchored: true, step: 200 });
    expect(anchored.anchored).toBe(true);
    expect(anchored.windows.map((w) => [w.trainStart, w.trainEnd, w.testStart, w.testEnd])).toEqual([
      [0, 400, 400, 500],
      [0, 600, 600, 700],
      [0, 800, 800, 900],
      [0, 1000, 1000, 1100],
    ]);
    const last = anchored.windows[3];
    expect(last.params).toEqual(optimizeStrategy(series.slice(0, 1000), request).best?.params);
  });

  it('trades from the first bars of each test window, warmed up by the bars before it', () => {
    // buy-and-hold buys on the test window's first bar, fills at the next open, and is closed at the last open.
    const hold = walkForward(series, { ...request, strategy: 'buy-and-hold', grid: [], where: undefined, options: { finalizeTrades: true } });
    for (const window of hold.windows) {
      const entry = series.open[window.testStart + 1];
      const exit = series.open[window.testEnd - 1];
      const units = Math.floor(10_000 / entry);
      const stats = window.outOfSample.stats;
      expect(stats['# Trades']).toBe(1);
      expect(stats['Exposure Time [%]']).toBeCloseTo(99, 12);
      expect(stats['Equity Final [$]']).toBeCloseTo(10_000 + units * (exit - entry), 9);
    }
  });

  it('never shows a test bar to the optimiser, and lets the strategy decide from the test window’s first bar', () => {
    const seen: { first: number; last: number; firstDecision: number }[] = [];
    const spy: StrategyDefinition = {
      name: 'spy',
      description: 'records what it sees',
      params: [{ name: 'k', description: 'unused', type: 'integer', min: 1, default: 1 }],
      create: () => {
        const log = { first: NaN, last: NaN, firstDecision: NaN };
        seen.push(log);
        return {
          init(ctx) {
            log.first = ctx.series.time[0];
            log.last = ctx.series.time[ctx.series.length - 1];
          },
          next(bar) {
            if (Number.isNaN(log.firstDecision)) log.firstDecision = bar.time;
          },
        };
      },
    };
    const run = walkForward(series, {
      strategy: 'spy',
      grid: [parseGridSpec('k=1,2,3')],
      objective: { stat: 'Equity Final [$]', goal: 'maximize' },
      definitions: [...BUILT_IN_STRATEGIES, spy],
      train: 300,
      test: 200,
    });
    expect(run.fastPath).toBe(false);
    expect(seen).toHaveLength(run.windows.length * 4);
    run.windows.forEach((window, k) => {
      const [train1, train2, train3, test] = seen.slice(4 * k, 4 * k + 4);
      for (const train of [train1, train2, train3]) {
        expect(train.first).toBe(series.time[window.trainStart]);
        expect(train.last).toBe(series.time[window.trainEnd - 1]);
        expect(train.last).toBeLessThan(series.time[window.testStart]);
      }
      expect(test.last).toBe(series.time[window.testEnd - 1]);
      expect(test.firstDecision).toBe(series.time[window.testStart]);
    });
  });

  it('says how many bars one window needs when the series is too short', () => {
    expect(() => walkForward(series.slice(0, 450), request)).toThrow('the series has 450 bars; one walk-forward window needs train + test = 400 + 100 = 500 bars');
  });
});
