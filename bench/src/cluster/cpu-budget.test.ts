import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CpuBudget } from './cpu-budget.js';

/** Whether this machine lets the bench create cgroups (root on Linux with a cpu controller), with the reason if not. */
function cgroupsUnavailable(): string | null {
  try {
    CpuBudget.create(1, `probe-${process.pid}`).release();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const unavailable = cgroupsUnavailable();

describe('CpuBudget', () => {
  it('refuses a budget that is not a positive number of cores', () => {
    expect(() => CpuBudget.create(0, 'zero')).toThrow('a CPU budget needs a positive number of cores, got 0');
    expect(() => CpuBudget.create(Number.NaN, 'nan')).toThrow('a CPU budget needs a positive number of cores, got NaN');
  });

  it.skipIf(unavailable !== null)(`holds a busy process to its quota and removes its cgroups on release${unavailable === null ? '' : ` (skipped: ${unavailable})`}`, async () => {
    const busy = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
    const budget = CpuBudget.create(0.1, `test-${process.pid}`);
    try {
      if (busy.pid === undefined) throw new Error('the busy process did not start');
      budget.limit('busy', busy.pid);
      expect(existsSync(budget.path)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // A process that wants a whole core and may use a tenth of one is held back for most of the wait.
      expect(budget.throttledSeconds().busy).toBeGreaterThan(0);
    } finally {
      budget.release();
      busy.kill('SIGKILL');
    }
    expect(existsSync(budget.path)).toBe(false);
  });
});
