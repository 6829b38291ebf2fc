import { describe, expect, it } from 'vitest';
import { conditionOf, type SignalCondition } from './alert-condition.js';
import type { AlertSignal } from './alert-event-data.js';
import { needsVotes, signalPassesFilters, votesAgree, type RuleVote } from './signal-filter.js';

function signalRule(params: Record<string, unknown>): SignalCondition {
  const condition = conditionOf({ kind: 'signal', params });
  if (condition?.kind !== 'signal') throw new Error(`not a signal rule: ${JSON.stringify(params)}`);
  return condition;
}

const SIGNAL: AlertSignal = {
  id: 's1',
  symbol: 'AAPL',
  timeframe: '1h',
  time: '2026-03-02T14:00:00.000Z',
  action: 'BUY',
  confidence: 0.72,
  consensusStrength: 0.8,
  riskLevel: 'medium',
  price: 190,
  stopLoss: 185,
  takeProfit: 200,
  summary: 'BUY AAPL at 190.00.',
  simulated: false,
  outcome: null,
};

const VOTES: RuleVote[] = [
  { agent: 'rsi', action: 'BUY', status: 'voted' },
  { agent: 'macd', action: 'BUY', status: 'voted' },
  { agent: 'bollinger-reversion', action: 'SELL', status: 'voted' },
  { agent: 'news-sentiment', action: null, status: 'abstained' },
  { agent: 'adx', action: null, status: 'excluded' },
];

describe('signal rule filters', () => {
  it('pass a signal only when action, confidence, consensus, risk and timeframe all fit', () => {
    expect(signalPassesFilters(signalRule({}), SIGNAL)).toBe(true);
    expect(signalPassesFilters(signalRule({ actions: ['BUY'], minConfidence: 0.72, minConsensusStrength: 0.8, riskLevels: ['medium'], timeframes: ['1h'] }), SIGNAL)).toBe(true);
    expect(signalPassesFilters(signalRule({ actions: ['SELL'] }), SIGNAL)).toBe(false);
    expect(signalPassesFilters(signalRule({ minConfidence: 0.73 }), SIGNAL)).toBe(false);
    expect(signalPassesFilters(signalRule({ minConsensusStrength: 0.81 }), SIGNAL)).toBe(false);
    expect(signalPassesFilters(signalRule({ riskLevels: ['low'] }), SIGNAL)).toBe(false);
    expect(signalPassesFilters(signalRule({ timeframes: ['1d'] }), SIGNAL)).toBe(false);
  });

  it('need the votes only when the rule names agents or a least number agreeing', () => {
    expect(needsVotes(signalRule({}))).toBe(false);
    expect(needsVotes(signalRule({ agents: ['rsi'] }))).toBe(true);
    expect(needsVotes(signalRule({ minAgreeingAgents: 2 }))).toBe(true);
  });

  it("require every named agent to have voted the signal's action: a contrary vote, an abstention or an exclusion is not agreement", () => {
    expect(votesAgree(signalRule({ agents: ['rsi', 'macd'] }), 'BUY', VOTES)).toBe(true);
    expect(votesAgree(signalRule({ agents: ['rsi', 'bollinger-reversion'] }), 'BUY', VOTES)).toBe(false);
    expect(votesAgree(signalRule({ agents: ['news-sentiment'] }), 'BUY', VOTES)).toBe(false);
    expect(votesAgree(signalRule({ agents: ['adx'] }), 'BUY', VOTES)).toBe(false);
    expect(votesAgree(signalRule({ agents: ['an-agent-that-did-not-run'] }), 'BUY', VOTES)).toBe(false);
    expect(votesAgree(signalRule({ agents: ['bollinger-reversion'] }), 'SELL', VOTES)).toBe(true);
  });

  it("count the agents that voted the signal's action against minAgreeingAgents", () => {
    expect(votesAgree(signalRule({ minAgreeingAgents: 2 }), 'BUY', VOTES)).toBe(true);
    expect(votesAgree(signalRule({ minAgreeingAgents: 3 }), 'BUY', VOTES)).toBe(false);
    expect(votesAgree(signalRule({ agents: ['rsi'], minAgreeingAgents: 2 }), 'BUY', VOTES)).toBe(true);
    expect(votesAgree(signalRule({ agents: ['rsi'], minAgreeingAgents: 3 }), 'BUY', VOTES)).toBe(false);
  });
});
