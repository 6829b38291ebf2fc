import { describe, expect, it } from 'vitest';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { engagementWeight, socialSentimentAgent } from './social-sentiment-agent.js';
import { scored, sentimentTestBars as bars } from './sentiment-agent.test-support.js';

const posts = (n: number, score: number, engagement?: number) => Array.from({ length: n }, (_, i) => scored(0.1 * i, score, { engagement }));

describe('social-sentiment agent', () => {
  it('weighs a post by 1 + log10(1 + engagement)', () => {
    expect(engagementWeight(scored(0, 0, { engagement: 999 }))).toBeCloseTo(4, 12);
    expect(engagementWeight(scored(0, 0))).toBe(1);
  });

  it('answers BUY when widely shared posts are positive even if more low-reach posts are mildly negative', () => {
    // 6 posts at +0.8 with reach 999 (weight 4) against 6 at -0.2 with no reach (weight 1), all about as fresh.
    const v = expectVote(runAgent(socialSentimentAgent, bars, { social: [...posts(6, 0.8, 999), ...posts(6, -0.2)] }));
    expect(v.action).toBe('BUY');
    expect(v.indicators.sentiment).toBeGreaterThan(0.55);
    expect(v.indicators.sentiment).toBeLessThan(0.65);
  });

  it('answers SELL on broadly negative posts and HOLD on mixed ones', () => {
    expect(expectVote(runAgent(socialSentimentAgent, bars, { social: posts(12, -0.5) })).action).toBe('SELL');
    expect(expectVote(runAgent(socialSentimentAgent, bars, { social: [...posts(6, 0.3), ...posts(6, -0.3)] })).action).toBe('HOLD');
  });

  it('abstains with fewer than 10 posts in 48 hours', () => {
    expect(abstentionReason(runAgent(socialSentimentAgent, bars, { social: posts(9, 0.5) }))).toBe('only 9 social posts for TEST in the last 48 h, need 10');
  });
});
