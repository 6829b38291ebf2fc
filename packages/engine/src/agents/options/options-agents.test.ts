import { describe, expect, it } from 'vitest';
import { syntheticOptionsChain } from '../../options/options-chain.test-support.js';
import { createSeededRandom } from '../../random/seeded-random.js';
import type { Bar } from '../../series/bar.js';
import { expectDeterministic, expectNoBarLookAhead, expectWellFormed, randomBars } from '../risk/agent-properties.test-support.js';
import { runAgentSeries } from '../risk/run-agent.test-support.js';
import { optionsAgents } from './index.js';

const DAY = 86_400_000;

/** A chain per bar with random skew and flow (seeded by the bar index), snapshotted `offsetMs` after the bar opened. */
function chainInputs(offsetMs: number) {
  return (bar: Bar, index: number) => {
    const random = createSeededRandom(1000 + index);
    const putPremium = 0.15 * random.next() - 0.03;
    const putFlow = 50 + 300 * random.next();
    const callFlow = 50 + 300 * random.next();
    const block = random.next() < 0.3 ? (random.next() < 0.5 ? 'call' : 'put') : null;
    return {
      optionsChain: syntheticOptionsChain({
        underlying: 'TEST',
        spot: bar.close,
        asOf: bar.time + offsetMs,
        expiryDays: [9, 30, 60],
        volatility: (type, m) => 0.25 + (type === 'put' ? putPremium : 0) + 0.2 * Math.abs(m - 1),
        volume: (type, m) => (type === block && Math.abs(m - 1.05) < 0.03 ? 4000 : type === 'put' ? putFlow : callFlow),
      }),
    };
  };
}

describe.each(optionsAgents.map((definition) => [definition.id, definition] as const))('options agent %s (properties)', (_id, definition) => {
  const bars = randomBars(60, 5);
  const fresh = chainInputs(20 * 3_600_000);

  it('votes with confidence in [0, 1] and finite indicators, deterministically', () => {
    const outputs = expectDeterministic(definition, bars, fresh);
    expect(expectWellFormed(outputs)).toBe(60);
    expect(new Set(outputs.map((o) => (o.kind === 'vote' ? o.action : 'abstain'))).size).toBeGreaterThan(1);
  });

  it('ignores later bars and never uses a chain dated after the current bar closed', () => {
    expectNoBarLookAhead(definition, bars, fresh, [10, 40]);
    const future = runAgentSeries(definition, bars, chainInputs(DAY + 3_600_000));
    for (const output of future) expect(output).toEqual({ kind: 'abstain', reason: expect.stringMatching(/after the current bar closed$/) });
  });
});

describe('optionsAgents', () => {
  it('registers the three options agents with default configs that parse from {}', () => {
    expect(optionsAgents.map((a) => a.id)).toEqual(['put-call-ratio', 'unusual-options-activity', 'iv-skew']);
    for (const agent of optionsAgents) expect(agent.configSchema.safeParse({}).success).toBe(true);
  });
});
