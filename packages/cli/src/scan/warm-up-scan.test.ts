import { randomWalkBars } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { scanSymbol } from './scan-symbol.js';
import type { ScanTask } from './scan-task.js';
import { warmUpScan } from './warm-up-scan.js';

const flag = (value: number): Int32Array => Int32Array.of(value);

describe('warmUpScan', () => {
  it('runs the asked rounds while the scan has not started, none once it has', () => {
    expect(warmUpScan({ learn: false }, flag(0), 2)).toBe(2);
    expect(warmUpScan({ learn: true }, flag(1))).toBe(0);
  });

  it('leaves no trace in the signals scanned after it', () => {
    const series = randomWalkBars({ symbol: 'AFTER', length: 320, seed: 5 });
    const task: ScanTask = { symbol: 'AFTER', timeframe: '1d', columns: series };
    const before = JSON.stringify(scanSymbol(task, { learn: true }));
    warmUpScan({ learn: true }, flag(0), 1);
    expect(JSON.stringify(scanSymbol(task, { learn: true }))).toBe(before);
  });
});
