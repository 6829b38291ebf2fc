import { describe, expect, it } from 'vitest';
import { vote, type SignalAction } from '../agents/agent.js';
import { createSeededRandom } from '../random/seeded-random.js';
import type { AgentRunResult } from './agent-run-result.js';
import { consensusAction } from './consensus-action.js';
import { consensusOptions } from './consensus-options.js';
import { weightedConsensus } from './weighted-consensus.js';

const ACTIONS: readonly SignalAction[] = ['BUY', 'SELL', 'HOLD'];

/** A random panel: voters, abstentions and exclusions, with random (sometimes zero) weights. */
function panel(next: () => number, size: number): { results: AgentRunResult[]; weights: number[] } {
  const results: AgentRunResult[] = [];
  const weights: number[] = [];
  for (let i = 0; i < size; i++) {
    const u = next();
    const agent = `a${i}`;
    if (u < 0.15) results.push({ agent, category: 'technical', status: 'abstained', reason: 'no data', elapsedMs: NaN });
    else if (u < 0.25) results.push({ agent, category: 'technical', status: 'excluded', reason: 'threw Error: x', elapsedMs: NaN });
    else results.push({ agent, category: 'technical', status: 'voted', vote: vote(ACTIONS[Math.floor(next() * 3)], next(), 'r.', {}), elapsedMs: NaN });
    weights.push(next() < 0.1 ? 0 : 3 * next());
  }
  return { results, weights };
}

describe('consensusAction', () => {
  it('answers what weightedConsensus answers, on 3,000 random panels and three thresholds', () => {
    const random = createSeededRandom(20240611);
    const next = (): number => random.next();
    const seen = new Set<string>();
    for (const threshold of [0.55, 2 / 3, 0.8]) {
      const options = consensusOptions({ threshold, minVoters: 2 });
      for (let k = 0; k < 1000; k++) {
        const { results, weights } = panel(next, 1 + Math.floor(next() * 12));
        const full = weightedConsensus(results, weights, options);
        expect(consensusAction(results, weights, options)).toBe(full.action);
        seen.add(full.holdReason ?? full.action);
      }
    }
    // The panels reach every branch of the rule.
    expect([...seen].sort()).toEqual(['BUY', 'SELL', 'hold-majority', 'no-quorum', 'no-supermajority', 'no-weight']);
  });

  it('meets the threshold exactly at 20 of 30 equal votes, as weightedConsensus does', () => {
    const results: AgentRunResult[] = Array.from({ length: 30 }, (_, i) => ({
      agent: `a${i}`,
      category: 'technical',
      status: 'voted',
      vote: vote(i < 20 ? 'BUY' : 'SELL', 1, 'r.', {}),
      elapsedMs: 0,
    }));
    expect(consensusAction(results, new Float64Array(30).fill(1))).toBe('BUY');
  });

  it('rejects weights that do not line up with the results or are not usable, like weightedConsensus', () => {
    const results: AgentRunResult[] = [{ agent: 'a', category: 'technical', status: 'voted', vote: vote('BUY', 1, 'r.', {}), elapsedMs: 0 }];
    expect(() => consensusAction(results, [])).toThrow('weights has 0 values for 1 results');
    expect(() => consensusAction(results, [Infinity])).toThrow('weights[0] (a) must be a finite number >= 0, got Infinity');
  });
});
