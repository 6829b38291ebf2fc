import { DEFAULT_HOLD_BARS } from '../../backtest/strategies/consensus-strategy.js';
import { assertInRange } from '../../support/assert-in-range.js';

/** Limits on the entries auto-follow places; each is off when not given. */
export interface RiskLimits {
  /** Largest position in one symbol, as a fraction of equity (0.25: a quarter). */
  readonly maxPosition?: number;
  /** Largest sum of all positions' market values over the equity (1: fully invested, 2: 2× levered). */
  readonly maxExposure?: number;
  /**
   * No new entries for the rest of the UTC day once the day's loss (realized and unrealized, i.e. the
   * fall of the equity since the day's first bar) exceeds this fraction of the equity the day began with.
   */
  readonly dailyLossLimit?: number;
}

/** How the portfolio follows signals; the defaults are those of the `consensus` strategy. */
export interface AutoFollowOptions {
  /** SELL opens a short position (default); false: SELL only closes a long one. */
  readonly short?: boolean;
  /** Bars a position is kept after the last signal in its direction; 0: until reversed, stopped or targeted. Default 5. */
  readonly holdBars?: number;
  /** BUY/SELL signals below this confidence count as HOLD. Default 0. */
  readonly minConfidence?: number;
  readonly limits?: RiskLimits;
}

/** {@link AutoFollowOptions} with defaults applied; limits that are off are Infinity. */
export interface ResolvedAutoFollow {
  readonly short: boolean;
  readonly holdBars: number;
  readonly minConfidence: number;
  readonly maxPosition: number;
  readonly maxExposure: number;
  readonly dailyLossLimit: number;
}

function limit(name: string, value: number | undefined, max: number): number {
  if (value === undefined) return Infinity;
  assertInRange(name, value, 0, max, true);
  return value;
}

/** Applies the defaults, throwing a RangeError that names an invalid option. */
export function resolveAutoFollow(options: AutoFollowOptions): ResolvedAutoFollow {
  const holdBars = options.holdBars ?? DEFAULT_HOLD_BARS;
  if (!Number.isInteger(holdBars) || holdBars < 0) throw new RangeError(`holdBars must be an integer >= 0, got ${holdBars}`);
  const minConfidence = options.minConfidence ?? 0;
  assertInRange('minConfidence', minConfidence, 0, 1);
  const limits = options.limits ?? {};
  return {
    short: options.short ?? true,
    holdBars,
    minConfidence,
    maxPosition: limit('maxPosition', limits.maxPosition, 100),
    maxExposure: limit('maxExposure', limits.maxExposure, 100),
    dailyLossLimit: limit('dailyLossLimit', limits.dailyLossLimit, 1),
  };
}
