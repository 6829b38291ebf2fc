import type { SignalVote } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import { signalDescription, signalFeedEntry, topReasons } from './signal-feed-entry.js';

const SIGNAL: StoredSignal = {
  id: '4f1c2a9e-1b2c-4d3e-8f40-5a6b7c8d9e0f',
  symbol: 'BTC-USD',
  timeframe: '4h',
  time: '2026-11-24T08:00:00.000Z',
  action: 'SELL',
  confidence: 0.655,
  consensusStrength: 0.7,
  price: 64_000.123,
  entry: 64_000.123,
  stopLoss: 66_123.456,
  takeProfit: null,
  riskLevel: 'high',
  positionSize: 0.0125,
  expiresAt: '2026-11-26T08:00:00.000Z',
  summary: 'SELL: 5 of 7 agents agree.',
  simulated: true,
  createdAt: '2026-11-24T12:00:05.000Z',
  outcome: { result: 'target', at: '2026-11-25T01:00:00.000Z', price: 61_000, return: 0.0469 },
};

function vote(agent: string, action: SignalVote['action'], weight: number, confidence: number, status: SignalVote['status'] = 'voted'): SignalVote {
  return { agent, category: 'technical', action, confidence, weight, status, reasoning: `${agent} says ${action ?? 'nothing'}` };
}

describe('topReasons', () => {
  it("quotes the agents that voted the signal's action, heaviest weight × confidence first, at most three", () => {
    const votes = [
      vote('rsi', 'SELL', 1, 0.5),
      vote('macd', 'SELL', 2, 0.9),
      vote('obv', 'BUY', 5, 1),
      vote('adx', 'SELL', 3, 0.1),
      vote('news', null, 9, 1, 'abstained'),
      vote('late', 'SELL', 9, 1, 'excluded'),
      vote('cci', 'SELL', 1.5, 0.8),
    ];
    expect(topReasons(SIGNAL, votes)).toEqual(['macd: macd says SELL', 'cci: cci says SELL', 'rsi: rsi says SELL']);
    expect(topReasons(SIGNAL, [])).toEqual([]);
  });
});

describe('signalFeedEntry', () => {
  it('titles the entry with action, symbol and confidence, links into the dashboard and is updated by its outcome', () => {
    const entry = signalFeedEntry(SIGNAL, [], 'https://signals.example.com');
    expect(entry).toEqual({
      id: SIGNAL.id,
      title: 'SELL BTC-USD 66%',
      link: `https://signals.example.com/signals?symbols=BTC-USD&signal=${SIGNAL.id}`,
      published: '2026-11-24T12:00:05.000Z',
      updated: '2026-11-25T01:00:00.000Z',
      summary: signalDescription(SIGNAL, []),
      categories: ['SELL', 'BTC-USD', '4h'],
    });
    expect(signalFeedEntry({ ...SIGNAL, outcome: null }, [], 'http://x').updated).toBe(SIGNAL.createdAt);
  });

  it('describes the levels, the reasons, the outcome and simulated data in plain text', () => {
    expect(signalDescription(SIGNAL, [vote('macd', 'SELL', 2, 0.9)]).split('\n')).toEqual([
      'SELL BTC-USD (4h bar of 2026-11-24T08:00:00.000Z).',
      'Confidence 66%, consensus 70%, risk high.',
      'Entry 64000.1, stop 66123.5, target none, size 1.3% of equity.',
      'Top reasons: 1) macd: macd says SELL',
      'SELL: 5 of 7 agents agree.',
      'Outcome: target (+4.7%).',
      'Computed from simulated market data.',
    ]);
  });
});
