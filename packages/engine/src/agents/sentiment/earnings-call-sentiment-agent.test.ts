import { describe, expect, it } from 'vitest';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { earningsCallSentimentAgent } from './earnings-call-sentiment-agent.js';
import { scored, sentimentTestBars as bars } from './sentiment-agent.test-support.js';

const call = (daysAgo: number, scores: number[]) => scores.map((s) => scored(daysAgo * 24, s));

describe('earnings-call-sentiment agent', () => {
  it('answers BUY on an upbeat call, SELL on a gloomy one, HOLD on a balanced one', () => {
    expect(expectVote(runAgent(earningsCallSentimentAgent, bars, { earningsCalls: call(3, [0.5, 0.4, 0.6]) })).action).toBe('BUY');
    expect(expectVote(runAgent(earningsCallSentimentAgent, bars, { earningsCalls: call(3, [-0.5, -0.4, 0.1]) })).action).toBe('SELL');
    expect(expectVote(runAgent(earningsCallSentimentAgent, bars, { earningsCalls: call(3, [0.3, -0.3, 0]) })).action).toBe('HOLD');
  });

  it('abstains when the last call is more than 30 days old or absent', () => {
    expect(abstentionReason(runAgent(earningsCallSentimentAgent, bars, { earningsCalls: call(31, [0.5, 0.5, 0.5]) }))).toBe(
      'only 0 earnings-call excerpts for TEST in the last 720 h, need 3',
    );
    expect(abstentionReason(runAgent(earningsCallSentimentAgent, bars))).toBe('no earnings-call excerpts for TEST');
  });
});
