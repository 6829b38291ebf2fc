import { describe, expect, it } from 'vitest';
import { createDefaultAgentRegistry } from '../../agents/default-agent-registry.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { SignalEngine } from '../../signal/signal-engine.js';
import { runBacktest } from '../run/run-backtest.js';
import { agentStrategy } from './agent-strategy.js';

const series = randomWalkBars({ length: 300, seed: 11, volatility: 0.02 });

/** The agent's action on every bar, from the engine's own path with that agent alone. */
function votes(agent: string): string[] {
  const engine = new SignalEngine({ agents: [agent], learn: false });
  return Array.from({ length: series.length }, (_, i) => engine.updateWithDetails(series.symbol, '1d', series.bar(i)).results[0].vote?.action ?? 'HOLD');
}

describe('agentStrategy', () => {
  it('takes the agent vote as the action: every entry follows a vote in its direction, the first one the first vote', () => {
    const actions = votes('rsi');
    const { trades } = runBacktest(series, agentStrategy({ agent: 'rsi', holdBars: 0 }), { finalizeTrades: true });
    expect(trades.length).toBeGreaterThan(2);
    expect(trades[0].entryBar - 1).toBe(actions.findIndex((action, i) => i >= 1 && action !== 'HOLD'));
    for (const trade of trades) expect(actions[trade.entryBar - 1]).toBe(trade.size > 0 ? 'BUY' : 'SELL');
    // holdBars 0: a position only ends on an opposite vote (or at the end), which opens the next one there.
    for (let k = 1; k < trades.length; k++) expect(trades[k].entryBar).toBe(trades[k - 1].exitBar);
  });

  it('sizes every position as a fixed share of the margin, without stops', () => {
    const { trades } = runBacktest(series, agentStrategy({ agent: 'rsi', size: 0.5 }), { finalizeTrades: true });
    const first = trades[0];
    expect(Math.abs(first.size)).toBe(Math.floor(5_000 / first.entryPrice));
    for (const trade of trades) expect([trade.sl, trade.tp]).toEqual([undefined, undefined]);
  });

  it('names the unknown agent and lists the known ids', () => {
    const ids = createDefaultAgentRegistry()
      .list()
      .map((definition) => definition.id);
    expect(ids.length).toBeGreaterThan(30);
    expect(() => agentStrategy({ agent: 'nope' })).toThrow(`unknown agent "nope"; known agents: ${ids.join(', ')}`);
  });

  it('rejects a size outside (0, 1] and an invalid agent config', () => {
    expect(() => agentStrategy({ agent: 'rsi', size: 0 })).toThrow('size must be a number in (0, 1], got 0');
    expect(() => agentStrategy({ agent: 'rsi', config: { period: -3 } })).toThrow(/invalid config for agent "rsi"/);
  });
});
