import { describe, expect, it } from 'vitest';
import { contractMid, contractImpliedVolatility } from './option-quote.js';
import type { OptionContract, OptionsChain } from './options-chain.js';
import { syntheticOptionsChain } from './options-chain.test-support.js';
import { putCallRatios } from './put-call-ratio.js';
import { unusualOptionsActivity } from './unusual-options-activity.js';
import { volatilitySkew } from './volatility-skew.js';

const asOf = Date.UTC(2024, 0, 2, 21);
const expiry = asOf + 30 * 86_400_000;
const contract = (type: 'call' | 'put', strike: number, volume: number, openInterest: number, bid = 1, ask = 1.2): OptionContract => ({
  type,
  strike,
  expiry,
  bid,
  ask,
  volume,
  openInterest,
  impliedVolatility: 0.3,
});
const chainOf = (contracts: OptionContract[]): OptionsChain => ({ underlying: 'TEST', underlyingPrice: 100, asOf, riskFreeRate: 0.03, contracts });
const skewOptions = { targetDays: 30, minDays: 7, maxDays: 90, wingDelta: 0.25 };

describe('putCallRatios', () => {
  it('sums volume and open interest by side and divides puts by calls', () => {
    const r = putCallRatios(chainOf([contract('put', 95, 300, 1000), contract('put', 90, 150, 500), contract('call', 105, 500, 3000), contract('call', 110, NaN, -1)]));
    expect(r).toMatchObject({ putVolume: 450, callVolume: 500, putOpenInterest: 1500, callOpenInterest: 3000 });
    expect(r.volumeRatio).toBeCloseTo(0.9, 12);
    expect(r.openInterestRatio).toBeCloseTo(0.5, 12);
  });
});

describe('unusualOptionsActivity', () => {
  it('flags contracts whose volume exceeds the multiple of open interest and sums their premium', () => {
    const a = unusualOptionsActivity(
      chainOf([contract('call', 105, 2000, 500, 2, 2.2), contract('call', 110, 300, 10000), contract('put', 95, 600, 0, 1, 1), contract('put', 90, 50, 10)]),
      { minVolume: 100, minVolumeToOpenInterest: 2 },
    );
    // Call 105: 2000 / 500 = 4 ≥ 2, premium 2.1 × 2000 × 100; put 95: no open interest; put 90: volume 50 < 100.
    expect(a).toMatchObject({ totalVolume: 2950, unusualContracts: 2, callVolume: 2000, putVolume: 600, maxVolumeToOpenInterest: Infinity });
    expect(a.callPremium).toBeCloseTo(420_000, 6);
    expect(a.putPremium).toBeCloseTo(60_000, 6);
  });
});

describe('contract quotes', () => {
  it('takes the mid of bid and ask, the ask alone without a bid, NaN without quotes', () => {
    expect(contractMid(contract('call', 100, 1, 1, 1, 1.2))).toBeCloseTo(1.1, 12);
    expect(contractMid(contract('call', 100, 1, 1, 0, 0.05))).toBe(0.05);
    expect(contractMid(contract('call', 100, 1, 1, 0, 0))).toBeNaN();
  });

  it('solves the implied volatility from the mid when the source reports none', () => {
    const chain = syntheticOptionsChain({ asOf, reportImpliedVolatility: false, volatility: () => 0.42 });
    for (const c of chain.contracts) expect(contractImpliedVolatility(chain, c)).toBeCloseTo(0.42, 9);
  });
});

describe('volatilitySkew', () => {
  it('measures a 10-point put-over-call risk reversal on a chain with puts at 35 % and calls at 25 % IV', () => {
    const chain = syntheticOptionsChain({ asOf, expiryDays: [9, 37, 120], volatility: (type) => (type === 'put' ? 0.35 : 0.25) });
    const skew = volatilitySkew(chain, skewOptions);
    if (skew.kind !== 'skew') throw new Error(skew.reason);
    expect(skew.daysToExpiry).toBe(37);
    expect(skew.riskReversal).toBeCloseTo(0.1, 12);
    expect(skew.atTheMoneyVolatility).toBeCloseTo(0.3, 12);
    expect(skew.relativeSkew).toBeCloseTo(1 / 3, 12);
  });

  it('interpolates in delta: a smile linear in strike gives a put wing richer than the call wing', () => {
    const chain = syntheticOptionsChain({ asOf, volatility: (_type, m) => 0.3 - 0.5 * (m - 1) });
    const skew = volatilitySkew(chain, skewOptions);
    if (skew.kind !== 'skew') throw new Error(skew.reason);
    // Exact 25-delta wings of this smile (solved with scipy brentq on the continuous smile): put K = 94.51,
    // IV 0.3274; call K = 105.94, IV 0.2703; risk reversal 0.0572. Linear interpolation between the 5 %-spaced
    // strikes may be off by a fraction of a vol point.
    expect(skew.putWingVolatility).toBeCloseTo(0.3274, 2);
    expect(skew.callWingVolatility).toBeCloseTo(0.2703, 2);
    expect(Math.abs(skew.riskReversal - 0.0572)).toBeLessThan(0.003);
  });

  it('reports what is missing when no expiry fits or the wings are not bracketed', () => {
    expect(volatilitySkew(syntheticOptionsChain({ asOf, expiryDays: [200] }), skewOptions)).toEqual({ kind: 'missing', reason: 'no expiry between 7 and 90 days' });
    const narrow = volatilitySkew(syntheticOptionsChain({ asOf, moneyness: [0.99, 1, 1.01] }), skewOptions);
    expect(narrow.kind).toBe('missing');
    if (narrow.kind === 'missing') expect(narrow.reason).toMatch(/30-day expiry has no quotes on both sides of 0.25 delta/);
  });
});
