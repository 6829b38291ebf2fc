import { describe, expect, it } from 'vitest';
import { summarizeOutcomes } from './outcome-summary.js';

describe('summarizeOutcomes', () => {
  it('counts actions and outcomes, weights mean returns by count, and leaves HOLDs out of the hit rate', () => {
    const summary = summarizeOutcomes([
      { action: 'BUY', outcome: 'target', count: 3, meanReturn: 0.05 },
      { action: 'BUY', outcome: 'stop', count: 1, meanReturn: -0.03 },
      { action: 'SELL', outcome: 'expired', count: 2, meanReturn: 0 },
      { action: 'SELL', outcome: null, count: 4, meanReturn: null },
      { action: 'HOLD', outcome: null, count: 10, meanReturn: null },
    ]);
    expect(summary).toEqual({
      signals: 20,
      byAction: { BUY: 4, SELL: 6, HOLD: 10 },
      open: 4,
      outcomes: { target: 3, stop: 1, expired: 2 },
      hitRate: 0.75,
      averageReturn: (3 * 0.05 - 0.03) / 6,
    });
  });

  it('has no hit rate or mean return before anything resolved', () => {
    expect(summarizeOutcomes([])).toMatchObject({ signals: 0, hitRate: null, averageReturn: null });
  });
});
