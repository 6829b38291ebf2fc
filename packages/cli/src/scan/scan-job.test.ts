import { randomWalkBars } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { packScanTasks } from './pack-scan-tasks.js';
import { createScanJob, FINISHED_TASKS, NEXT_TASK, runScanJob } from './scan-job.js';
import { scanSymbol } from './scan-symbol.js';
import type { ScanOutcome, ScanTask } from './scan-task.js';

const tasks: ScanTask[] = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map((symbol, i) => {
  const series = randomWalkBars({ symbol, length: 120, seed: 10 + i });
  return { symbol, timeframe: series.timeframe, columns: series };
});

describe('runScanJob', () => {
  it('scans every task exactly once when threads claim them concurrently', () => {
    const job = createScanJob(packScanTasks(tasks));
    const claims: string[] = [];
    const outcomes = new Array<ScanOutcome>(tasks.length);
    // A second "thread" joins after the first outcome, on the same counters, as a worker would.
    let joined = false;
    runScanJob(job, { learn: false }, (index, outcome) => {
      claims.push(`first:${index}`);
      outcomes[index] = outcome;
      if (joined) return;
      joined = true;
      runScanJob(job, { learn: false }, (other, otherOutcome) => {
        claims.push(`second:${other}`);
        outcomes[other] = otherOutcome;
      });
    });
    expect(claims).toEqual(['first:0', 'second:1', 'second:2', 'second:3', 'second:4']);
    expect(Atomics.load(job.counters, FINISHED_TASKS)).toBe(tasks.length);
    expect(Atomics.load(job.counters, NEXT_TASK)).toBeGreaterThanOrEqual(tasks.length);
    expect(outcomes).toEqual(tasks.map((task) => scanSymbol(task, { learn: false })));
  });

  it('does nothing for a job whose tasks are all claimed', () => {
    const job = createScanJob(packScanTasks(tasks));
    Atomics.store(job.counters, NEXT_TASK, tasks.length);
    const seen: number[] = [];
    runScanJob(job, { learn: false }, (index) => seen.push(index));
    expect(seen).toEqual([]);
  });
});
