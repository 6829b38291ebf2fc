import { describe, expect, it } from 'vitest';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { optionsTestBars as bars, chainTime, testChain } from './options-agent.test-support.js';
import { putCallRatioAgent } from './put-call-ratio-agent.js';

/** 11 strikes per side: `puts` and `calls` contracts traded per strike, open interest per strike. */
const flow = (puts: number, calls: number, putOi = 1000, callOi = 1000) =>
  testChain({ volume: (type) => (type === 'put' ? puts : calls), openInterest: (type) => (type === 'put' ? putOi : callOi) });

describe('put-call-ratio agent', () => {
  it('answers contrarian BUY at full strength when put volume is twice call volume and open interest agrees', () => {
    const v = expectVote(runAgent(putCallRatioAgent, bars, { optionsChain: flow(300, 150) }));
    expect(v.action).toBe('BUY');
    expect(v.indicators).toMatchObject({ putVolume: 3300, callVolume: 1650, volumeRatio: 2, openInterestRatio: 1 });
    expect(v.confidence).toBeCloseTo(0.9, 12);
    expect(v.reasoning).toBe(
      'Put/call volume ratio is 2.00 (3300 puts / 1650 calls) with open-interest ratio 1.00, above the 1.00 fear level and open interest agrees: contrarian BUY.',
    );
  });

  it('answers contrarian SELL when calls dominate (ratio 0.25)', () => {
    const v = expectVote(runAgent(putCallRatioAgent, bars, { optionsChain: flow(50, 200, 1000, 2000) }));
    expect(v.action).toBe('SELL');
    expect(v.indicators.volumeRatio).toBe(0.25);
    expect(v.confidence).toBeCloseTo(0.9, 12);
    expect(v.reasoning).toContain('below the 0.50 complacency level and open interest agrees: contrarian SELL');
  });

  it('follows the flow with reading "informed": heavy puts mean SELL', () => {
    expect(expectVote(runAgent(putCallRatioAgent, bars, { optionsChain: flow(300, 150) }, { reading: 'informed' })).action).toBe('SELL');
  });

  it('cuts confidence by a quarter when open interest leans the other way', () => {
    // Volume ratio sqrt(2) = 1.414: half strength (0.3 + 0.6 × 0.5 = 0.6); OI ratio 0.5 < 0.707 disagrees -> 0.45.
    const v = expectVote(runAgent(putCallRatioAgent, bars, { optionsChain: flow(100 * Math.SQRT2, 100, 1000, 2000) }));
    expect(v.action).toBe('BUY');
    expect(v.confidence).toBeCloseTo(0.45, 12);
  });

  it('answers a low-confidence HOLD between the levels', () => {
    expect(expectVote(runAgent(putCallRatioAgent, bars, { optionsChain: flow(75, 100) }))).toMatchObject({ action: 'HOLD', confidence: 0.15 });
  });

  it('abstains without a chain, for a stale, future-dated, foreign or thin chain', () => {
    expect(abstentionReason(runAgent(putCallRatioAgent, bars))).toBe('no options chain for TEST');
    expect(abstentionReason(runAgent(putCallRatioAgent, bars, { optionsChain: testChain({ asOf: chainTime - 3 * 86_400_000 }) }))).toBe(
      'the options chain for TEST is stale: 3.2 days old at the bar close, limit 36.0 hours',
    );
    expect(abstentionReason(runAgent(putCallRatioAgent, bars, { optionsChain: testChain({ asOf: chainTime + 5 * 3_600_000 }) }))).toBe(
      'the options chain for TEST is dated 2024-01-11T01:00:00.000Z, after the current bar closed',
    );
    expect(abstentionReason(runAgent(putCallRatioAgent, bars, { optionsChain: testChain({ underlying: 'MSFT' }) }))).toBe('the options chain is for MSFT, not TEST');
    expect(abstentionReason(runAgent(putCallRatioAgent, bars, { optionsChain: flow(10, 10) }))).toBe(
      'the options chain for TEST traded 220 contracts, below the 1000 minimum',
    );
  });

  it('rejects unknown config keys and inverted levels, naming the field', () => {
    expect(putCallRatioAgent.configSchema.safeParse({ ratio: 1 }).success).toBe(false);
    expect(putCallRatioAgent.configSchema.safeParse({ complacencyRatio: 2 }).error?.issues[0]?.path).toEqual(['complacencyRatio']);
    expect(putCallRatioAgent.configSchema.safeParse({ reading: 'bullish' }).error?.issues[0]?.path).toEqual(['reading']);
  });
});
