/** Everything {@link entryRefusal} weighs, in cash at the last prices. */
export interface EntryCheck {
  /** The order's share of the available margin (1 or more: all of it). */
  readonly fraction: number;
  /** 1 / margin. */
  readonly leverage: number;
  readonly equity: number;
  /** Market value of the positions in the other symbols. */
  readonly otherExposure: number;
  readonly maxPosition: number;
  readonly maxExposure: number;
  /** True once the daily loss limit was hit today. */
  readonly dayBlocked: boolean;
}

/**
 * Why a new entry must not be placed, or null. The position is estimated as the order will size it:
 * `fraction × equity × leverage` (the broker sizes from the available margin at the fill, which can
 * only be smaller). Exits are never checked: closing only lowers exposure.
 */
export function entryRefusal(check: EntryCheck): string | null {
  if (check.dayBlocked) return 'daily loss limit reached: no new entries until the next UTC day';
  if (!(check.equity > 0)) return 'no equity';
  const share = Math.min(check.fraction, 1) * check.leverage;
  if (share > check.maxPosition) {
    return `position of ${pct(share)} of equity exceeds maxPosition ${pct(check.maxPosition)}`;
  }
  const exposure = check.otherExposure / check.equity + share;
  if (exposure > check.maxExposure) {
    return `exposure would be ${pct(exposure)} of equity, above maxExposure ${pct(check.maxExposure)}`;
  }
  return null;
}

const pct = (fraction: number): string => `${(fraction * 100).toFixed(1)} %`;
