import { describe, expect, it } from 'vitest';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { ivSkewAgent } from './iv-skew-agent.js';
import { optionsTestBars as bars, testChain } from './options-agent.test-support.js';

/** Flat put and call IVs: the 25-delta risk reversal is exactly put - call, ATM IV their mean. */
const skewed = (put: number, call: number) => testChain({ volatility: (type) => (type === 'put' ? put : call) });

describe('iv-skew agent', () => {
  it('answers SELL when puts trade 15 vol points over calls (0.46 of ATM IV)', () => {
    const v = expectVote(runAgent(ivSkewAgent, bars, { optionsChain: skewed(0.4, 0.25) }));
    const rel = 0.15 / 0.325;
    expect(v.action).toBe('SELL');
    expect(v.indicators.riskReversal).toBeCloseTo(0.15, 12);
    expect(v.indicators.relativeSkew).toBeCloseTo(rel, 12);
    expect(v.confidence).toBeCloseTo(0.3 + (0.7 * (rel - 0.3)) / 0.3, 10);
    expect(v.reasoning).toBe(
      'The 30-day 25-delta risk reversal is 15.0 vol points (put 40.0% vs call 25.0% IV), 0.46 of the 32.5% ATM IV, at or above the 0.30 steep-skew level: costly downside hedging, SELL.',
    );
  });

  it('answers BUY when calls are priced over puts', () => {
    const v = expectVote(runAgent(ivSkewAgent, bars, { optionsChain: skewed(0.25, 0.3) }));
    expect(v.action).toBe('BUY');
    expect(v.indicators.relativeSkew).toBeCloseTo(-0.05 / 0.275, 12);
    expect(v.confidence).toBe(1);
    expect(v.reasoning).toContain('at or below 0.00: calls priced over puts, BUY.');
  });

  it('answers a low-confidence HOLD on a normal 3-point skew', () => {
    const v = expectVote(runAgent(ivSkewAgent, bars, { optionsChain: skewed(0.33, 0.3) }));
    expect(v).toMatchObject({ action: 'HOLD', confidence: 0.15 });
    expect(v.indicators.relativeSkew).toBeCloseTo(0.03 / 0.315, 12);
  });

  it('abstains without a chain, without a 7-90 day expiry, or when the expiry is too thin', () => {
    expect(abstentionReason(runAgent(ivSkewAgent, bars))).toBe('no options chain for TEST');
    expect(abstentionReason(runAgent(ivSkewAgent, bars, { optionsChain: testChain({ expiryDays: [200] }) }))).toBe(
      'no IV skew for TEST: no expiry between 7 and 90 days',
    );
    expect(abstentionReason(runAgent(ivSkewAgent, bars, { optionsChain: testChain({ volume: () => 4 }) }))).toBe(
      'the 30-day expiry of TEST traded 88 contracts, below the 100 minimum',
    );
  });

  it('rejects unknown config keys and a target outside the day range, naming the field', () => {
    expect(ivSkewAgent.configSchema.safeParse({ delta: 0.25 }).success).toBe(false);
    expect(ivSkewAgent.configSchema.safeParse({ targetDays: 120 }).error?.issues[0]?.path).toEqual(['targetDays']);
    expect(ivSkewAgent.configSchema.safeParse({ wingDelta: 0.5 }).error?.issues[0]?.path).toEqual(['wingDelta']);
  });
});
