import { describe, expect, it } from 'vitest';
import { GOOG_CSV, hasGoog, randomWalkFile } from '../optimize/bar-file.test-support.js';
import { runCli } from '../run-cli.test-support.js';
import type { WalkForwardJson } from '../optimize/walk-forward-json.js';

const walkForward = (...args: string[]) => runCli('walk-forward', ...args);
const SWEEP = ['--strategy', 'sma-cross', '--grid', 'fast=5:20:5', '--grid', 'slow=20:60:10', '--where', 'fast<slow'];

async function json(...args: string[]): Promise<WalkForwardJson> {
  const run = await walkForward(...args, '--json');
  expect(run.error).toBeUndefined();
  return JSON.parse(run.stdout) as WalkForwardJson;
}

describe('goldensignals walk-forward on a generated file', () => {
  const file = randomWalkFile(950);

  it('explains the windows and the warm-up in its help', async () => {
    const run = await walkForward('--help');
    expect(run.stdout).toContain('Usage: goldensignals walk-forward [options] <file>');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain("A test run takes its indicator warm-up from the bars before the test window, so the strategy decides from the test window's first bar");
  });

  it('reports each rolling window and the aggregates as JSON', async () => {
    const result = await json(file, ...SWEEP, '--train', '300', '--test', '100', '--finalize-trades');
    expect([result.train, result.test, result.step, result.anchored, result.combinations, result.untestedBars]).toEqual([300, 100, 100, false, 19, 50]);
    expect(result.windows).toHaveLength(6);
    result.windows.forEach((window, k) => {
      expect(window.train).toMatchObject({ start: 100 * k, end: 300 + 100 * k });
      expect(window.test).toMatchObject({ start: 300 + 100 * k, end: 400 + 100 * k });
      expect(window.train.to < window.test.from).toBe(true);
      expect(window.outOfSample.stats.Start).toBe(window.test.from);
      expect(window.inSample.value).toBe(window.inSample.stats?.['Sharpe Ratio'] ?? null);
    });
    const { inSample, outOfSample, ratio } = result.aggregate;
    expect(outOfSample.Start).toBe(result.windows[0].test.from);
    expect(outOfSample['# Trades']).toBe(result.windows.reduce((sum, w) => sum + w.outOfSample.stats['# Trades'], 0));
    expect(ratio).toBeCloseTo((outOfSample['Sharpe Ratio'] ?? NaN) / (inSample['Sharpe Ratio'] ?? NaN), 12);
  });

  it('anchors the train windows at the first bar with --anchored and steps by --step', async () => {
    const result = await json(file, ...SWEEP, '--train', '300', '--test', '100', '--step', '200', '--anchored');
    expect(result.windows.map((w) => [w.train.start, w.train.end, w.test.start, w.test.end])).toEqual([
      [0, 300, 300, 400],
      [0, 500, 500, 600],
      [0, 700, 700, 800],
    ]);
  });

  it('prints the windows, then in-sample next to out-of-sample and their ratio', async () => {
    const run = await walkForward(file, ...SWEEP, '--train', '300', '--test', '100', '--maximize', 'Return [%]');
    expect(run.error).toBeUndefined();
    expect(run.stdout).toMatch(/^sma-cross: 6 walk-forward window\(s\), rolling, train 300 bars, test 100 bars, step 100; 19 combination\(s\) kept by "fast<slow", maximizing Return \[%\]/);
    expect(run.stdout).toMatch(/\n# {2}train {19}test {20}params +IS Return \[%\] {2}OOS Return \[%\] {2}OOS # Trades\n/);
    expect(run.stdout).toMatch(/\n1 {2}2020-01-01\.\.2020-10-26 {2}2020-10-27\.\.2021-02-03 {2}fast=\d+ slow=\d+/);
    expect(run.stdout).toContain('\nStatistic                 In-sample (mean of 6)  Out-of-sample (stitched)\n');
    expect(run.stdout).toMatch(/\nOOS\/IS ratio of Return \[%\]: -?\d+\.\d\d \(stitched out-of-sample over mean in-sample\); -?\d+\.\d\d \(mean per window\)\n/);
    expect(run.stdout).toContain('The last 50 bar(s) fill no whole test window and are not tested.');
  });

  it('says how many bars one window needs when the file is too short', async () => {
    const run = await walkForward(file, ...SWEEP, '--train', '900', '--test', '100');
    expect(run.error?.message).toBe(`${file}: the series has 950 bars; one walk-forward window needs train + test = 900 + 100 = 1000 bars`);
  });

  it('checks the window sizes', async () => {
    expect((await walkForward(file, ...SWEEP, '--train', '300', '--test', '100', '--step', '50')).error?.message).toContain('step must be an integer >= 100 bars, got 50');
    expect((await walkForward(file, ...SWEEP, '--train', '3e2', '--test', '100')).error?.message).toContain('train must be a whole number of bars, got "3e2"');
    expect((await walkForward(file, ...SWEEP, '--test', '100')).error?.message).toContain("required option '--train <bars>' not specified");
  });
});

describe.runIf(hasGoog())('goldensignals walk-forward on GOOG.csv', () => {
  it('runs the issue grid on 500/100 rolling windows: 16 windows, the last 48 bars untested', async () => {
    const result = await json(GOOG_CSV, '--strategy', 'sma-cross', '--grid', 'fast=5:30:5', '--grid', 'slow=10:70:5', '--where', 'fast<slow', '--train', '500', '--test', '100');
    expect(result.windows).toHaveLength(16);
    expect(result.untestedBars).toBe(48);
    expect(result.windows[0].test.from).toBe('2006-08-14T00:00:00.000Z');
    expect(result.windows[0].params).toEqual({ fast: 10, slow: 15 });
    expect(result.aggregate.outOfSample.End).toBe('2012-12-19T00:00:00.000Z');
  });
});
