import { describe, expect, it } from 'vitest';
import type { AnalystRatingChange } from '../market-inputs.js';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { analystRatingsAgent, ratingChangeScore } from './analyst-ratings-agent.js';
import { DAY, now, sentimentTestBars as bars } from './sentiment-agent.test-support.js';

const change = (daysAgo: number, action: AnalystRatingChange['action'], rating: number, priceTarget?: number): AnalystRatingChange => ({
  time: now - daysAgo * DAY,
  firm: 'Broker',
  action,
  rating,
  ...(priceTarget === undefined ? {} : { priceTarget }),
});

describe('ratingChangeScore', () => {
  it('scores upgrade +1, downgrade -1, initiations and reiterations by distance from hold, plus the target move', () => {
    expect(ratingChangeScore(change(0, 'upgrade', 4), 100, 0.5)).toBe(1);
    expect(ratingChangeScore(change(0, 'downgrade', 2), 100, 0.5)).toBe(-1);
    expect(ratingChangeScore(change(0, 'initiate', 5), 100, 0.5)).toBe(1);
    expect(ratingChangeScore(change(0, 'reiterate', 4), 100, 0.5)).toBe(0.25);
    // Target 112.5 on a 100 close: +12.5 %, half of the ±25 % range -> +0.25 at weight 0.5.
    expect(ratingChangeScore(change(0, 'reiterate', 3, 112.5), 100, 0.5)).toBeCloseTo(0.25, 12);
    expect(ratingChangeScore(change(0, 'upgrade', 4, 200), 100, 0.5)).toBe(1.5);
  });
});

describe('analyst-ratings agent', () => {
  it('answers BUY after a fresh upgrade, decayed by its 2-day age', () => {
    const v = expectVote(runAgent(analystRatingsAgent, bars, { analystRatings: [change(2, 'upgrade', 4)] }));
    const net = 0.5 ** (2 / 30);
    expect(v.action).toBe('BUY');
    expect(v.indicators.netScore).toBeCloseTo(net, 12);
    expect(v.confidence).toBeCloseTo(0.3 + (0.7 * (net - 0.5)) / 2, 12);
    expect(v.reasoning).toBe('1 analyst change in 90 days (1 upgrade, 0 downgrades) net +0.95 after decay, past +0.50: BUY.');
  });

  it('answers SELL after a downgrade with a target 20 % below the close', () => {
    const v = expectVote(runAgent(analystRatingsAgent, bars, { analystRatings: [change(1, 'downgrade', 2, 80)] }));
    expect(v.action).toBe('SELL');
    expect(v.indicators.meanPriceTarget).toBe(80);
    expect(v.reasoning).toContain('mean target 80.00 (-20.0% from 100.00)');
  });

  it('answers HOLD when upgrades and downgrades cancel out', () => {
    const v = expectVote(runAgent(analystRatingsAgent, bars, { analystRatings: [change(5, 'upgrade', 4), change(5, 'downgrade', 2)] }));
    expect(v).toMatchObject({ action: 'HOLD', confidence: 0.15, indicators: { netScore: 0 } });
  });

  it('ignores changes after the current bar and abstains when none are within 90 days', () => {
    expect(abstentionReason(runAgent(analystRatingsAgent, bars, { analystRatings: [change(-1, 'upgrade', 5), change(91, 'upgrade', 5)] }))).toBe(
      'only 0 analyst rating changes for TEST in the last 90 days, need 1',
    );
    expect(abstentionReason(runAgent(analystRatingsAgent, bars))).toBe('no analyst ratings for TEST');
  });

  it('rejects unknown config keys and a non-positive threshold, naming the field', () => {
    expect(analystRatingsAgent.configSchema.safeParse({ decay: 1 }).success).toBe(false);
    expect(analystRatingsAgent.configSchema.safeParse({ threshold: 0 }).error?.issues[0]?.path).toEqual(['threshold']);
  });
});
