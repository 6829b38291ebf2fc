import { describe, expect, it } from 'vitest';
import { scoreVote } from './score-vote.js';
import { VolatilityEstimate } from './volatility-estimate.js';

describe('scoreVote', () => {
  it("applies the accuracy tracker's rule: direction beyond the band, push inside it, HOLD right inside it", () => {
    expect(scoreVote(1, 0.03, 0.02)).toBe('right');
    expect(scoreVote(1, -0.03, 0.02)).toBe('wrong');
    expect(scoreVote(1, 0.01, 0.02)).toBe('push');
    expect(scoreVote(-1, -0.03, 0.02)).toBe('right');
    expect(scoreVote(-1, 0.03, 0.02)).toBe('wrong');
    expect(scoreVote(0, 0.01, 0.02)).toBe('right');
    expect(scoreVote(0, -0.03, 0.02)).toBe('wrong');
  });
});

describe('VolatilityEstimate', () => {
  it('is unknown until seeded, then the root of the plain mean of squared returns, then exponentially weighted', () => {
    const volatility = new VolatilityEstimate(2);
    volatility.observe(100);
    volatility.observe(110);
    expect(volatility.perBar).toBeNaN();
    volatility.observe(99);
    expect(volatility.perBar).toBeCloseTo(0.1, 12);
    volatility.observe(99); // return 0, alpha 2/3: variance 0.01 / 3
    expect(volatility.perBar).toBeCloseTo(Math.sqrt(0.01 / 3), 12);
  });
});
