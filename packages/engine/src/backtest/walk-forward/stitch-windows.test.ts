import { describe, expect, it } from 'vitest';
import { barsOf, flat } from '../test/backtest-bars.test-support.js';
import { stitchWindows } from './stitch-windows.js';

describe('stitchWindows', () => {
  const series = barsOf([100, 101, 102, 103, 104, 105, 106].map(flat));

  it('compounds each window onto the equity the previous one ended with', () => {
    const stitched = stitchWindows(
      series,
      [
        { from: 1, to: 3, equity: Float64Array.from([1000, 1100]), trades: [{ entryBar: 0, exitBar: 1, pnl: 100, returnPct: 0.1, commission: 2 }] },
        { from: 3, to: 6, equity: Float64Array.from([1000, 900, 1200]), trades: [{ entryBar: 1, exitBar: 2, pnl: 200, returnPct: 0.2, commission: 4 }] },
      ],
      1000,
    );
    const scale = 1100 / 1000; // window 2 started from 1000 and carries on from 1100
    expect(Array.from(stitched.equity)).toEqual([1000, 1100, 1000 * scale, 900 * scale, 1200 * scale]);
    expect(Array.from(stitched.time)).toEqual(Array.from(series.time.subarray(1, 6)));
    expect(Array.from(stitched.close)).toEqual([101, 102, 103, 104, 105]);
    expect(stitched.trades).toEqual([
      { entryBar: 0, exitBar: 1, pnl: 100, returnPct: 0.1, commission: 2 },
      { entryBar: 3, exitBar: 4, pnl: 200 * scale, returnPct: 0.2, commission: 4 * scale },
    ]);
    expect(stitched.warmup).toBe(0);
  });
});
