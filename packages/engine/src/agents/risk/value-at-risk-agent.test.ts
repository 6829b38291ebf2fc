import { describe, expect, it } from 'vitest';
import { abstentionReason, barsFromCloses, expectVote, runAgent } from './run-agent.test-support.js';
import { valueAtRiskAgent } from './value-at-risk-agent.js';

/** 261 closes whose returns repeat [-loss, +gain, 0 × 8]: 26 one-bar losses of `loss` in any 250-return window. */
function repeatingLoss(loss: number): number[] {
  const pattern = [-loss, loss / (1 - loss), 0, 0, 0, 0, 0, 0, 0, 0];
  const closes = [100];
  for (let i = 0; i < 260; i++) closes.push(closes[i] * (1 + pattern[i % 10]));
  return closes;
}

describe('value-at-risk agent', () => {
  it('abstains until 250 returns are in the window', () => {
    expect(abstentionReason(runAgent(valueAtRiskAgent, barsFromCloses(repeatingLoss(0.01).slice(0, 250))))).toBe('VAR(250,0.95) needs 251 bars of TEST; still warming up');
  });

  it('answers SELL with high risk when the 95 % VaR of 6 % breaches the 4 % limit, sizing to the limit', () => {
    const v = expectVote(runAgent(valueAtRiskAgent, barsFromCloses(repeatingLoss(0.06))));
    expect(v.action).toBe('SELL');
    expect(v.indicators.valueAtRisk).toBeCloseTo(0.06, 12);
    expect(v.indicators.expectedShortfall).toBeCloseTo(0.06, 12);
    expect(v.confidence).toBeCloseTo(0.3 + 0.7 * 0.5, 10);
    expect(v.risk?.level).toBe('high');
    expect(v.risk?.sizeMultiplier).toBeCloseTo(0.04 / 0.06, 12);
    expect(v.reasoning).toBe('One-bar 95% historical VaR over 250 bars is 6.00% (CVaR 6.00%), above the 4.00% limit: SELL to cut exposure, high risk, size × 0.67.');
  });

  it('answers HOLD with medium risk at 75 % of the limit and low risk at 25 %', () => {
    const medium = expectVote(runAgent(valueAtRiskAgent, barsFromCloses(repeatingLoss(0.03))));
    expect(medium).toMatchObject({ action: 'HOLD', risk: { level: 'medium', sizeMultiplier: 1 } });
    expect(medium.confidence).toBeCloseTo(0.1 + 0.3 * 0.75, 10);
    const low = expectVote(runAgent(valueAtRiskAgent, barsFromCloses(repeatingLoss(0.01))));
    expect(low).toMatchObject({ action: 'HOLD', risk: { level: 'low', sizeMultiplier: 1 } });
    expect(low.reasoning).toBe('One-bar 95% historical VaR over 250 bars is 1.00% (CVaR 1.00%), within the 4.00% limit: low risk, HOLD.');
  });

  it('labels a 97.5 % confidence and a 30-bar window in the reasoning', () => {
    const v = expectVote(runAgent(valueAtRiskAgent, barsFromCloses(repeatingLoss(0.02)), {}, { window: 30, confidence: 0.975 }));
    expect(v.reasoning).toMatch(/^One-bar 97.5% historical VaR over 30 bars is 2.00%/);
  });

  it('rejects unknown config keys and out-of-range values, naming the field', () => {
    expect(valueAtRiskAgent.configSchema.safeParse({ alpha: 0.05 }).success).toBe(false);
    expect(valueAtRiskAgent.configSchema.safeParse({ confidence: 1 }).error?.issues[0]?.path).toEqual(['confidence']);
    expect(valueAtRiskAgent.configSchema.safeParse({ limit: 0 }).error?.issues[0]?.path).toEqual(['limit']);
  });
});
