// The DM flags are computed from comparisons as numbers so the smoothing compiles without a branch
// (up/down bars are too random for a branch predictor). Adding move * 0 = ±0 leaves a non-negative
// sum unchanged to the bit, so the result equals TA-Lib's if / else-if exactly.

/** 1 when the bar has -DM (a down move larger than the up move and positive), else 0. */
export function minusFlag(up: number, down: number): number {
  return Number(down > 0) & Number(up < down);
}

/** 1 when the bar has +DM (an up move larger than the down move and positive), else 0. */
export function plusFlag(up: number, down: number): number {
  return Number(up > 0) & Number(up > down);
}
