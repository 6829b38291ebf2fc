import { describe, expect, it } from 'vitest';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { RollingBarHistory } from '../series/rolling-bar-history.js';
import type { AgentOutput } from './agent.js';
import { createDefaultAgentRegistry } from './default-agent-registry.js';
import { SymbolAnalysis } from './symbol-analysis.js';

const BARS = 700;

/** The output's sentence: the reasoning of a vote, the reason of an abstention. */
function sentence(output: AgentOutput): string {
  return output.kind === 'vote' ? output.reasoning : output.reason;
}

describe('lazy reasoning of the built-in agents', () => {
  it('reads the same sentence hundreds of bars after the vote as right after it (no agent captures state that moves on)', () => {
    const series = randomWalkBars({ length: BARS, seed: 31, symbol: 'LAZY' });
    const market = randomWalkBars({ length: BARS, seed: 32, symbol: 'SPY' });
    // One benchmark history advanced bar by bar: a reasoning that kept a reference to it would change.
    const benchmark = new RollingBarHistory(300);
    const agents = createDefaultAgentRegistry().createAll();
    const analysis = new SymbolAnalysis({ symbol: 'LAZY', timeframe: '1d', agents: agents.map((a) => a.instance) });
    const unread: AgentOutput[] = [];
    const readAtOnce: string[] = [];
    const voted = new Set<string>();
    for (let i = 0; i < BARS; i++) {
      analysis.push(series.bar(i));
      benchmark.push({ ...market.bar(i), time: series.time[i] });
      const context = analysis.context({ benchmark });
      for (const agent of agents) {
        // analyze is pure: one answer is read now, the other only after the whole series.
        const now = agent.instance.analyze(context);
        const later = agent.instance.analyze(context);
        if ('then' in now || 'then' in later) throw new Error(`${agent.id} answered with a promise`);
        readAtOnce.push(`${agent.id}@${i}: ${sentence(now)}`);
        unread.push(later);
        if (now.kind === 'vote') voted.add(agent.id);
      }
    }
    const readLate = unread.map((output, k) => `${agents[k % agents.length].id}@${Math.floor(k / agents.length)}: ${sentence(output)}`);
    expect(readLate).toEqual(readAtOnce);
    // Every technical and risk agent voted along the way, the benchmark agent included.
    for (const agent of agents.filter((a) => a.category === 'technical' || a.category === 'risk')) expect(voted).toContain(agent.id);
  });
});
