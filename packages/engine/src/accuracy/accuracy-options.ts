import { assertInRange } from '../support/assert-in-range.js';
import { assertPeriod } from '../indicators/support/assert-period.js';

/** Options of the accuracy tracker. */
export interface AccuracyOptions {
  /** Bars after a vote at which it is scored (forward return from the close at vote time). Default 5. */
  readonly horizon: number;
  /**
   * Dead-band in standard deviations of the `horizon`-bar return (per-bar volatility × √horizon).
   * Default 0.6745, the median of |Z| for a normal Z: in a driftless market a HOLD is then right half
   * the time, exactly as often as a coin-flip BUY or SELL is, so every uninformed agent scores 50%.
   */
  readonly deadBandDeviations: number;
  /**
   * Period of the exponentially weighted per-bar volatility behind the dead-band (seeded with a plain
   * mean). Default 50: with 20 the estimate is noisy enough to bias a HOLD's hit rate (measured 49.3%
   * instead of 50% on random walks, against 49.9% with 100); 50 still follows volatility regimes.
   */
  readonly volatilityPeriod: number;
  /**
   * Half-life of the evidence in bars of the timeframe. It is applied in calendar time (bars × bar
   * length) because one agent's record is shared by every symbol of a class, and time is the only
   * clock they share; weekends therefore decay too. Default 250 (a trading year of daily bars).
   */
  readonly halfLifeBars: number;
  /** Strength of the pull toward 50%, in scored votes (see `shrunkHitRate`). Default 10. */
  readonly priorStrength: number;
  /** Exponent on the odds p/(1−p) (see `accuracyWeight`). Default 2. */
  readonly weightExponent: number;
  /** Cap on an agent's weight. Default 3 (reached at a shrunk hit rate of 63.4%). */
  readonly maxWeight: number;
  /** Points of weight history kept per record (one per bar at most). Default 250. */
  readonly historyLength: number;
  /** Decayed trade samples before the consensus' measured payoff replaces the reward/risk multiple. Default 20. */
  readonly minPayoffSamples: number;
}

/** The defaults documented on {@link AccuracyOptions}. */
export const DEFAULT_ACCURACY_OPTIONS: AccuracyOptions = Object.freeze({
  horizon: 5,
  deadBandDeviations: 0.6745,
  volatilityPeriod: 50,
  halfLifeBars: 250,
  priorStrength: 10,
  weightExponent: 2,
  maxWeight: 3,
  historyLength: 250,
  minPayoffSamples: 20,
});

/** Fills in defaults and validates; the error names the offending option. */
export function accuracyOptions(options: Partial<AccuracyOptions> = {}): AccuracyOptions {
  const resolved = { ...DEFAULT_ACCURACY_OPTIONS, ...options };
  assertPeriod('horizon', resolved.horizon);
  assertInRange('deadBandDeviations', resolved.deadBandDeviations, 0, 10);
  assertPeriod('volatilityPeriod', resolved.volatilityPeriod, 2);
  assertInRange('halfLifeBars', resolved.halfLifeBars, 0, 1e9, true);
  assertInRange('priorStrength', resolved.priorStrength, 0, 1e9);
  assertInRange('weightExponent', resolved.weightExponent, 0, 10, true);
  assertInRange('maxWeight', resolved.maxWeight, 1, 1000);
  assertPeriod('historyLength', resolved.historyLength);
  assertInRange('minPayoffSamples', resolved.minPayoffSamples, 0, 1e9);
  return Object.freeze(resolved);
}
