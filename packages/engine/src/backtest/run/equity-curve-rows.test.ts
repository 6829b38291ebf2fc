import { describe, expect, it } from 'vitest';
import { barsOf, DAY, flat, scripted } from '../test/backtest-bars.test-support.js';
import { equityCurveRows } from './equity-curve-rows.js';
import { runBacktest } from './run-backtest.js';

describe('equityCurveRows', () => {
  it('gives one row per bar with ISO time, drawdown fraction and the duration on the period end bar', () => {
    const series = barsOf([flat(100), flat(100), flat(100), flat(90), flat(100), flat(100)]);
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.buy({ size: 10 }) }), { finalizeTrades: true });
    // Equity 10 000 until bar 2, 9 900 at bar 3 (−10 × 10), 10 000 again at bar 4.
    expect(equityCurveRows(result.equity)).toEqual([
      { time: '2024-01-01T00:00:00.000Z', equity: 10_000, drawdownPct: 0, drawdownDuration: NaN },
      { time: '2024-01-02T00:00:00.000Z', equity: 10_000, drawdownPct: 0, drawdownDuration: NaN },
      { time: '2024-01-03T00:00:00.000Z', equity: 10_000, drawdownPct: 0, drawdownDuration: NaN },
      { time: '2024-01-04T00:00:00.000Z', equity: 9_900, drawdownPct: 1 - 9_900 / 10_000, drawdownDuration: NaN },
      { time: '2024-01-05T00:00:00.000Z', equity: 10_000, drawdownPct: 0, drawdownDuration: '2 days 00:00:00' },
      { time: '2024-01-06T00:00:00.000Z', equity: 10_000, drawdownPct: 0, drawdownDuration: NaN },
    ]);
    expect(result.equity.drawdownDuration[4]).toBe(2 * DAY);
  });
});
