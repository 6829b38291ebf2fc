import { describe, expect, it } from 'vitest';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { abstain, type AgentInstance } from './agent.js';
import { averageTrueRangeFeature } from './features/standard-features.js';
import { SymbolAnalysis } from './symbol-analysis.js';

const series = randomWalkBars({ length: 60, seed: 4 });

function agent(historyNeeded: number, features: AgentInstance['features'] = []): AgentInstance {
  return { features, historyNeeded, analyze: () => abstain('test') };
}

describe('SymbolAnalysis', () => {
  it('computes extra features next to the agents, sharing equal keys with theirs', () => {
    const agentsAtr = averageTrueRangeFeature(14, 2);
    const riskAtr = averageTrueRangeFeature(14, 1);
    const analysis = new SymbolAnalysis({ symbol: 'X', timeframe: '1d', agents: [agent(1, [agentsAtr])], features: [riskAtr] });
    const reference = averageTrueRangeFeature(14).create();
    let expected: number | null = null;
    for (let i = 0; i < series.length; i++) {
      analysis.push(series.bar(i));
      expected = reference.update(series.bar(i));
    }
    expect(analysis.features.size).toBe(1);
    expect(analysis.features.get(riskAtr)).toBe(expected);
    expect(analysis.features.get(agentsAtr)).toBe(expected);
  });

  it('keeps the bars the agents need, at least minHistory, and counts every bar', () => {
    const analysis = new SymbolAnalysis({ symbol: 'X', timeframe: '1d', agents: [agent(5), agent(9)], minHistory: 3 });
    for (let i = 0; i < 20; i++) analysis.push(series.bar(i));
    expect(analysis.barCount).toBe(20);
    expect(analysis.history.length).toBe(9);
    expect(analysis.history.close(0)).toBe(series.close[19]);
    expect(analysis.history.time(8)).toBe(series.time[11]);
    expect(analysis.history.close(9)).toBeNaN();
    expect(analysis.context().bars).toBe(analysis.history);
    analysis.reset();
    expect(analysis.barCount).toBe(0);
    expect(analysis.history.length).toBe(0);
  });

  it('rejects a bar that is not after the previous one, and a history capacity below 1', () => {
    const analysis = new SymbolAnalysis({ symbol: 'X', timeframe: '1d', agents: [] });
    analysis.push(series.bar(1));
    expect(() => analysis.push(series.bar(0))).toThrow('X: bar at 2020-01-01T00:00:00.000Z is not after the previous bar');
    expect(() => new SymbolAnalysis({ symbol: 'X', timeframe: '1d', agents: [], minHistory: 0 })).toThrow('history capacity must be a positive integer, got 0');
  });
});
