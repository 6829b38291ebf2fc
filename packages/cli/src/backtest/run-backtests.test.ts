import { randomWalkBars } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import type { ScanTask } from '../scan/scan-task.js';
import { runBacktests } from './run-backtests.js';

const task = (symbol: string, length: number): ScanTask => {
  const series = randomWalkBars({ symbol, length, seed: length });
  return { symbol, timeframe: series.timeframe, columns: series };
};

describe('runBacktests from sources (no compiled worker)', () => {
  it('runs every symbol on this thread in task order, reporting progress, an error becoming that symbol\'s outcome', async () => {
    const empty = new Float64Array(0);
    const tasks = [task('A', 80), { symbol: 'EMPTY', timeframe: '1d' as const, columns: { time: empty, open: empty, high: empty, low: empty, close: empty, volume: empty } }, task('B', 90)];
    const progress: number[] = [];
    const plan = { strategy: 'sma-cross', params: { fast: '3', slow: '8' }, options: { finalizeTrades: true } };
    const { outcomes, threads } = await runBacktests(tasks, plan, { workers: 4, onProgress: (finished, total) => progress.push(finished / total) });
    expect(threads).toBe(1);
    expect(outcomes.map((outcome) => outcome.symbol)).toEqual(['A', 'EMPTY', 'B']);
    expect(outcomes[1]).toEqual({ symbol: 'EMPTY', error: 'series EMPTY has no bars' });
    const a = outcomes[0];
    if ('error' in a) throw new Error(a.error);
    expect([a.strategy, a.equity.equity.length, a.stats['# Trades']]).toEqual(['sma-cross(3,8)', 80, a.trades.length]);
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
  });
});
