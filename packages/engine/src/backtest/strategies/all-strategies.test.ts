import { describe, expect, it } from 'vitest';
import { createDefaultAgentRegistry } from '../../agents/default-agent-registry.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { runBacktest } from '../run/run-backtest.js';
import { ALL_STRATEGIES } from './all-strategies.js';
import { createStrategy } from './create-strategy.js';

describe('ALL_STRATEGIES', () => {
  it('offers the built-in strategies, consensus and agent:<id> for every registered agent', () => {
    const agents = createDefaultAgentRegistry()
      .list()
      .map((definition) => `agent:${definition.id}`);
    expect(ALL_STRATEGIES.map((definition) => definition.name)).toEqual(['sma-cross', 'buy-and-hold', 'consensus', ...agents]);
  });

  it('creates them from text parameters, checked against their specs', () => {
    expect(createStrategy('consensus', { minConfidence: '0.3', holdBars: '0', short: '0' }, ALL_STRATEGIES).name).toBe('consensus');
    expect(createStrategy('agent:macd', { size: '0.5' }, ALL_STRATEGIES).name).toBe('agent:macd');
    expect(() => createStrategy('consensus', { short: '2' }, ALL_STRATEGIES)).toThrow('strategy consensus: parameter short must be an integer >= 0 and <= 1, got "2"');
    expect(() => createStrategy('consensus', { threshold: '0.5' }, ALL_STRATEGIES)).toThrow('threshold must be a number in (0.5, 1], got 0.5');
    expect(() => createStrategy('agent:rsi', { fast: '3' }, ALL_STRATEGIES)).toThrow('strategy agent:rsi has no parameter "fast"; its parameters are size, minConfidence, short, holdBars');
  });

  it('passes the parameters through: no shorts with short=0, the consensus threshold to the engine', () => {
    const series = randomWalkBars({ length: 300, seed: 11, volatility: 0.02 });
    const run = (name: string, params: Record<string, string>) => runBacktest(series, createStrategy(name, params, ALL_STRATEGIES), { finalizeTrades: true }).trades;
    expect(run('agent:rsi', { short: '0' }).every((t) => t.size > 0)).toBe(true);
    expect(run('agent:rsi', {}).some((t) => t.size < 0)).toBe(true);
    expect(run('consensus', { threshold: '1' }).length).toBeLessThan(run('consensus', {}).length);
  });
});
