import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomWalkBars } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { ScanPool } from './scan-pool.js';
import type { ScanOutcome, ScanTask } from './scan-task.js';

// Worker threads run compiled JavaScript, so the pool with workers is the built one (`npm install` builds it).
const builtPoolFile = new URL('../../dist/scan/scan-pool.js', import.meta.url);

function randomTasks(count: number, length = 150): ScanTask[] {
  return Array.from({ length: count }, (_, i) => {
    const series = randomWalkBars({ symbol: `S${i}`, length, seed: 40 + i });
    return { symbol: series.symbol, timeframe: series.timeframe, columns: series };
  });
}

const empty = new Float64Array(0);
const emptyTask: ScanTask = { symbol: 'EMPTY', timeframe: '1d', columns: { time: empty, open: empty, high: empty, low: empty, close: empty, volume: empty } };

/** Runs a scan, recording the progress calls. */
async function scan(pool: ScanPool, tasks: readonly ScanTask[]): Promise<{ outcomes: ScanOutcome[]; progress: number[] }> {
  const progress: number[] = [];
  const outcomes = await pool.scan(tasks, (finished, total) => {
    expect(total).toBe(tasks.length);
    progress.push(finished);
  });
  return { outcomes, progress };
}

describe('ScanPool from sources (no compiled worker)', () => {
  it('scans on this thread, in task order, an error becoming that task\'s outcome', async () => {
    const pool = ScanPool.start(4, { learn: false });
    expect(pool.threads).toBe(1);
    const tasks = [...randomTasks(2), emptyTask];
    const { outcomes, progress } = await scan(pool, tasks);
    await pool.close();
    expect(outcomes.map((outcome) => outcome.symbol)).toEqual(['S0', 'S1', 'EMPTY']);
    expect(outcomes[2]).toEqual({ symbol: 'EMPTY', error: 'series EMPTY is empty' });
    expect(progress).toEqual([1, 2, 3]);
  });

  it('refuses to scan once closed, and rejects a thread count below one', async () => {
    const pool = ScanPool.start(1, { learn: false });
    await pool.close();
    await expect(pool.scan(randomTasks(1))).rejects.toThrow('the scan pool is closed');
    expect(() => ScanPool.start(0, { learn: false })).toThrow('threads must be an integer >= 1, got 0');
  });
});

describe('ScanPool on worker threads (built, in a fresh process)', () => {
  it('gives the outcomes of a single-thread scan in task order, with progress up to the total, scan after scan', () => {
    expect(existsSync(builtPoolFile), `${builtPoolFile.pathname} is missing: run npm run build`).toBe(true);
    // A child process, because workers inherit this process's flags, and vitest's make them load TypeScript sources.
    const script = `
      import { ScanPool } from ${JSON.stringify(builtPoolFile.href)};
      import { randomWalkBars } from '@goldensignals/engine';
      const tasks = Array.from({ length: 14 }, (_, i) => {
        const series = randomWalkBars({ symbol: 'S' + i, length: i === 13 ? 0 : 60 + 30 * i, seed: 40 + i });
        return { symbol: series.symbol, timeframe: series.timeframe, columns: series };
      });
      const scan = async (pool, list) => {
        const progress = [];
        const outcomes = await pool.scan(list, (finished, total) => progress.push([finished, total]));
        return { outcomes, progress };
      };
      const single = ScanPool.start(1, { learn: true });
      const expected = await scan(single, tasks);
      await single.close();
      const pool = ScanPool.start(3, { learn: true });
      const runs = [await scan(pool, tasks), await scan(pool, tasks), await scan(pool, tasks.slice(0, 2))];
      await pool.close();
      process.stdout.write(JSON.stringify({ threads: pool.threads, expected, runs }));
    `;
    const cwd = fileURLToPath(new URL('.', import.meta.url));
    const result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' })) as {
      threads: number;
      expected: { outcomes: ScanOutcome[]; progress: [number, number][] };
      runs: { outcomes: ScanOutcome[]; progress: [number, number][] }[];
    };
    expect(result.threads).toBe(3);
    expect(result.expected.outcomes[13]).toEqual({ symbol: 'S13', error: 'series S13 is empty' });
    const [first, second, few] = result.runs;
    for (const run of [first, second]) {
      expect(run.outcomes).toEqual(result.expected.outcomes);
      expect(run.progress.at(-1)).toEqual([14, 14]);
      expect(run.progress.every(([finished], i) => i === 0 || finished >= run.progress[i - 1][0])).toBe(true);
    }
    expect(few.outcomes).toEqual(result.expected.outcomes.slice(0, 2));
  });
});
