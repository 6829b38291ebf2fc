import { describe, expect, it } from 'vitest';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { scoreSeriesSignals } from './score-series-signals.js';

describe('scoreSeriesSignals', () => {
  const series = randomWalkBars({ length: 400, seed: 7, symbol: 'RW' });

  it("follows the engine's BUY/SELL signals from bar `from`, each resolved after its own bar", () => {
    const from = 250;
    const { outcomes } = scoreSeriesSignals(series, { from });
    expect(outcomes.length).toBeGreaterThan(0);
    for (const outcome of outcomes) {
      expect(Date.parse(outcome.time)).toBeGreaterThanOrEqual(series.time[from]);
      expect(Date.parse(outcome.exitTime)).toBeGreaterThan(Date.parse(outcome.time));
      expect(outcome.bars).toBeLessThanOrEqual(5);
      expect(outcome.score).not.toBeNull();
    }
  });

  it('has no look-ahead: a run cut short resolves the same outcomes for the bars it has', () => {
    const whole = scoreSeriesSignals(series, { from: 250 }).outcomes;
    const cut = 330;
    const prefix = scoreSeriesSignals(series.slice(0, cut), { from: 250 });
    const known = whole.filter((outcome) => Date.parse(outcome.exitTime) < series.time[cut]);
    expect(prefix.outcomes).toEqual(known);
  });
});
