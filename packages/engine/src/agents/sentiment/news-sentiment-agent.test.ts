import { describe, expect, it } from 'vitest';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { newsSentimentAgent } from './news-sentiment-agent.js';
import { effectiveCount, scored, sentimentTestBars as bars } from './sentiment-agent.test-support.js';

const hours = [1, 2, 3, 4];
const weights = hours.map((h) => 0.5 ** (h / 24));

describe('news-sentiment agent', () => {
  it('answers BUY when recent news averages +0.60, confidence from the distance past +0.15 and the evidence', () => {
    const v = expectVote(runAgent(newsSentimentAgent, bars, { news: hours.map((h) => scored(h, 0.6)) }));
    const n = effectiveCount(weights);
    expect(v.action).toBe('BUY');
    expect(v.indicators.sentiment).toBeCloseTo(0.6, 12);
    expect(v.indicators.effectiveItems).toBeCloseTo(n, 12);
    expect(v.confidence).toBeCloseTo((0.4 + (0.6 * 0.45) / 0.85) * (0.5 + (0.5 * n) / (n + 3)), 12);
    expect(v.reasoning).toBe(
      '4 news items in the last 120 h (4 positive, 0 negative; 4.0 effective after a 24 h half-life) average sentiment +0.60, at or above the +0.15 level: BUY.',
    );
  });

  it('answers SELL when the decayed mean is negative enough, weighting fresh items more', () => {
    // Fresh -0.8 and -0.6 outweigh a 4-day-old +0.9: weights 1, 0.5^(1/24)... and 0.5^4.
    const news = [scored(0, -0.8), scored(1, -0.6), scored(2, -0.4), scored(96, 0.9)];
    const v = expectVote(runAgent(newsSentimentAgent, bars, { news }));
    const w = [1, 0.5 ** (1 / 24), 0.5 ** (2 / 24), 0.5 ** 4];
    const mean = (-0.8 * w[0] - 0.6 * w[1] - 0.4 * w[2] + 0.9 * w[3]) / w.reduce((a, b) => a + b, 0);
    expect(v.action).toBe('SELL');
    expect(v.indicators.sentiment).toBeCloseTo(mean, 12);
  });

  it('answers a low-confidence HOLD on mixed news', () => {
    const v = expectVote(runAgent(newsSentimentAgent, bars, { news: [scored(1, 0.5), scored(2, -0.5), scored(3, 0.05)] }));
    expect(v).toMatchObject({ action: 'HOLD', confidence: 0.15 });
  });

  it('ignores news dated after the current bar and news older than 120 hours', () => {
    const base = hours.map((h) => scored(h, 0.6));
    const withFuture = [...base, scored(-1, -1), scored(-48, -1), scored(121, -1)];
    expect(runAgent(newsSentimentAgent, bars, { news: withFuture })).toEqual(runAgent(newsSentimentAgent, bars, { news: base }));
  });

  it('abstains without news or with fewer than 3 items in the window', () => {
    expect(abstentionReason(runAgent(newsSentimentAgent, bars))).toBe('no news items for TEST');
    expect(abstentionReason(runAgent(newsSentimentAgent, bars, { news: [scored(1, 0.5), scored(2, 0.5), scored(-2, 0.5)] }))).toBe(
      'only 2 news items for TEST in the last 120 h, need 3',
    );
  });

  it('rejects unknown config keys and a half-life longer than the window, naming the field', () => {
    expect(newsSentimentAgent.configSchema.safeParse({ halfLife: 1 }).success).toBe(false);
    expect(newsSentimentAgent.configSchema.safeParse({ halfLifeHours: 200 }).error?.issues[0]?.path).toEqual(['halfLifeHours']);
    expect(newsSentimentAgent.configSchema.safeParse({ sellThreshold: 0.2 }).error?.issues[0]?.path).toEqual(['sellThreshold']);
  });
});
