import { randomWalkBars } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { packScanTasks } from './pack-scan-tasks.js';
import type { ScanTask } from './scan-task.js';
import { unpackScanTask } from './unpack-scan-task.js';

const COLUMNS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;

function task(symbol: string, length: number, seed: number): ScanTask {
  const series = randomWalkBars({ symbol, length, seed });
  return { symbol, timeframe: series.timeframe, columns: series };
}

function columnsOf(scanTask: ScanTask): Record<string, number[]> {
  return Object.fromEntries(COLUMNS.map((name) => [name, Array.from(scanTask.columns[name])]));
}

describe('packScanTasks / unpackScanTask', () => {
  it('gives back every task with its symbol, timeframe and columns intact', () => {
    const tasks = [task('AAA', 30, 1), task('BBB', 7, 2), task('CCC', 0, 3), task('DDD', 12, 4)];
    tasks[1].columns.volume[3] = Number.NaN;
    const packed = packScanTasks(tasks);
    expect(packed.values.length).toBe((30 + 7 + 0 + 12) * 6);
    tasks.forEach((original, i) => {
      const unpacked = unpackScanTask(packed, i);
      expect(unpacked.symbol).toBe(original.symbol);
      expect(unpacked.timeframe).toBe(original.timeframe);
      expect(columnsOf(unpacked)).toEqual(columnsOf(original));
    });
    expect(unpackScanTask(packed, 1).columns.volume[3]).toBeNaN();
  });

  it('copies columns that are views into a larger buffer, only their own values', () => {
    const backing = Float64Array.from({ length: 60 }, (_, i) => i);
    const view = (k: number): Float64Array => backing.subarray(10 * k + 2, 10 * k + 5);
    const viewTask: ScanTask = {
      symbol: 'VIEW',
      timeframe: undefined,
      columns: { time: view(0), open: view(1), high: view(2), low: view(3), close: view(4), volume: view(5) },
    };
    const unpacked = unpackScanTask(packScanTasks([viewTask]), 0);
    expect(unpacked.timeframe).toBeUndefined();
    expect(columnsOf(unpacked)).toEqual({ time: [2, 3, 4], open: [12, 13, 14], high: [22, 23, 24], low: [32, 33, 34], close: [42, 43, 44], volume: [52, 53, 54] });
  });

  it('survives structured cloning (posting to a worker) sharing the bars instead of copying them', () => {
    const packed = packScanTasks([task('AAA', 20, 1), task('BBB', 25, 2)]);
    const posted = structuredClone(packed);
    expect(posted.values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(columnsOf(unpackScanTask(posted, 1))).toEqual(columnsOf(unpackScanTask(packed, 1)));
    packed.values[0] = -1;
    expect(unpackScanTask(posted, 0).columns.time[0]).toBe(-1);
  });
});
