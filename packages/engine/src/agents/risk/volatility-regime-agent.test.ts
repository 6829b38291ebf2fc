import { describe, expect, it } from 'vitest';
import { abstentionReason, barsFromCloses, expectVote, runAgent } from './run-agent.test-support.js';
import { volatilityRegimeAgent } from './volatility-regime-agent.js';

/** Closes alternating 100 and 100·(1 + amplitude): log returns of exactly ±ln(1 + amplitude). */
const alternating = (n: number, amplitude: number) => Array.from({ length: n }, (_, i) => (i % 2 === 1 ? 100 * (1 + amplitude) : 100));
// Sample std of 20 returns of ±x (10 of each) is x·sqrt(20/19).
const volOf = (amplitude: number) => Math.log(1 + amplitude) * Math.sqrt(20 / 19);

describe('volatility-regime agent', () => {
  it('abstains while RETVOL(20) has fewer than 252 values to rank, saying how many bars it needs', () => {
    expect(abstentionReason(runAgent(volatilityRegimeAgent, barsFromCloses(alternating(100, 0.01))))).toBe(
      'VOLREGIME(20,252) needs 272 bars of TEST with a positive close; still warming up',
    );
  });

  it('answers HOLD with high risk and a median-targeting size cut when volatility jumps to the top of its range', () => {
    // The 21st-last return bridges the two regimes; the last 20 are pure ±ln(1.04).
    const closes = [...alternating(290, 0.01), ...alternating(21, 0.04)];
    const v = expectVote(runAgent(volatilityRegimeAgent, barsFromCloses(closes)));
    expect(v.action).toBe('HOLD');
    expect(v.risk?.level).toBe('high');
    expect(v.indicators.volatility).toBeCloseTo(volOf(0.04), 12);
    expect(v.indicators.medianVolatility).toBeCloseTo(volOf(0.01), 12);
    // The current volatility is the window's maximum: percentile 1.
    expect(v.indicators.volatilityPercentile).toBe(1);
    expect(v.risk?.sizeMultiplier).toBeCloseTo(volOf(0.01) / volOf(0.04), 12);
    expect(v.confidence).toBeCloseTo(0.8, 12);
    expect(v.reasoning).toBe(
      '20-bar return volatility is 4.02% per bar, the 100th percentile of the last 252 bars (median 1.02%): a high-volatility regime (above the 80th percentile), high risk, size × 0.25, HOLD.',
    );
  });

  it('answers a low-confidence HOLD with low risk and full size in a calm regime', () => {
    const v = expectVote(runAgent(volatilityRegimeAgent, barsFromCloses([...alternating(290, 0.04), ...alternating(30, 0.01)])));
    expect(v).toMatchObject({ action: 'HOLD', confidence: 0.1, risk: { level: 'low', sizeMultiplier: 1 } });
    // After the bridging return, 29 pure calm returns make 10 equal (lowest) values among the 252 ranked.
    expect(v.indicators.volatilityPercentile).toBeCloseTo(4.5 / 251, 12);
    expect(v.reasoning).toContain('the 2nd percentile');
  });

  it('reports medium risk in a steady regime (every volatility equal: 50th percentile)', () => {
    const v = expectVote(runAgent(volatilityRegimeAgent, barsFromCloses(alternating(300, 0.02))));
    expect(v).toMatchObject({ action: 'HOLD', confidence: 0.15, risk: { level: 'medium', sizeMultiplier: 1 } });
    expect(v.indicators.volatilityPercentile).toBe(0.5);
  });

  it('rejects unknown config keys and bad values, naming the field', () => {
    const schema = volatilityRegimeAgent.configSchema;
    expect(schema.safeParse({ period: 20 }).success).toBe(false);
    const inverted = schema.safeParse({ lowPercentile: 0.9, highPercentile: 0.8 });
    expect(inverted.success).toBe(false);
    expect(inverted.error?.issues[0]?.path).toEqual(['lowPercentile']);
    expect(schema.safeParse({ volatilityPeriod: 1 }).error?.issues[0]?.path).toEqual(['volatilityPeriod']);
  });
});
