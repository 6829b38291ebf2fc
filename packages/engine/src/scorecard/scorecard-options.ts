import { DEFAULT_ACCURACY_OPTIONS } from '../accuracy/accuracy-options.js';
import { assertPeriod } from '../indicators/support/assert-period.js';
import { assertInRange } from '../support/assert-in-range.js';

/** Options of the {@link SignalScorecard}; every one has a default. */
export interface ScorecardOptions {
  /**
   * Symbol whose closes are the benchmark for every signal (update it before the other symbols of the
   * same bar time). Default none: each signal is compared with its own symbol's buy-and-hold.
   */
  readonly benchmark?: string;
  /** Bars after the signal bar at which a signal expires; default the signal's own (`expiresAt` − `time`) in bars. */
  readonly expiryBars?: number;
  /** Dead-band in standard deviations of the return over the span followed, as the accuracy tracker's. */
  readonly deadBandDeviations: number;
  /** Period of the per-bar volatility behind the dead-band, as the accuracy tracker's. */
  readonly volatilityPeriod: number;
}

/** Fills in the defaults (the accuracy tracker's dead-band settings) and validates; the error names the option. */
export function scorecardOptions(options: Partial<ScorecardOptions> = {}): ScorecardOptions {
  const resolved: ScorecardOptions = {
    deadBandDeviations: DEFAULT_ACCURACY_OPTIONS.deadBandDeviations,
    volatilityPeriod: DEFAULT_ACCURACY_OPTIONS.volatilityPeriod,
    ...options,
  };
  if (resolved.expiryBars !== undefined) assertPeriod('expiryBars', resolved.expiryBars);
  assertInRange('deadBandDeviations', resolved.deadBandDeviations, 0, 10);
  assertPeriod('volatilityPeriod', resolved.volatilityPeriod, 2);
  return Object.freeze(resolved);
}
