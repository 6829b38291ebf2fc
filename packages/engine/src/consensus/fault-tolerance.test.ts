import { describe, expect, it } from 'vitest';
import { vote, type AgentDefinition } from '../agents/agent.js';
import { randomWalkBars } from '../series/random-walk-bars.js';
import type { AgentRunResult } from './agent-run-result.js';
import { consensusOptions } from './consensus-options.js';
import { runAgents } from './run-agents.js';
import { configure, constantAgent, contextOf, nanAgent, testAgent, throwingAgent } from './test-agents.test-support.js';
import { weightedConsensus } from './weighted-consensus.js';

const n = 30;
const context = contextOf(randomWalkBars({ length: 20, seed: 11 }));

/** n agents: the first `faulty` built by `makeFaulty`, the rest honest and unanimous for BUY at full confidence. */
function panel(faulty: number, makeFaulty: (i: number) => AgentDefinition): AgentRunResult[] {
  const definitions = Array.from({ length: n }, (_, i) => (i < faulty ? makeFaulty(i) : constantAgent(`honest-${i}`, 'BUY', 1)));
  return runAgents(configure(...definitions), context);
}

const ones = new Float64Array(n).fill(1);

describe('consensus fault tolerance', () => {
  it.each([
    [2 / 3, 10, 20],
    [0.75, 7, 23],
    [0.9, 3, 27],
  ])('with threshold %s survives up to n(1 - τ) adversarial equal-weight agents, who need τn to force a trade', (threshold, survived, forcing) => {
    const options = consensusOptions({ threshold });
    const outcome = Array.from({ length: n + 1 }, (_, f) => weightedConsensus(panel(f, (i) => constantAgent(`liar-${i}`, 'SELL', 1)), ones, options));
    const largestSurvived = outcome.findIndex((c) => c.action !== 'BUY') - 1;
    const firstForced = outcome.findIndex((c) => c.action === 'SELL');
    expect(largestSurvived).toBe(survived);
    expect(outcome[0].faultTolerance.maxFaultyAgents).toBe(survived);
    expect(firstForced).toBe(forcing);
    // In between, neither side has its supermajority: the consensus refuses to trade.
    for (let f = survived + 1; f < forcing; f++) expect(outcome[f].action).toBe('HOLD');
  });

  it('survives a faulty share of effective weight up to 1 - τ = 1/3, and no more', () => {
    const results = runAgents(configure(constantAgent('h1', 'BUY', 1), constantAgent('h2', 'BUY', 1), constantAgent('faulty', 'SELL', 1)), context);
    let largest = 0;
    for (let step = 0; step <= 1000; step++) {
      const x = step / 1000;
      if (weightedConsensus(results, [(1 - x) / 2, (1 - x) / 2, x]).action === 'BUY') largest = x;
    }
    expect(largest).toBe(0.333);
  });

  it('excludes NaN, throwing and malformed agents entirely, surviving them until the quorum fails (half of n)', () => {
    const broken = (i: number): AgentDefinition =>
      i % 3 === 0 ? nanAgent(`nan-${i}`) : i % 3 === 1 ? throwingAgent(`throws-${i}`) : testAgent(`garbage-${i}`, () => ({ kind: 'vote', action: 'MOON' }));
    const actions = Array.from({ length: n + 1 }, (_, f) => weightedConsensus(panel(f, broken), ones).action);
    expect(actions.lastIndexOf('BUY')).toBe(15);
    expect(actions.slice(0, 16).every((a) => a === 'BUY')).toBe(true);
    const atLimit = weightedConsensus(panel(16, broken), ones);
    expect(atLimit.holdReason).toBe('no-quorum');
    expect(atLimit.excluded).toHaveLength(16);
    expect(atLimit.excluded[0].reason).toBe('invalid output: confidence NaN is not a number in 0..1');
    expect(atLimit.excluded[1].reason).toBe('threw Error: throws-1 exploded');
    expect(atLimit.excluded[2].reason).toBe('invalid output: action "MOON" is not BUY, SELL or HOLD');
  });

  it('is not flipped by a majority of always-wrong agents once their accuracy weight is low', () => {
    // 20 of 30 agents vote against the honest 10, but learned weights of 0.05 give them
    // 20 x 0.05 / (10 + 1) = 9.1% of the effective weight.
    const results = panel(20, (i) => constantAgent(`wrong-${i}`, 'SELL', 1));
    const weights = Float64Array.from({ length: n }, (_, i) => (i < 20 ? 0.05 : 1));
    const c = weightedConsensus(results, weights);
    expect(c.shares.SELL).toBeCloseTo(1 / 11, 12);
    expect(c.action).toBe('BUY');
  });

  it('lets faulty agents at most dilute, never force, when they hold less than τ', () => {
    // 19 random-but-confident liars (19/30 = 0.633 < 2/3) against 11 honest HOLD voters.
    const definitions = Array.from({ length: n }, (_, i) =>
      i < 19 ? testAgent(`liar-${i}`, () => vote('SELL', 1, 'always sell.', {})) : constantAgent(`honest-${i}`, 'HOLD', 1),
    );
    const c = weightedConsensus(runAgents(configure(...definitions), context), ones);
    expect(c.shares.SELL).toBeCloseTo(19 / 30, 12);
    expect(c.action).toBe('HOLD');
  });
});
