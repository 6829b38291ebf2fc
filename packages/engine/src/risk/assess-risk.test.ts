import { describe, expect, it } from 'vitest';
import { assessRisk, type RiskInput } from './assess-risk.js';
import { kellyCriterion } from './kelly.js';
import { riskLevelFromPercentile } from './risk-level.js';
import { riskOptions } from './risk-options.js';

const base: RiskInput = { action: 'BUY', entry: 100, atr: 2.5, volatilityPercentile: 0.5, winRate: 0.55, payoff: null };

// Reference values are computed by hand from the formulas in assess-risk.ts (defaults k = 2, R = 2,
// half Kelly, 25% max position, 1% max risk per trade).
describe('assessRisk', () => {
  it('places a BUY stop k ATRs below and the target R times that above, and sizes by half Kelly', () => {
    const risk = assessRisk(base);
    expect(risk.stopLoss).toBe(95); // 100 - 2 x 2.5
    expect(risk.takeProfit).toBe(110); // 100 + 2 x 2 x 2.5
    expect(risk.payoffSource).toBe('reward-risk');
    expect(risk.payoff).toBe(2);
    expect(risk.kelly).toBeCloseTo(0.325, 15); // 0.55 - 0.45 / 2
    // min(0.25, 0.5 x 0.325 = 0.1625, 0.01 / 0.05 = 0.2)
    expect(risk.positionSize).toBeCloseTo(0.1625, 15);
    expect(risk.sizeLimit).toBe('kelly');
  });

  it('mirrors the stops for a SELL and uses a measured payoff', () => {
    const risk = assessRisk({ ...base, action: 'SELL', entry: 50, atr: 1, winRate: 0.6, payoff: 1.5 });
    expect(risk.stopLoss).toBe(52);
    expect(risk.takeProfit).toBe(46);
    expect(risk.payoffSource).toBe('measured');
    expect(risk.kelly).toBeCloseTo(0.6 - 0.4 / 1.5, 15);
    expect(risk.positionSize).toBeCloseTo((0.6 - 0.4 / 1.5) / 2, 15); // under the 0.01 / 0.04 = 0.25 risk cap
  });

  it('caps the size so that hitting the stop loses at most maxRiskPerTrade of equity', () => {
    // Stop 10% away: 0.01 / 0.10 = 0.1 < half Kelly of (0.6 - 0.4/2) = 0.2.
    const risk = assessRisk({ ...base, atr: 5, winRate: 0.6, payoff: 2 });
    expect(risk.positionSize).toBeCloseTo(0.1, 15);
    expect(risk.sizeLimit).toBe('max-risk-per-trade');
    expect(risk.positionSize * (risk.stopDistance ?? NaN) / 100).toBeCloseTo(0.01, 15);
  });

  it('caps the size at maxPosition', () => {
    // Half Kelly of (0.7 - 0.3/3) = 0.3, risk cap 0.01 / 0.01 = 1: the 0.25 cap binds.
    const risk = assessRisk({ ...base, atr: 0.5, winRate: 0.7, payoff: 3 });
    expect(risk.positionSize).toBe(0.25);
    expect(risk.sizeLimit).toBe('max-position');
    expect(assessRisk({ ...base, atr: 0.5, winRate: 0.7, payoff: 3 }, riskOptions({ maxPosition: 0.1 })).positionSize).toBe(0.1);
  });

  it("multiplies the size by every risk agent's multiplier and takes the highest level reported", () => {
    const risk = assessRisk({
      ...base,
      volatilityPercentile: 0.2,
      riskAssessments: [
        { level: 'medium', sizeMultiplier: 0.5 },
        { level: 'high', sizeMultiplier: 0.8 },
      ],
    });
    expect(risk.volatilityLevel).toBe('low');
    expect(risk.riskLevel).toBe('high');
    expect(risk.sizeMultiplier).toBe(0.4);
    expect(risk.positionSize).toBeCloseTo(0.1625 * 0.4, 15);
  });

  it('suggests no position without an edge, but still places the stops', () => {
    const risk = assessRisk({ ...base, winRate: 0.3 }); // 0.3 - 0.7/2 = -0.05
    expect(risk.kelly).toBeCloseTo(-0.05, 15);
    expect(risk).toMatchObject({ positionSize: 0, sizeLimit: 'no-edge', stopLoss: 95, takeProfit: 110 });
  });

  it('has no stops and no size for HOLD', () => {
    expect(assessRisk({ ...base, action: 'HOLD' })).toMatchObject({ stopLoss: null, takeProfit: null, positionSize: 0, sizeLimit: 'hold', riskLevel: 'medium' });
  });

  it('does not trade without an ATR to place the stop, and calls unknown volatility medium', () => {
    const risk = assessRisk({ ...base, atr: null, volatilityPercentile: null });
    expect(risk).toMatchObject({ stopLoss: null, takeProfit: null, positionSize: 0, sizeLimit: 'no-stop', riskLevel: 'medium', volatilityLevel: null });
  });

  it('rejects impossible inputs, naming them', () => {
    expect(() => assessRisk({ ...base, entry: 0 })).toThrow('entry must be a positive finite price, got 0');
    expect(() => assessRisk({ ...base, atr: NaN })).toThrow('atr must be a finite number >= 0 or null, got NaN');
    expect(() => assessRisk({ ...base, winRate: 1.2 })).toThrow('winRate must be a number in [0, 1], got 1.2');
    expect(() => assessRisk({ ...base, payoff: 0 })).toThrow('payoff must be a positive number or null, got 0');
    expect(() => riskOptions({ kellyFraction: 0 })).toThrow('kellyFraction must be a number in (0, 1], got 0');
  });
});

describe('kellyCriterion', () => {
  it('is p - (1 - p) / b', () => {
    expect(kellyCriterion(0.5, 2)).toBe(0.25);
    expect(kellyCriterion(0.5, 1)).toBe(0);
    expect(kellyCriterion(0.4, 1)).toBeCloseTo(-0.2, 15);
  });
});

describe('riskLevelFromPercentile', () => {
  it('is low below 1/3, high from 2/3, medium between', () => {
    expect([0, 0.333, 1 / 3, 0.5, 0.666, 2 / 3, 1].map(riskLevelFromPercentile)).toEqual(['low', 'low', 'medium', 'medium', 'medium', 'high', 'high']);
  });
});
