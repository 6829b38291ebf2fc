import { describe, expect, it } from 'vitest';
import type { AgentOutput } from '../agent.js';
import { createDefaultAgentRegistry } from '../default-agent-registry.js';
import { contractBars } from '../../indicators/contract/contract-bars.test-support.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { technicalAgents } from './index.js';
import { runAgent } from './technical-agent.test-support.js';

const SEEDS = [1, 2, 3];
const LENGTH = 2000;
const CUT = 1200;
const walks = SEEDS.map((seed) => randomWalkBars({ length: LENGTH, seed }));

/** Problems with one output, or an empty list. */
function problemsOf(output: AgentOutput): string[] {
  const problems: string[] = [];
  if (output.kind === 'abstain') {
    if (!/\d/.test(output.reason)) problems.push(`abstain reason without a number: "${output.reason}"`);
    return problems;
  }
  if (!Number.isFinite(output.confidence) || output.confidence < 0 || output.confidence > 1) problems.push(`confidence ${output.confidence}`);
  const text = output.reasoning;
  // One sentence: starts with a capital or a number, ends with a full stop, no full stop before a space inside.
  if (!/^[A-Z0-9].*\.$/.test(text) || /\.\s/.test(text)) problems.push(`not one sentence: "${text}"`);
  if (!/\d/.test(text)) problems.push(`reasoning without a number: "${text}"`);
  for (const [name, value] of Object.entries(output.indicators)) {
    if (!Number.isFinite(value)) problems.push(`indicator ${name} = ${value}`);
  }
  return problems;
}

describe('technical agents (all, on random walks)', () => {
  it('registers 23 agents with unique kebab-case ids, all in the default registry', () => {
    const ids = technicalAgents.map((agent) => agent.id);
    expect(ids.length).toBe(23);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const registry = createDefaultAgentRegistry();
    for (const id of ids) expect(registry.get(id).category).toBe('technical');
  });

  describe.each(technicalAgents.map((agent) => [agent.id, agent] as const))('%s', (_id, agent) => {
    it('parses {} to a working config and rejects unknown keys', () => {
      expect(() => agent.create(agent.configSchema.parse({}))).not.toThrow();
      expect(agent.configSchema.safeParse({ notAnOption: 1 }).success).toBe(false);
    });

    it('stays valid through a flat, zero-volume stretch (no range, no movement, no volume)', () => {
      const outputs = runAgent(agent, contractBars());
      const problems = outputs.flatMap((output, i) => problemsOf(output).map((p) => `bar ${i}: ${p}`));
      expect(problems.slice(0, 5)).toEqual([]);
    });

    it.each(SEEDS.map((seed, i) => [seed, walks[i]] as const))('seed %i: valid, deterministic outputs free of look-ahead, both BUY and SELL', (_seed, bars) => {
      const outputs = runAgent(agent, bars);
      expect(outputs.length).toBe(LENGTH);

      // Warm-up: the first bar cannot be enough for any indicator, so it abstains (and nothing threw).
      expect(outputs[0].kind).toBe('abstain');

      const problems = outputs.flatMap((output, i) => problemsOf(output).map((p) => `bar ${i}: ${p}`));
      expect(problems.slice(0, 5)).toEqual([]);

      // Deterministic: a second fresh run gives the same outputs.
      expect(runAgent(agent, bars)).toEqual(outputs);

      // No look-ahead: bars after t change nothing at t.
      expect(runAgent(agent, bars.slice(0, CUT))).toEqual(outputs.slice(0, CUT));

      const actions = new Set(outputs.map((o) => (o.kind === 'vote' ? o.action : 'ABSTAIN')));
      expect(actions.has('BUY'), 'never votes BUY').toBe(true);
      expect(actions.has('SELL'), 'never votes SELL').toBe(true);
    });
  });
});
