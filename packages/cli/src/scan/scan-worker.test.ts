import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { randomWalkBars } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { packScanTasks } from './pack-scan-tasks.js';
import { createScanJob, FINISHED_TASKS, type ScanJobOutcome } from './scan-job.js';
import type * as sourcePool from './scan-pool.js';
import type { ScanOutcome, ScanTask, ScanWorkerData } from './scan-task.js';

// The worker runs compiled JavaScript (`npm install` builds it); its outcomes are compared with the built
// pool scanning on this thread, so both sides use the same engine build.
const builtWorkerFile = new URL('../../dist/scan/scan-worker.js', import.meta.url);
const builtPoolFile = new URL('../../dist/scan/scan-pool.js', import.meta.url);

describe('scan worker (built)', () => {
  it('takes every task of a job it is sent alone and posts each outcome with its index', async () => {
    expect(existsSync(builtWorkerFile), `${builtWorkerFile.pathname} is missing: run npm run build`).toBe(true);
    const tasks: ScanTask[] = Array.from({ length: 6 }, (_, i) => {
      const series = randomWalkBars({ symbol: `W${i}`, length: i === 5 ? 0 : 90 + 40 * i, seed: 70 + i });
      return { symbol: series.symbol, timeframe: series.timeframe, columns: series };
    });
    const { ScanPool } = (await import(builtPoolFile.href)) as typeof sourcePool;
    const here = ScanPool.start(1, { learn: true });
    const expected = await here.scan(tasks);
    await here.close();

    const job = createScanJob(packScanTasks(tasks));
    // No inherited flags: vitest's would make the worker load the engine's TypeScript sources.
    const workerData: ScanWorkerData = { settings: { learn: true }, started: new Int32Array(new SharedArrayBuffer(4)) };
    const worker = new Worker(builtWorkerFile, { workerData, execArgv: [] });
    try {
      const posted = await new Promise<ScanJobOutcome[]>((resolve, reject) => {
        const received: ScanJobOutcome[] = [];
        worker.on('message', (message: ScanJobOutcome) => {
          received.push(message);
          if (received.length === tasks.length) resolve(received);
        });
        worker.on('error', reject);
        worker.postMessage(job);
      });
      expect(posted.map((message) => message.index)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(Atomics.load(job.counters, FINISHED_TASKS)).toBe(tasks.length);
      const outcomes: ScanOutcome[] = posted.map((message) => message.outcome);
      expect(JSON.parse(JSON.stringify(outcomes))).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(outcomes[5]).toEqual({ symbol: 'W5', error: 'series W5 is empty' });
    } finally {
      await worker.terminate();
    }
  });
});
