import { isoTime } from '../../signal/iso-time.js';
import type { BarSeries } from '../../series/bar-series.js';
import { resolveBacktestOptions } from '../options/resolve-backtest-options.js';
import type { BacktestStats } from '../statistics/backtest-stats.js';
import { computeStats } from '../statistics/compute-stats.js';
import { objectiveValue } from '../optimize/objective/objective-value.js';
import type { OptimizeRequest } from '../optimize/optimize-strategy.js';
import { createRunner } from '../optimize/run/create-runner.js';
import { runSweep } from '../optimize/sweep/run-sweep.js';
import { planSweep } from '../optimize/sweep/sweep-plan.js';
import { meanStats } from './mean-stats.js';
import { stitchWindows, type TestWindowRun } from './stitch-windows.js';
import type { WalkForwardResult, WalkForwardWindow } from './walk-forward-result.js';
import { walkForwardWindows, type WalkForwardSchedule } from './walk-forward-windows.js';

/** What {@link walkForward} optimises (as {@link OptimizeRequest}) and on which windows. */
export interface WalkForwardRequest extends OptimizeRequest, WalkForwardSchedule {}

/** A test window without parameters: it stays in cash. */
function cashRun(series: BarSeries, from: number, to: number, cash: number): TestWindowRun & { stats: BacktestStats } {
  const equity = new Float64Array(to - from).fill(cash);
  const stats = computeStats({ time: series.time.subarray(from, to), close: series.close.subarray(from, to), equity, trades: [], warmup: 0 }).stats;
  return { from, to, equity, trades: [], stats };
}

const ratioOf = (outOfSample: number | null, inSample: number | null): number | null =>
  outOfSample === null || inSample === null || inSample === 0 ? null : outOfSample / inSample;

/**
 * Walk-forward analysis. For each window (see walkForwardWindows) the grid is optimised on the train
 * bars alone, run as a series of their own (no later bar is seen), and the best parameters are run on
 * the test bars. A test run takes its indicator warm-up from the bars before the test window, so it
 * can trade from the window's first bar: the strategy decides from that bar (its orders fill from the
 * next one, or at that bar's close with tradeOnClose) and the statistics cover the test bars only,
 * from the starting cash. The result gives each window's in-sample and out-of-sample figures, the
 * test windows stitched into one out-of-sample run, the mean in-sample statistics, and their ratios.
 */
export function walkForward(series: BarSeries, request: WalkForwardRequest): WalkForwardResult {
  const windows = walkForwardWindows(series.length, request);
  const plan = planSweep(request.strategy, request.grid, request.where, request.definitions);
  const cash = resolveBacktestOptions(request.options).cash;
  const tester = createRunner(series, request.strategy, request);
  const total = windows.length * plan.combinations.length;
  const results: WalkForwardWindow[] = [];
  const testRuns: TestWindowRun[] = [];
  for (const bounds of windows) {
    const trainer = createRunner(series.slice(bounds.trainStart, bounds.trainEnd), request.strategy, request);
    const done = bounds.index * plan.combinations.length;
    const progress = request.onProgress;
    const { best } = runSweep(trainer, plan, request.objective, progress === undefined ? undefined : (k) => progress(done + k, total));
    const { testStart: from, testEnd: to } = bounds;
    const run = best === null ? cashRun(series, from, to, cash) : { from, to, ...tester.run(best.params, from, to) };
    testRuns.push(run);
    results.push({
      ...bounds,
      trainFrom: isoTime(series.time[bounds.trainStart]),
      trainTo: isoTime(series.time[bounds.trainEnd - 1]),
      testFrom: isoTime(series.time[from]),
      testTo: isoTime(series.time[to - 1]),
      params: best?.params ?? null,
      inSample: { value: best?.value ?? null, stats: best?.stats ?? null },
      outOfSample: { value: objectiveValue(run.stats, request.objective.stat), stats: run.stats },
    });
  }
  const inSample = meanStats(results.flatMap((w) => (w.inSample.stats === null ? [] : [w.inSample.stats])));
  const outOfSample = computeStats(stitchWindows(series, testRuns, cash)).stats;
  const stat = request.objective.stat;
  const windowMean = meanStats(results.map((w) => w.outOfSample.stats))[stat];
  return {
    strategy: request.strategy,
    objective: request.objective,
    params: plan.names,
    anchored: request.anchored === true,
    train: request.train,
    test: request.test,
    step: request.step ?? request.test,
    combinations: plan.combinations.length,
    windows: results,
    inSample,
    outOfSample,
    ratio: ratioOf(objectiveValue(outOfSample, stat), inSample[stat]),
    windowRatio: ratioOf(windowMean, inSample[stat]),
    untestedBars: series.length - (windows.at(-1)?.testEnd ?? 0),
    fastPath: tester.fastPath,
  };
}
