import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { RollingBarHistory } from '../../series/rolling-bar-history.js';
import { expectDeterministic, expectNoBarLookAhead, expectWellFormed, randomBars } from './agent-properties.test-support.js';
import { riskAgents } from './index.js';
import { runAgentSeries } from './run-agent.test-support.js';

const LENGTH = 420;

/** A benchmark walk on the same bar times, handed over with `extra` bars beyond the current one. */
function benchmarkInputs(benchmark: readonly Bar[], extra: number) {
  return (_bar: Bar, index: number) => {
    const history = new RollingBarHistory(64);
    const end = Math.min(benchmark.length, index + 1 + extra);
    for (let i = Math.max(0, end - 64); i < end; i++) history.push(benchmark[i]);
    return { benchmark: history };
  };
}

describe.each(riskAgents.map((definition) => [definition.id, definition] as const))('risk agent %s (properties)', (_id, definition) => {
  for (const seed of [1, 2, 3]) {
    const bars = randomBars(LENGTH, seed, 0.01 + 0.01 * seed);
    const benchmark = randomBars(LENGTH, seed + 100, 0.01);

    it(`seed ${seed}: votes with confidence in [0, 1], finite indicators and a risk assessment, deterministically`, () => {
      const outputs = expectDeterministic(definition, bars, benchmarkInputs(benchmark, 0));
      expect(expectWellFormed(outputs, true)).toBeGreaterThan(50);
    });

    it(`seed ${seed}: output at bar t ignores later bars, of the symbol and of the benchmark`, () => {
      expectNoBarLookAhead(definition, bars, benchmarkInputs(benchmark, 0), [300, 350, 419]);
      const withFutureBenchmark = runAgentSeries(definition, bars, benchmarkInputs(benchmark, 5));
      expect(withFutureBenchmark).toEqual(runAgentSeries(definition, bars, benchmarkInputs(benchmark, 0)));
    });
  }
});

describe('riskAgents', () => {
  it('registers the five risk agents with unique ids and default configs that parse from {}', () => {
    expect(riskAgents.map((a) => a.id)).toEqual(['volatility-regime', 'drawdown', 'benchmark-correlation', 'value-at-risk', 'kelly-sizing']);
    for (const agent of riskAgents) {
      expect(agent.category).toBe('risk');
      expect(agent.configSchema.safeParse({}).success).toBe(true);
    }
  });
});
