import { AgentRegistry, createDefaultAgentRegistry } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.js';
import { applyConfigPatch, effectiveAgentConfig, resolveAgentConfig } from './agent-config.js';

const registry = createDefaultAgentRegistry();

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('agent config', () => {
  it('merges a patch into the stored overrides: values set fields, null puts a field back to its default', () => {
    expect(applyConfigPatch({ period: 21, oversold: 25 }, { oversold: null, overbought: 75 })).toEqual({ period: 21, overbought: 75 });
    expect(applyConfigPatch({}, { period: null })).toEqual({});
  });

  it("resolves the full config through the registry and refuses values the agent's schema rejects, field by field", () => {
    expect(resolveAgentConfig(registry, 'rsi', { period: 21 })).toEqual({ period: 21, oversold: 30, overbought: 70 });
    expect(refusal(() => resolveAgentConfig(registry, 'macd', { fastPeriod: 30, slowPeriod: 'x' })).problems).toEqual([
      { field: 'body.config.slowPeriod', message: 'Invalid input: expected number, received string' },
    ]);
    expect(refusal(() => resolveAgentConfig(registry, 'macd', { fastPeriod: 30 })).problems).toEqual([{ field: 'body.config.fastPeriod', message: 'fastPeriod must be below slowPeriod' }]);
  });

  it('reports an agent that refuses to build with a config its schema accepted as a 400 on the config, with the reason', () => {
    const rsi = registry.get('rsi');
    const fussy = new AgentRegistry([
      {
        ...rsi,
        id: 'fussy',
        create: () => {
          throw new RangeError('period 14 needs more history than this agent keeps');
        },
      },
    ]);
    const error = refusal(() => resolveAgentConfig(fussy, 'fussy', {}));
    expect([error.code, error.problems]).toEqual(['GS_ERR_VALIDATION', [{ field: 'body.config', message: 'is refused by agent fussy: period 14 needs more history than this agent keeps' }]]);
  });

  it('lists overrides the schema no longer accepts with the defaults and the reason, instead of failing', () => {
    expect(effectiveAgentConfig(registry.get('rsi'), { period: 10 })).toEqual({ config: { period: 10, oversold: 30, overbought: 70 }, problem: null });
    expect(effectiveAgentConfig(registry.get('rsi'), { period: 10, smoothing: 'ema' })).toEqual({
      config: { period: 14, oversold: 30, overbought: 70 },
      problem: 'config.smoothing is not a setting of agent rsi',
    });
  });
});
