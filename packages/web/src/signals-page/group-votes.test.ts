import type { SignalVote } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { groupVotes } from './group-votes.js';

function vote(agent: string, category: SignalVote['category'], status: SignalVote['status'], action: SignalVote['action'], weight: number): SignalVote {
  return { agent, category, status, action, weight, confidence: 0.6, reasoning: `${agent} says so` };
}

describe('groupVotes', () => {
  it('groups by category in the engine order, heaviest counted vote first, then abstentions and exclusions', () => {
    const groups = groupVotes([
      vote('sentiment-news', 'sentiment', 'abstained', null, 1),
      vote('rsi', 'technical', 'voted', 'BUY', 0.8),
      vote('macd', 'technical', 'voted', 'SELL', 1.2),
      vote('volume', 'technical', 'excluded', null, 1),
      vote('atr-risk', 'risk', 'voted', 'HOLD', 1),
      vote('trend', 'technical', 'voted', 'BUY', 0.5),
    ]);
    expect(groups.map((group) => group.category)).toEqual(['technical', 'risk', 'sentiment']);
    const [technical, , sentiment] = groups;
    expect(technical.voted.map((item) => item.agent)).toEqual(['macd', 'rsi', 'trend']);
    expect(technical.excluded.map((item) => item.agent)).toEqual(['volume']);
    expect(technical.weightByAction).toEqual({ BUY: 1.3, SELL: 1.2, HOLD: 0 });
    expect(sentiment.voted).toEqual([]);
    expect(sentiment.abstained.map((item) => item.agent)).toEqual(['sentiment-news']);
  });

  it('gives no groups for no votes', () => {
    expect(groupVotes([])).toEqual([]);
  });
});
