import { describe, expect, it } from 'vitest';
import { kellyFromWinsAndLosses, kellySizingAgent } from './kelly-sizing-agent.js';
import { abstentionReason, barsFromCloses, expectVote, runAgent } from './run-agent.test-support.js';

const steady = (n: number, growth: number) => Array.from({ length: n }, (_, i) => 100 * (1 + growth) ** i);

describe('kellyFromWinsAndLosses', () => {
  it('is p - (1 - p) / b: 60 % wins at payoff 1.5 gives 0.333; no wins -1; no losses p', () => {
    expect(kellyFromWinsAndLosses(0.6, 0.03, 0.02)).toBeCloseTo(0.6 - 0.4 / 1.5, 15);
    expect(kellyFromWinsAndLosses(0, 0, 0.02)).toBe(-1);
    expect(kellyFromWinsAndLosses(1, 0.02, 0)).toBe(1);
  });
});

describe('kelly-sizing agent', () => {
  it('abstains until 250 five-bar returns are available', () => {
    expect(abstentionReason(runAgent(kellySizingAgent, barsFromCloses(steady(200, 0.001))))).toBe('RETDIST(5,250) needs 255 bars of TEST; still warming up');
  });

  it('answers BUY with the capped bet when every 5-bar hold of a steady riser won', () => {
    const v = expectVote(runAgent(kellySizingAgent, barsFromCloses(steady(300, 0.002))));
    expect(v.action).toBe('BUY');
    // No losses: f* = p = 1; half Kelly 0.5 is capped at 0.2.
    expect(v.indicators).toMatchObject({ winRate: 1, averageLoss: 0, longKelly: 1, bet: 0.2, sizeMultiplier: 1 });
    expect(v.confidence).toBe(1);
    expect(v.risk).toEqual({ level: 'low', sizeMultiplier: 1 });
    expect(v.reasoning).toContain('payoff unbounded');
  });

  it('answers SELL when every 5-bar hold of a steady decliner lost', () => {
    const v = expectVote(runAgent(kellySizingAgent, barsFromCloses(steady(300, -0.002))));
    expect(v.action).toBe('SELL');
    expect(v.indicators).toMatchObject({ winRate: 0, longKelly: -1, shortKelly: 1, bet: 0.2 });
  });

  it('answers HOLD with a floored size when wins and losses balance: 50 % at payoff 1.01', () => {
    // Closes alternate 100 / 101, so 5-bar returns alternate +1 % and -0.990 %.
    const closes = Array.from({ length: 300 }, (_, i) => (i % 2 === 1 ? 101 : 100));
    const v = expectVote(runAgent(kellySizingAgent, barsFromCloses(closes)));
    const fullKelly = 0.5 - 0.5 / 1.01;
    expect(v.action).toBe('HOLD');
    expect(v.indicators.winRate).toBe(0.5);
    expect(v.indicators.payoffRatio).toBeCloseTo(1.01, 12);
    expect(v.indicators.longKelly).toBeCloseTo(fullKelly, 12);
    expect(v.indicators.bet).toBeCloseTo(fullKelly / 2, 12);
    expect(v.risk).toEqual({ level: 'medium', sizeMultiplier: 0.25 });
    expect(v.reasoning).toBe(
      'A naive 5-bar long won 50.0% of 250 trades with payoff 1.01 (avg win 1.00%, avg loss 0.99%), so full Kelly is 0.5% long / -0.5% short; ' +
        '50% Kelly capped at 20% bets 0.2% long, below the 5% minimum: HOLD, size × 0.25.',
    );
  });

  it('rejects unknown config keys and a minimum above the cap, naming the field', () => {
    expect(kellySizingAgent.configSchema.safeParse({ fraction: 0.5 }).success).toBe(false);
    expect(kellySizingAgent.configSchema.safeParse({ minFraction: 0.3 }).error?.issues[0]?.path).toEqual(['minFraction']);
    expect(kellySizingAgent.configSchema.safeParse({ kellyFraction: 0 }).error?.issues[0]?.path).toEqual(['kellyFraction']);
  });
});
