import { expect } from 'vitest';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import type { Bar } from '../../series/bar.js';
import type { AgentDefinition, AgentOutput } from '../agent.js';
import { runAgentSeries, type InputsFor } from './run-agent.test-support.js';

/** `length` bars of a seeded random walk as bar objects. */
export function randomBars(length: number, seed: number, volatility = 0.02): Bar[] {
  const series = randomWalkBars({ length, seed, volatility });
  return Array.from({ length }, (_, i) => series.bar(i));
}

/**
 * Checks every output: votes have a finite confidence in [0, 1], a one-sentence reasoning with a
 * digit in it, finite indicators and (for risk agents) a risk assessment with a multiplier in
 * [0, 1]; abstentions have a reason. Returns how many outputs were votes.
 */
export function expectWellFormed(outputs: readonly AgentOutput[], requireRisk = false): number {
  let votes = 0;
  for (const output of outputs) {
    if (output.kind === 'abstain') {
      expect(output.reason.length).toBeGreaterThan(0);
      continue;
    }
    votes++;
    expect(Number.isFinite(output.confidence)).toBe(true);
    expect(output.confidence).toBeGreaterThanOrEqual(0);
    expect(output.confidence).toBeLessThanOrEqual(1);
    expect(output.reasoning).toMatch(/\d/);
    expect(output.reasoning.trim().endsWith('.')).toBe(true);
    for (const value of Object.values(output.indicators)) expect(Number.isFinite(value)).toBe(true);
    if (requireRisk) {
      expect(['low', 'medium', 'high']).toContain(output.risk?.level);
      expect(output.risk?.sizeMultiplier).toBeGreaterThanOrEqual(0);
      expect(output.risk?.sizeMultiplier).toBeLessThanOrEqual(1);
    }
  }
  return votes;
}

/** Same bars and inputs, same outputs. */
export function expectDeterministic(definition: AgentDefinition, bars: readonly Bar[], inputs: InputsFor): AgentOutput[] {
  const first = runAgentSeries(definition, bars, inputs);
  expect(runAgentSeries(definition, bars, inputs)).toEqual(first);
  return first;
}

/** The output at bar t of a run over all bars equals the last output of a run stopped at t. */
export function expectNoBarLookAhead(definition: AgentDefinition, bars: readonly Bar[], inputs: InputsFor, cuts: readonly number[]): void {
  const full = runAgentSeries(definition, bars, inputs);
  for (const cut of cuts) {
    const truncated = runAgentSeries(definition, bars.slice(0, cut + 1), inputs);
    expect(truncated[cut]).toEqual(full[cut]);
  }
}
