import { describe, expect, it } from 'vitest';
import { vote, type SignalAction } from '../agents/agent.js';
import type { AgentRunResult } from './agent-run-result.js';
import { consensusOptions } from './consensus-options.js';
import { weightedConsensus } from './weighted-consensus.js';

const voted = (agent: string, action: SignalAction, confidence: number): AgentRunResult => ({
  agent,
  category: 'technical',
  status: 'voted',
  vote: vote(action, confidence, `${agent} says ${action}.`, {}),
  elapsedMs: 0,
});
const absent = (agent: string, status: 'abstained' | 'excluded', reason: string): AgentRunResult => ({ agent, category: 'technical', status, reason, elapsedMs: 0 });

// Hand-computed cases: effective weight = accuracy weight x confidence, shares over their sum.
describe('weightedConsensus', () => {
  it('answers BUY when the BUY share of effective weight reaches 2/3', () => {
    // BUY: 1x0.9 + 1.5x0.8 + 1x0.5 = 2.6; SELL: 1x1.0 = 1.0; total 3.6; share 2.6/3.6 = 0.7222.
    const results = [voted('a', 'BUY', 0.9), voted('b', 'BUY', 0.8), voted('c', 'BUY', 0.5), voted('d', 'SELL', 1)];
    const c = weightedConsensus(results, [1, 1.5, 1, 1]);
    expect(c.action).toBe('BUY');
    expect(c.holdReason).toBeNull();
    expect(c.weights.BUY).toBeCloseTo(2.6, 12);
    expect(c.weights.SELL).toBe(1);
    expect(c.consensusStrength).toBeCloseTo(2.6 / 3.6, 12);
    // meanConviction = 3.6 / (1 + 1.5 + 1 + 1) = 0.8; confidence = 0.7222 x 0.8 = 0.5778.
    expect(c.meanConviction).toBeCloseTo(0.8, 12);
    expect(c.confidence).toBeCloseTo((2.6 / 3.6) * 0.8, 12);
    expect(c.counts).toEqual({ BUY: 3, SELL: 1, HOLD: 0 });
    expect(c.participants[1]).toEqual({ agent: 'b', action: 'BUY', confidence: 0.8, weight: 1.5, effectiveWeight: 1.2000000000000002 });
  });

  it('answers HOLD when no side reaches the threshold, with strength 1 - the larger trade share', () => {
    // BUY 0.9 + 1.2 = 2.1, SELL 0.6, HOLD 2x0.5 = 1.0; total 3.7; BUY share 0.5676 < 2/3.
    const results = [voted('a', 'BUY', 0.9), voted('b', 'BUY', 0.8), voted('c', 'SELL', 0.6), voted('d', 'HOLD', 0.5)];
    const c = weightedConsensus(results, [1, 1.5, 1, 2]);
    expect(c.action).toBe('HOLD');
    expect(c.holdReason).toBe('no-supermajority');
    expect(c.shares.BUY).toBeCloseTo(2.1 / 3.7, 12);
    expect(c.consensusStrength).toBeCloseTo(1 - 2.1 / 3.7, 12);
    expect(c.confidence).toBeCloseTo((1 - 2.1 / 3.7) * (3.7 / 5.5), 12);
  });

  it('answers SELL on a weighted supermajority even when outnumbered', () => {
    // SELL 3x1 = 3 against BUY 2x0.5x1 = 1: share 0.75 with 1 seller among 3 voters.
    const c = weightedConsensus([voted('a', 'SELL', 1), voted('b', 'BUY', 0.5), voted('c', 'BUY', 0.5)], [3, 1, 1]);
    expect(c.action).toBe('SELL');
    expect(c.consensusStrength).toBe(0.75);
  });

  it('meets the threshold exactly at 2 of 3 equal votes, and misses it just below', () => {
    expect(weightedConsensus([voted('a', 'BUY', 1), voted('b', 'BUY', 1), voted('c', 'SELL', 1)], [1, 1, 1]).action).toBe('BUY');
    const below = weightedConsensus([voted('a', 'BUY', 1), voted('b', 'SELL', 1), voted('c', 'HOLD', 1)], [2, 1.000001, 0]);
    expect(below.shares.BUY).toBeLessThan(2 / 3);
    expect(below.action).toBe('HOLD');
  });

  it('answers HOLD without a quorum of voters, whatever they say', () => {
    const two = weightedConsensus([voted('a', 'BUY', 1), voted('b', 'BUY', 1), absent('c', 'abstained', 'no news')], [1, 1, 1]);
    expect(two.action).toBe('HOLD');
    expect(two.holdReason).toBe('no-quorum');
    expect(two.quorum).toEqual({ voters: 2, abstained: 1, excluded: 0, required: 3, met: false });
    expect(two.consensusStrength).toBe(0);

    // 3 voters, 4 excluded: 7 tried, half of them is 3.5 -> 4 voters required.
    const excluded = [1, 2, 3, 4].map((i) => absent(`x${i}`, 'excluded', 'threw Error: boom'));
    const broken = weightedConsensus([voted('a', 'BUY', 1), voted('b', 'BUY', 1), voted('c', 'BUY', 1), ...excluded], [1, 1, 1, 0, 0, 0, 0]);
    expect(broken.quorum.required).toBe(4);
    expect(broken.holdReason).toBe('no-quorum');
    expect(broken.excluded).toEqual(excluded.map((r) => ({ agent: r.agent, reason: 'threw Error: boom' })));

    // Abstentions do not count against the quorum.
    const abstentions = [1, 2, 3, 4].map((i) => absent(`n${i}`, 'abstained', 'no data'));
    expect(weightedConsensus([voted('a', 'BUY', 1), voted('b', 'BUY', 1), voted('c', 'BUY', 1), ...abstentions], [1, 1, 1, 0, 0, 0, 0]).action).toBe('BUY');
  });

  it('answers HOLD with strength 0 when no effective weight participates', () => {
    const c = weightedConsensus([voted('a', 'BUY', 1), voted('b', 'BUY', 1), voted('c', 'BUY', 1)], [0, 0, 0]);
    expect(c).toMatchObject({ action: 'HOLD', holdReason: 'no-weight', consensusStrength: 0, confidence: 0 });
  });

  it('lets a lukewarm HOLD dilute little: a 0.1-confidence HOLD barely moves the BUY share', () => {
    const c = weightedConsensus([voted('a', 'BUY', 0.8), voted('b', 'BUY', 0.8), voted('c', 'HOLD', 0.1)], [1, 1, 1]);
    expect(c.action).toBe('BUY');
    expect(c.consensusStrength).toBeCloseTo(1.6 / 1.7, 12);
  });

  it('reports the fault-tolerance bound of its threshold', () => {
    const results = Array.from({ length: 30 }, (_, i) => voted(`a${i}`, 'BUY', 1));
    const c = weightedConsensus(results, new Float64Array(30).fill(1));
    expect(c.faultTolerance).toEqual({ threshold: 2 / 3, forceShare: 2 / 3, survivableShare: 1 - 2 / 3, agents: 30, maxFaultyAgents: 10 });
    const strict = weightedConsensus(results, new Float64Array(30).fill(1), consensusOptions({ threshold: 0.8 }));
    expect(strict.faultTolerance.maxFaultyAgents).toBe(6);
  });

  it('rejects weights that do not line up with the results or are not usable', () => {
    expect(() => weightedConsensus([voted('a', 'BUY', 1)], [])).toThrow('weights has 0 values for 1 results');
    expect(() => weightedConsensus([voted('a', 'BUY', 1)], [NaN])).toThrow('weights[0] (a) must be a finite number >= 0, got NaN');
  });

  it('rejects options outside their ranges, naming the option', () => {
    expect(() => consensusOptions({ threshold: 0.5 })).toThrow('threshold must be a number in (0.5, 1], got 0.5');
    expect(() => consensusOptions({ minVoters: 0 })).toThrow('minVoters must be an integer >= 1, got 0');
    expect(() => consensusOptions({ quorumFraction: 1.2 })).toThrow('quorumFraction must be a number in [0, 1], got 1.2');
  });
});
