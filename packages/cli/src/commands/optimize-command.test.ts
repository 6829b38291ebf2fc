import { describe, expect, it } from 'vitest';
import type { OptimizeJson } from '../optimize/optimize-json.js';
import { GOOG_CSV, hasGoog, randomWalkFile } from '../optimize/bar-file.test-support.js';
import { runCli } from '../run-cli.test-support.js';

const optimize = (...args: string[]) => runCli('optimize', ...args);
const ISSUE_GRID = ['--strategy', 'sma-cross', '--grid', 'fast=5:30:5', '--grid', 'slow=10:70:5'];

async function json(...args: string[]): Promise<OptimizeJson> {
  const run = await optimize(...args, '--json');
  expect(run.error).toBeUndefined();
  return JSON.parse(run.stdout) as OptimizeJson;
}

describe('goldensignals optimize on a generated file', () => {
  const file = randomWalkFile(600);

  it('documents the grid syntax, stop inclusive, in its help', async () => {
    const run = await optimize('--help');
    expect(run.stdout).toContain('Usage: goldensignals optimize [options] <file>');
    const text = run.stdout.replace(/\s+/g, ' '); // commander wraps to the terminal width
    expect(text).toContain('--grid <name=values> a parameter and its values, repeatable: name=start:stop:step (stop INCLUSIVE: fast=5:30:5 is 5,10,...,30)');
    expect(run.stdout).toContain('--finalize-trades');
  });

  it('prints the best parameters, their statistics and heatmap-ready results as JSON', async () => {
    const result = await json(file, ...ISSUE_GRID, '--where', 'fast<slow', '--maximize', 'Sharpe Ratio', '--commission', '0.002');
    expect(Object.keys(result)).toEqual(['strategy', 'maximize', 'where', 'params', 'combinations', 'evaluated', 'fastPath', 'best', 'results', 'heatmap']);
    expect([result.maximize, result.combinations, result.evaluated, result.fastPath]).toEqual(['Sharpe Ratio', 78, 63, true]);
    expect(result.params).toEqual(['fast', 'slow']);
    const values = result.results.map((r) => r.value ?? -Infinity);
    const best = result.results[values.indexOf(Math.max(...values))];
    expect(result.best?.params).toEqual(best.params);
    expect(result.best?.stats['Sharpe Ratio']).toBe(best.value);
    expect(result.best?.stats['Commissions [$]']).toBeGreaterThan(0);
    expect(result.heatmap?.x).toBe('fast');
    expect(result.heatmap?.xs).toEqual([5, 10, 15, 20, 25, 30]);
    expect(result.heatmap?.ys).toEqual([10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70]);
    expect(result.heatmap?.values[0]).toEqual([result.results[0].value, null, null, null, null, null]);
  });

  it('minimises, and writes undefined objectives as null', async () => {
    const result = await json(file, '--strategy', 'sma-cross', '--grid', 'fast=5,10', '--grid', 'slow=5,10', '--minimize', 'SQN');
    expect(result.minimize).toBe('SQN');
    expect(result.maximize).toBeUndefined();
    expect(result.results.map((r) => r.value === null)).toEqual([true, false, false, true]); // fast == slow never crosses
    expect(result.best?.params).toEqual(result.results.find((r) => r.value === Math.min(...result.results.flatMap((x) => (x.value === null ? [] : [x.value]))))?.params);
  });

  it('runs a strategy without parameters once, with the backtest options', async () => {
    const result = await json(file, '--strategy', 'buy-and-hold', '--maximize', 'Return [%]', '--finalize-trades', '--cash', '5000');
    expect(result.combinations).toBe(1);
    expect(result.results).toEqual([{ params: {}, value: result.best?.stats['Return [%]'] }]);
    expect(result.best?.stats['# Trades']).toBe(1);
    expect(result.heatmap).toBeUndefined();
  });

  it('prints a readable report: the search, the best statistics, the top runs and the heatmap', async () => {
    const run = await optimize(file, ...ISSUE_GRID, '--where', 'fast < slow');
    expect(run.error).toBeUndefined();
    expect(run.stdout).toMatch(/^sma-cross: 78 combination\(s\), 63 kept by "fast < slow", maximizing Sharpe Ratio \(vectorised fast path\)\n\nBest: fast=\d+ slow=\d+\n\nStart +2020-01-01 00:00:00\n/);
    expect(run.stdout).toMatch(/\nSharpe Ratio +-?\d+\.\d+\n/);
    expect(run.stdout).toContain('\nTop 10 by Sharpe Ratio:\n   1  fast=');
    expect(run.stdout).toMatch(/\nslow\\fast +5 +10 +15 +20 +25 +30\n10 +-?\d\.\d\d +\. +\. +\. +\. +\.\n/);
  });

  it('runs strategies without a fast path event-driven, such as one agent alone', async () => {
    const result = await json(file, '--strategy', 'agent:aroon', '--grid', 'size=0.5,1', '--maximize', 'Return [%]');
    expect(result.fastPath).toBe(false);
    expect(result.results.map((r) => r.params)).toEqual([{ size: 0.5 }, { size: 1 }]);
    expect(result.best?.params).toMatchObject({ size: expect.any(Number), short: 1 });
  });

  it('names the flag and the problem in usage errors', async () => {
    const cases: [string[], string][] = [
      [['--grid', 'fast=5:30'], `option '--grid <name=values>' argument 'fast=5:30' is invalid. grid "fast=5:30": a range is start:stop:step (stop inclusive), got 2 part(s)`],
      [['--maximize', 'Sharp Ratio'], 'cannot maximize "Sharp Ratio": no such statistic (did you mean "Sharpe Ratio"?)'],
      [['--minimize', 'Duration'], 'cannot minimize "Duration": it is a time or duration, not a number'],
      [['--maximize', 'SQN', '--minimize', 'SQN'], `option '--maximize <statistic>' cannot be used with option '--minimize <statistic>'`],
      [['--grid', 'fats=5'], 'strategy sma-cross has no parameter "fats"; its parameters are fast, slow'],
      [['--where', 'fast<<slow'], 'where "fast<<slow": expected a number, a parameter name or "(", got "<" at column 6'],
      [['--cash', 'lots'], "option '--cash <amount>' argument 'lots' is invalid. expected a number, got \"lots\""],
      [['--commission', '0.5'], 'commission must be >= -0.1 and < 0.1, got 0.5'],
    ];
    for (const [args, message] of cases) {
      const run = await optimize(file, '--strategy', 'sma-cross', ...args);
      expect(run.error?.message, args.join(' ')).toContain(message);
      expect(run.stdout).toBe('');
    }
    expect((await optimize(file, '--grid', 'fast=5')).error?.message).toContain("required option '--strategy <name>' not specified");
  });
});

describe.runIf(hasGoog())('goldensignals optimize on GOOG.csv (backtesting.py test data)', () => {
  it('sweeps the issue grid: 78 combinations, 63 with fast < slow, best SMA(10, 15) at Sharpe 0.789', async () => {
    const result = await json(GOOG_CSV, ...ISSUE_GRID, '--where', 'fast<slow', '--maximize', 'Sharpe Ratio');
    expect([result.combinations, result.evaluated]).toEqual([78, 63]);
    expect(result.best?.params).toEqual({ fast: 10, slow: 15 });
    expect(result.best?.stats['Sharpe Ratio']).toBeCloseTo(0.78917, 5);
    expect(result.best?.stats.Start).toBe('2004-08-19T00:00:00.000Z');
    expect(result.heatmap?.values.flat().filter((v) => v !== null)).toHaveLength(63);
  });

  it('prints the table', async () => {
    const run = await optimize(GOOG_CSV, ...ISSUE_GRID, '--where', 'fast<slow');
    expect(run.stdout).toContain('Best: fast=10 slow=15\n');
    expect(run.stdout).toMatch(/\nSharpe Ratio +0\.78917\n/);
  });
});
