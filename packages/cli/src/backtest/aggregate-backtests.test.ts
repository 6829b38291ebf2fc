import { computeStats, type StatsTrade } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { aggregateBacktests, type AggregateInput } from './aggregate-backtests.js';

const DAY = 86_400_000;
const days = (...offsets: number[]) => Float64Array.from(offsets, (d) => Date.UTC(2024, 0, 1) + d * DAY);

function run(time: Float64Array, close: number[], equity: number[], trades: StatsTrade[], warmup: number): AggregateInput {
  const stats = computeStats({ time, close, equity, trades, warmup }).stats;
  return { time, close, equity, trades, warmup, stats };
}

// A trades days 0..2, B days 1..3 with a warm-up of one bar; each account starts with 100.
const a = run(days(0, 1, 2), [10, 11, 12], [100, 110, 120], [{ entryBar: 0, exitBar: 2, pnl: 20, returnPct: 0.2, commission: 1 }], 0);
const b = run(days(1, 2, 3), [20, 20, 30], [100, 90, 150], [{ entryBar: 1, exitBar: 2, pnl: -10, returnPct: -0.1, commission: 2 }], 1);

describe('aggregateBacktests', () => {
  it('sums the accounts on the union of the times, with the cash before a symbol starts and its last equity after it ends', () => {
    const { equity } = aggregateBacktests([a, b], 100);
    expect([...equity.time]).toEqual([...days(0, 1, 2, 3)]);
    expect([...equity.equity]).toEqual([200, 210, 210, 270]);
  });

  it('makes Return and Buy & Hold the means of the symbols\' and pools the trades', () => {
    const { stats } = aggregateBacktests([a, b], 100);
    expect(stats['Return [%]']).toBeCloseTo((20 + 50) / 2, 12);
    // B holds from its warm-up bar (close 20): 20 → 30 is +50 %; A 10 → 12 is +20 %.
    expect(stats['Buy & Hold Return [%]']).toBeCloseTo((20 + 50) / 2, 12);
    expect(stats['# Trades']).toBe(2);
    expect(stats['Win Rate [%]']).toBe(50);
    expect(stats['Commissions [$]']).toBe(3);
    // Trade bars are remapped onto the union, so durations stay calendar spans.
    expect(stats['Max. Trade Duration']).toBe('2 days 00:00:00');
    expect(stats['Avg. Trade Duration']).toBe('2 days 00:00:00');
    // A is in a trade on 3 of 3 bars, B on 2 of 3.
    expect(stats['Exposure Time [%]']).toBeCloseTo((100 + 200 / 3) / 2, 12);
    expect(stats['Equity Final [$]']).toBe(270);
  });

  it('is the run itself for one symbol, to rounding (Buy & Hold is a ratio of closes there)', () => {
    const { stats } = aggregateBacktests([a], 100);
    expect(Object.keys(stats)).toEqual(Object.keys(a.stats));
    for (const [name, value] of Object.entries(a.stats)) {
      const actual = stats[name as keyof typeof stats];
      if (typeof value === 'number' && typeof actual === 'number' && Number.isFinite(value)) expect(actual, name).toBeCloseTo(value, 9);
      else expect(actual, name).toEqual(value);
    }
  });
});
