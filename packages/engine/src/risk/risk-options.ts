import { assertInRange } from '../support/assert-in-range.js';
import { assertPeriod } from '../indicators/support/assert-period.js';

/** Options of the risk module. */
export interface RiskOptions {
  /** Stop distance in ATRs: stop = entry ∓ k × ATR. Default 2. */
  readonly stopAtrMultiple: number;
  /** Reward/risk multiple R: target = entry ± R × k × ATR; also the payoff Kelly assumes until one is measured. Default 2. */
  readonly rewardRisk: number;
  /** Fraction of the Kelly bet to take (full Kelly is too aggressive for estimated odds). Default 0.5. */
  readonly kellyFraction: number;
  /** Cap on the position, as a fraction of equity. Default 0.25. */
  readonly maxPosition: number;
  /** Most equity to lose if the stop is hit: size ≤ maxRiskPerTrade / stop distance (as a fraction of entry). Default 0.01. */
  readonly maxRiskPerTrade: number;
  /** ATR period; the feature is `ATR(atrPeriod)`. Default 14. */
  readonly atrPeriod: number;
  /** Bars of ATR/close history the volatility percentile is taken in. Default 252 (a year of daily bars). */
  readonly volatilityWindow: number;
  /** ATR/close values needed before the percentile is trusted; until then the level is medium. Default 20. */
  readonly minVolatilitySamples: number;
}

/** The defaults documented on {@link RiskOptions}. */
export const DEFAULT_RISK_OPTIONS: RiskOptions = Object.freeze({
  stopAtrMultiple: 2,
  rewardRisk: 2,
  kellyFraction: 0.5,
  maxPosition: 0.25,
  maxRiskPerTrade: 0.01,
  atrPeriod: 14,
  volatilityWindow: 252,
  minVolatilitySamples: 20,
});

/** Fills in defaults and validates; the error names the offending option. */
export function riskOptions(options: Partial<RiskOptions> = {}): RiskOptions {
  const resolved = { ...DEFAULT_RISK_OPTIONS, ...options };
  assertInRange('stopAtrMultiple', resolved.stopAtrMultiple, 0, 100, true);
  assertInRange('rewardRisk', resolved.rewardRisk, 0, 100, true);
  assertInRange('kellyFraction', resolved.kellyFraction, 0, 1, true);
  assertInRange('maxPosition', resolved.maxPosition, 0, 10, true);
  assertInRange('maxRiskPerTrade', resolved.maxRiskPerTrade, 0, 1, true);
  assertPeriod('atrPeriod', resolved.atrPeriod);
  assertPeriod('volatilityWindow', resolved.volatilityWindow, 2);
  assertPeriod('minVolatilitySamples', resolved.minVolatilitySamples);
  return Object.freeze(resolved);
}
